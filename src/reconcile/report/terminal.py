"""Terminal rendering with rich: the only module that imports rich."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import IO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from reconcile.model import Claim, Source
from reconcile.report.values import format_value


def console(file: IO[str] | None = None) -> Console:
    """A console that is plain when not a TTY or when NO_COLOR is set."""
    no_color = bool(os.environ.get("NO_COLOR"))
    return Console(file=file, no_color=no_color, highlight=False, soft_wrap=False,
                   emoji=False)


def render_claims(out: Console, sources: Sequence[tuple[Source, Sequence[Claim]]]) -> None:
    """One table per source: kind, the claim as written, its normalized value."""
    for source, claims in sources:
        title = f"{source.source_id} · {source.lang or '?'} · {source.path}"
        if source.error:
            out.print(Text(f"{title}\n  error: {source.error}", style="bold red"))
            out.print()
            continue
        table = Table(title=f"{title} · {len(claims)} claims", title_justify="left",
                      expand=False, show_lines=False, pad_edge=False)
        table.add_column("kind", style="cyan", no_wrap=True)
        table.add_column("claim", overflow="fold")
        table.add_column("value", style="bold", overflow="fold")
        for claim in claims:
            surface = claim.surface.replace("\n", " ")
            kind = claim.kind + (" *" if claim.boilerplate else "")
            table.add_row(kind, surface, format_value(claim))
        out.print(table)
        out.print()

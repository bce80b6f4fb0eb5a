"""Terminal rendering with rich: the only module that imports rich."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from reconcile.model import Claim, DiffResult, Fact, Source, Story
from reconcile.progress import Progress, ProgressStep
from reconcile.report.values import (
    STATUS_ORDER,
    boilerplate_lines,
    format_value,
    origin_text,
    reasons_text,
    snippet,
    suppressed_note,
    unit_text,
)

if TYPE_CHECKING:
    from rich.progress import TaskID  # rich.progress loads only when a bar is drawn

    from reconcile.ledger import LedgerFact  # a diff need not load the ledger
    from reconcile.report.matrix import PairAgreement


def console(file: IO[str] | None = None) -> Console:
    """A console that is plain when not a TTY or when NO_COLOR is set."""
    no_color = bool(os.environ.get("NO_COLOR"))
    return Console(file=file, no_color=no_color, highlight=False, soft_wrap=False,
                   emoji=False)


def render_claims(out: Console, sources: Sequence[tuple[Source, Sequence[Claim]]],
                  set_aside: Mapping[str, Sequence[Claim]] | None = None) -> None:
    """One table per source: kind, the claim as written, its normalized value; then how many
    claims were set aside as boilerplate, and why."""
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
        aside = (set_aside or {}).get(source.source_id, ())
        if aside:
            out.print(Text(f"{len(aside)} set aside as boilerplate ({reasons_text(aside)}); "
                           "--include-boilerplate lists them", style="dim"))
        out.print()


_STYLE = {"conflict": "bold red", "soft": "bold yellow", "agree": "green", "single": "dim"}
_MARK = {"conflict": "✗", "soft": "!", "agree": "✓", "single": "·"}


def _summary(result: DiffResult) -> Text:
    counts = {status: sum(1 for f in result.facts if f.status == status)
              for status in STATUS_ORDER}
    text = Text(f"story {result.story}: ", style="bold")
    text.append(", ".join(f"{s.source_id} ({s.lang or '?'})" for s in result.sources))
    text.append("\nfacts: ")
    parts = [(f"{n} {status}", _STYLE[status]) for status, n in counts.items()]
    for i, (label, style) in enumerate(parts):
        text.append(label, style=style)
        if i < len(parts) - 1:
            text.append(" · ")
    silenced = sum(1 for f in result.facts if f.suppressed and f.status in ("conflict", "soft"))
    if silenced:
        text.append(f" ({silenced} suppressed by reconcile: ignore)", style="dim")
    for family in result.witnesses:
        if len(family) > 1:
            text.append(f"\ntranslations of one another (one witness): {' ≈ '.join(family)}",
                        style="dim")
    for line in boilerplate_lines(result):
        text.append(f"\n{line}", style="dim")
    return text


def _fact_lines(out: Console, fact: Fact) -> None:
    """Each version on two lines: value and words as written, then the sentence around it
    (cropped to the terminal, CJK double-width characters included)."""
    width = max((len(format_value(c)) for c in fact.claims), default=0)
    ids = max((len(c.source or "") for c in fact.claims), default=3)
    for claim in fact.claims:
        odd = claim.source in fact.verdict.outliers
        line = Text("  ")
        line.append(f"{claim.source or '':<{ids}}{' ◀' if odd else '  '} ",
                    style="bold red" if odd else "bold")
        line.append(f"{format_value(claim):<{width}}", style="bold red" if odd else "bold")
        line.append(f"  {claim.surface}".replace("\n", " "))
        out.print(line, overflow="ellipsis", no_wrap=True, crop=True)
        out.print(Text(f"         {snippet(claim, 70)}", style="dim"), overflow="ellipsis",
                  no_wrap=True, crop=True)


def render_diff(out: Console, results: Sequence[DiffResult], show_all: bool = False,
                skipped: Sequence[tuple[Story, str]] = ()) -> None:
    """A report read top-down: summary, then each conflict and soft fact side by side."""
    for story, reason in skipped:
        out.print(Text(f"story {story.story_id}: skipped: {reason}", style="bold red"))
        for source in story.sources:
            problem = f": {source.error}" if source.error else ""
            out.print(Text(f"  {source.source_id} ({source.lang or '?'}){problem}"))
        out.print()
    for result in results:
        out.print(_summary(result))
        for source in result.sources:
            if origin := origin_text(source):
                # Never wrapped: a hash cut in two cannot be copied.
                out.print(Text(f"  {source.source_id}:{origin}", style="dim"), no_wrap=True,
                          overflow="ignore", crop=False)
        if result.alias_files:
            out.print(Text(f"  aliases: {', '.join(result.alias_files)}", style="dim"))
        for source in result.sources:
            if source.error:
                out.print(Text(f"  error: {source.error}", style="bold red"))
        out.print()
        facts = sorted(result.facts, key=lambda f: (STATUS_ORDER[f.status], f.id))
        shown = [f for f in facts if show_all or f.status in ("conflict", "soft")]
        if not shown:
            out.print(Text("No discrepancies found.", style="green"))
        for fact in shown:
            head = Text(f"{_MARK[fact.status]} {fact.status.upper()} ", style=_STYLE[fact.status])
            head.append(fact.label, style="bold")
            out.print(head)
            unit = f" · {unit_text(fact)}" if fact.translation_unit is not None else ""
            out.print(Text(f"  id: {fact.id}{unit}", style="dim"))
            if fact.suppressed:
                for line in textwrap.wrap(suppressed_note(result, fact), out.width - 6):
                    out.print(Text(f"  {line}", style="dim"), overflow="fold")
            if fact.verdict.diagnosis:
                code = f"{fact.verdict.code} " if fact.verdict.code else ""
                # Wrapped by hand so continuation lines stay indented and unpadded; a little
                # margin leaves room for double-width characters.
                for line in textwrap.wrap(f"{code}{fact.verdict.diagnosis}", out.width - 6):
                    out.print(Text(f"  {line}", style="italic"), overflow="fold")
            _fact_lines(out, fact)
            out.print()


def ask_review(out: Console, fact: LedgerFact, index: int, total: int) -> str:
    """Show one unreviewed discrepancy and ask for a verdict: a, e, f, s or q (end of input
    is q). Works with answers piped on stdin."""
    from rich.prompt import Prompt

    out.print(Text(f"\n[{index}/{total}] {fact.status.upper()} {fact.code or ''} {fact.label}",
                   style="bold"))
    out.print(Text(f"  id: {fact.id}"))
    for mention in fact.mentions:
        out.print(Text(f"  {mention.source:<4} {mention.value:<28} {mention.surface}"))
    try:
        return Prompt.ask("accept (a), confirm error (e), false alarm (f), skip (s), quit (q)",
                          console=out, choices=["a", "e", "f", "s", "q"], default="s",
                          show_choices=False)
    except EOFError:
        return "q"


# --- progress, the agreement matrix, one fact (`reconcile show`) ---------------------------

_STEP_LABELS = {"files": "files read", "claims": "claims extracted",
                "stories": "stories aligned"}


@contextmanager
def progress_bar(enabled: bool) -> Iterator[Progress | None]:
    """A rich progress display on stderr, one line per step, cleared when done; yields the
    callback to hand to the library, or None when disabled (not a TTY, or --quiet)."""
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as RichProgress

    with RichProgress(TextColumn("{task.description:<17}"), BarColumn(),
                      MofNCompleteColumn(), TimeElapsedColumn(),
                      console=Console(stderr=True), transient=True) as bar:
        tasks: dict[str, TaskID] = {}

        def step(name: ProgressStep, advance: int, total: int | None) -> None:
            if name not in tasks:
                tasks[name] = bar.add_task(_STEP_LABELS[name], total=total)
            if total is not None:
                bar.update(tasks[name], total=total)
            bar.advance(tasks[name], advance)

        yield step


def _share_style(pair: PairAgreement) -> str:
    if pair.share is None:
        return "dim"
    if pair.agree == pair.shared:
        return "green"
    return "red" if pair.conflict else "yellow"


def render_matrix(out: Console, result: DiffResult) -> None:
    """The agreement matrix of one story: per pair of versions, agreeing / shared facts."""
    from reconcile.report.matrix import agreement_matrix

    matrix = agreement_matrix(result)
    table = Table(title=f"agreement matrix · {result.story}", title_justify="left")
    table.add_column("", style="bold", no_wrap=True)
    for sid in matrix.sources:
        table.add_column(sid, justify="right", no_wrap=True)
    for a in matrix.sources:
        cells: list[Text] = []
        for b in matrix.sources:
            pair = matrix.pair(a, b)
            if pair is None:
                cells.append(Text("—", style="dim"))
            elif pair.percent is None:
                cells.append(Text("·", style="dim"))
            else:
                cells.append(Text(f"{pair.percent}% {pair.agree}/{pair.shared}",
                                  style=_share_style(pair)))
        table.add_row(a, *cells)
    out.print(table)
    out.print(Text("each cell: the share of the facts both versions state on which they agree "
                   "(agreeing/shared)", style="dim"), overflow="fold")
    out.print()


def _highlighted(claim: Claim) -> Text:
    """The claim's sentence on one line, the claim between >> << (and in reverse video)."""
    at = claim.start - claim.sentence_start
    sentence = claim.sentence
    if not (at >= 0 and sentence[at:at + len(claim.surface)] == claim.surface):
        return Text(" ".join(sentence.split()))
    text = Text(" ".join(sentence[:at].split()) + (" " if sentence[:at][-1:].isspace() else ""))
    text.append(f">>{claim.surface}<<".replace("\n", " "), style="bold reverse")
    after = sentence[at + len(claim.surface):]
    text.append((" " if after[:1].isspace() else "") + " ".join(after.split()))
    return text


def render_fact(out: Console, result: DiffResult, fact: Fact) -> None:
    """One fact in full: status, label, diagnosis, then every version's normalized value,
    the words as written and the whole sentence with the claim marked."""
    head = Text(f"{_MARK[fact.status]} {fact.status.upper()} ", style=_STYLE[fact.status])
    head.append(fact.label, style="bold")
    out.print(head)
    out.print(Text(f"  id: {fact.id} · story {result.story}", style="dim"))
    if fact.suppressed:
        out.print(Text(f"  {suppressed_note(result, fact)}", style="dim"), overflow="fold")
    if fact.verdict.diagnosis:
        code = f"{fact.verdict.code} " if fact.verdict.code else ""
        for line in textwrap.wrap(f"{code}{fact.verdict.diagnosis}", out.width - 6):
            out.print(Text(f"  {line}", style="italic"), overflow="fold")
    for claim in fact.claims:
        odd = claim.source in fact.verdict.outliers
        head = Text("\n  ")
        head.append(f"{claim.source or '?'} ({claim.lang})", style="bold")
        head.append("  ◀ outlier" if odd else "", style="bold red")
        head.append(f"\n    value: {format_value(claim)}",
                    style="bold red" if odd else "bold")
        head.append(f"\n    as written: {' '.join(claim.surface.split())}")
        out.print(head, overflow="fold")
        # Wrapped by rich (it knows CJK cell widths), indented by hand, no trailing pad.
        for part in _highlighted(claim).wrap(out, max(out.width - 6, 20), overflow="fold"):
            part.rstrip()
            out.print(Text("    ").append_text(part), overflow="fold")
    out.print()

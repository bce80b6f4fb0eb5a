"""Terminal rendering with rich: the only module that imports rich.

On a terminal everything is drawn by rich. When stdout is a pipe or a file, rich writes
plain text, and `reconcile diff` writes those same bytes without loading rich's console
(most of a cold run's start-up in rich): screen() picks a PlainScreen, which folds and
crops lines with rich's own cell widths and word wrapping (rich.cells, rich._wrap).
"""

from __future__ import annotations

import builtins
import itertools
import os
import re
import sys
import textwrap
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Protocol

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
    from rich.console import Console
    from rich.progress import TaskID  # rich.progress loads only when a bar is drawn
    from rich.text import Text

    from reconcile.ledger import LedgerFact  # a diff need not load the ledger
    from reconcile.report.matrix import PairAgreement


def console(file: IO[str] | None = None) -> Console:
    """A console that is plain when not a TTY or when NO_COLOR is set."""
    from rich.console import Console

    no_color = bool(os.environ.get("NO_COLOR"))
    return Console(file=file, no_color=no_color, highlight=False, soft_wrap=False,
                   emoji=False)


# --- screens: where render_diff's lines go ---------------------------------------------------

# One run of a line's text and its rich style ("" for none).
Part = tuple[str, str]


class Screen(Protocol):
    """Where render_diff prints: lines of styled parts, printed as rich's Console.print
    prints a Text of those parts with the same overflow, no_wrap and crop."""

    @property
    def width(self) -> int: ...

    def line(self, parts: Sequence[Part] = (), *, overflow: str | None = None,
             no_wrap: bool | None = None, crop: bool = True) -> None:
        """Print one Text (no parts: an empty line)."""

    def rich(self) -> Console:
        """The rich console behind the screen, for what only rich draws (tables)."""


class RichScreen:
    """A screen drawn by a rich Console (on a terminal: colours and styles)."""

    def __init__(self, out: Console) -> None:
        self._out = out

    @property
    def width(self) -> int:
        return self._out.width

    def line(self, parts: Sequence[Part] = (), *, overflow: str | None = None,
             no_wrap: bool | None = None, crop: bool = True) -> None:
        if not parts:
            self._out.print()
            return
        self._out.print(_text(parts), overflow=overflow,  # type: ignore[arg-type]
                        no_wrap=no_wrap, crop=crop)

    def rich(self) -> Console:
        return self._out


def _text(parts: Sequence[Part]) -> Text:
    from rich.text import Text

    text = Text(parts[0][0], style=parts[0][1])
    for part, style in parts[1:]:
        text.append(part, style=style or None)
    return text


# Rich drops these control codes from a Text (rich.control.STRIP_CONTROL_CODES: bell,
# backspace, vertical tab, form feed, carriage return).
_CONTROL_STRIP = dict.fromkeys((7, 8, 11, 12, 13))
_TRAILING_SPACE = re.compile(r"\s+$")


class PlainScreen:
    """The bytes a rich Console writes to a file that is no terminal, without rich's
    console: a Text's lines split at line breaks, word-wrapped by rich's divide_line (or
    cut, or ended with an ellipsis), in rich's cell widths. Tabs go to rich itself."""

    def __init__(self, file: IO[str] | None = None, width: int = 80) -> None:
        self._file = file
        self._width = width
        self._console: Console | None = None

    @property
    def width(self) -> int:
        return self._width

    def line(self, parts: Sequence[Part] = (), *, overflow: str | None = None,
             no_wrap: bool | None = None, crop: bool = True) -> None:
        text = "".join(part for part, _ in parts).translate(_CONTROL_STRIP)
        if "\t" in text:  # rich expands tabs to its tab stops: let it
            RichScreen(self.rich()).line(parts, overflow=overflow, no_wrap=no_wrap, crop=crop)
            return
        file = self._file if self._file is not None else sys.stdout
        file.write(plain_lines(text, self._width, overflow=overflow, no_wrap=no_wrap,
                               crop=crop))

    def rich(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(file=self._file, width=self._width,
                                    no_color=bool(os.environ.get("NO_COLOR")),
                                    highlight=False, soft_wrap=False, emoji=False)
        return self._console


def plain_lines(text: str, width: int, *, overflow: str | None = None,
                no_wrap: bool | None = None, crop: bool = True) -> str:
    """What rich's Console.print writes for Text(text) at `width` when the file is no
    terminal (rich's Text.wrap with justify "default", then the crop of Console.print),
    `text` holding no tab or control code."""
    from rich._wrap import divide_line
    from rich.cells import cell_len, set_cell_size

    how = overflow or "fold"
    whole = bool(no_wrap) or how == "ignore"
    lines: list[str] = []
    # A character takes at most two cells (rich's widths are 0, 1 or 2; a variation
    # selector widens the character before it from 1 to 2), so a line of at most half the
    # width fits whole: rich breaks it nowhere (each word fits the space left) and crops
    # nothing, and its cells are not counted.
    for line in text.split("\n"):
        if whole or 2 * len(line) <= width:
            pieces = [line]
        else:
            offsets = divide_line(line, width, fold=how == "fold")
            ends = [0, *offsets, len(line)]
            pieces = [_rstrip_end(line[a:b], width) for a, b in itertools.pairwise(ends)]
        for piece in pieces:
            if 2 * len(piece) <= width:
                lines.append(piece)
                continue
            cells = cell_len(piece)
            if how != "ignore" and cells > width:
                piece = (set_cell_size(piece, width - 1) + "\u2026" if how == "ellipsis"
                         else set_cell_size(piece, width))
                cells = cell_len(piece)
            if crop and cells > width:
                piece = set_cell_size(piece, width)
            lines.append(piece)
    return "\n".join(lines) + "\n"


def _rstrip_end(piece: str, width: int) -> str:
    """rich's Text.rstrip_end: trailing whitespace beyond `width` characters dropped."""
    if len(piece) <= width:
        return piece
    found = _TRAILING_SPACE.search(piece)
    if found is None:
        return piece
    return piece[: len(piece) - min(len(found.group(0)), len(piece) - width)]


def screen() -> Screen:
    """Where `reconcile diff` prints its table: a PlainScreen when rich would write plain
    text to stdout (no terminal, no FORCE_COLOR or TTY_COMPATIBLE=1, not in Jupyter or on
    Windows, a width rich reads the same way), else rich's console."""
    width = _plain_width()
    if width is None:
        return RichScreen(console())
    return PlainScreen(width=width)


def _plain_width() -> int | None:
    """The width rich gives a console on stdout when it would write plain text there
    (rich.console.Console.size, outside Windows and Jupyter), else None."""
    env = os.environ
    if sys.platform == "win32" or hasattr(builtins, "get_ipython") or \
            getattr(sys.stdin, "__module__", "").startswith("idlelib"):
        return None
    tty = env.get("TTY_COMPATIBLE", "")
    if tty == "1" or (tty != "0" and env.get("FORCE_COLOR") is not None):
        return None
    if tty != "0" and _isatty(sys.stdout):
        return None
    sizes = [env.get("COLUMNS"), env.get("LINES")]
    if any(s is not None and s.isdigit() and not s.isascii() for s in sizes):
        return None  # digits int() may refuse: rich's own answer, whatever it is
    columns, lines = (int(s) if s is not None and s.isdigit() else None for s in sizes)
    if columns is not None and lines is not None:
        width = columns
    else:
        found = None
        for fd in (0, 1, 2):
            try:
                found = os.get_terminal_size(fd).columns
            except (AttributeError, ValueError, OSError):
                continue
            break
        width = columns if columns is not None else (found or 80)
    return width if width >= 20 else None


def _isatty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return False if isatty is None else bool(isatty())
    except ValueError:
        return False


def render_claims(out: Console, sources: Sequence[tuple[Source, Sequence[Claim]]],
                  set_aside: Mapping[str, Sequence[Claim]] | None = None) -> None:
    """One table per source: kind, the claim as written, its normalized value; then how many
    claims were set aside as boilerplate, and why."""
    from rich.table import Table
    from rich.text import Text

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


def _summary(result: DiffResult) -> list[Part]:
    counts = {status: sum(1 for f in result.facts if f.status == status)
              for status in STATUS_ORDER}
    text: list[Part] = [(f"story {result.story}: ", "bold")]
    text.append((", ".join(f"{s.source_id} ({s.lang or '?'})" for s in result.sources), ""))
    text.append(("\nfacts: ", ""))
    parts = [(f"{n} {status}", _STYLE[status]) for status, n in counts.items()]
    for i, (label, style) in enumerate(parts):
        text.append((label, style))
        if i < len(parts) - 1:
            text.append((" · ", ""))
    silenced = sum(1 for f in result.facts if f.suppressed and f.status in ("conflict", "soft"))
    if silenced:
        text.append((f" ({silenced} suppressed by reconcile: ignore)", "dim"))
    for family in result.witnesses:
        if len(family) > 1:
            text.append((f"\ntranslations of one another (one witness): {' ≈ '.join(family)}",
                         "dim"))
    for line in boilerplate_lines(result):
        text.append((f"\n{line}", "dim"))
    return text


def _fact_lines(out: Screen, fact: Fact) -> None:
    """Each version on two lines: value and words as written, then the sentence around it
    (cropped to the terminal, CJK double-width characters included)."""
    width = max((len(format_value(c)) for c in fact.claims), default=0)
    ids = max((len(c.source or "") for c in fact.claims), default=3)
    for claim in fact.claims:
        odd = claim.source in fact.verdict.outliers
        strong = "bold red" if odd else "bold"
        out.line((("  ", ""), (f"{claim.source or '':<{ids}}{' ◀' if odd else '  '} ", strong),
                  (f"{format_value(claim):<{width}}", strong),
                  (f"  {claim.surface}".replace("\n", " "), "")),
                 overflow="ellipsis", no_wrap=True, crop=True)
        out.line(((f"         {snippet(claim, 70)}", "dim"),), overflow="ellipsis",
                 no_wrap=True, crop=True)


def render_diff(out: Screen, results: Sequence[DiffResult], show_all: bool = False,
                skipped: Sequence[tuple[Story, str]] = ()) -> None:
    """A report read top-down: summary, then each conflict and soft fact side by side."""
    for story, reason in skipped:
        out.line(((f"story {story.story_id}: skipped: {reason}", "bold red"),))
        for source in story.sources:
            problem = f": {source.error}" if source.error else ""
            out.line(((f"  {source.source_id} ({source.lang or '?'}){problem}", ""),))
        out.line()
    for result in results:
        out.line(_summary(result))
        for source in result.sources:
            if origin := origin_text(source):
                # Never wrapped: a hash cut in two cannot be copied.
                out.line(((f"  {source.source_id}:{origin}", "dim"),), no_wrap=True,
                         overflow="ignore", crop=False)
        if result.alias_files:
            out.line(((f"  aliases: {', '.join(result.alias_files)}", "dim"),))
        for source in result.sources:
            if source.error:
                out.line(((f"  error: {source.error}", "bold red"),))
        out.line()
        facts = sorted(result.facts, key=lambda f: (STATUS_ORDER[f.status], f.id))
        shown = [f for f in facts if show_all or f.status in ("conflict", "soft")]
        if not shown:
            out.line((("No discrepancies found.", "green"),))
        for fact in shown:
            out.line(((f"{_MARK[fact.status]} {fact.status.upper()} ", _STYLE[fact.status]),
                      (fact.label, "bold")))
            unit = f" · {unit_text(fact)}" if fact.translation_unit is not None else ""
            out.line(((f"  id: {fact.id}{unit}", "dim"),))
            if fact.suppressed:
                for line in textwrap.wrap(suppressed_note(result, fact), out.width - 6):
                    out.line(((f"  {line}", "dim"),), overflow="fold")
            if fact.verdict.diagnosis:
                code = f"{fact.verdict.code} " if fact.verdict.code else ""
                # Wrapped by hand so continuation lines stay indented and unpadded; a little
                # margin leaves room for double-width characters.
                for line in textwrap.wrap(f"{code}{fact.verdict.diagnosis}", out.width - 6):
                    out.line(((f"  {line}", "italic"),), overflow="fold")
            _fact_lines(out, fact)
            out.line()


def ask_review(out: Console, fact: LedgerFact, index: int, total: int) -> str:
    """Show one unreviewed discrepancy and ask for a verdict: a, e, f, s or q (end of input
    is q). Works with answers piped on stdin."""
    from rich.prompt import Prompt
    from rich.text import Text

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
    from rich.console import Console
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
    from rich.table import Table
    from rich.text import Text

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
    from rich.text import Text

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
    from rich.text import Text

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

"""The unit list of a bilingual file (XLIFF, PO) and the text of each of its sides."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reconcile.detect import normalize_code

Side = Literal["source", "target"]
# Units are joined as paragraphs: a blank line keeps them apart for every later stage.
UNIT_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Unit:
    """One translation unit: its id in the file and the text of both sides."""

    id: str
    source: str
    target: str
    # 1-based lines of each side's element in the file (0: unknown), for reports.
    source_line: int = 0
    target_line: int = 0


@dataclass(frozen=True)
class Bilingual:
    """A parsed bilingual file: the languages it declares (None when silent) and its units."""

    source_lang: str | None
    target_lang: str | None
    units: tuple[Unit, ...]


def clean_lang(code: str | None) -> str | None:
    """A declared language tag ("fr-FR", "zh_Hans") as a reconcile language code: its
    primary subtag (BCP 47), as reconcile's language data is per language, not region."""
    if not code or not code.strip():
        return None
    return normalize_code(code).split("-")[0] or None


def _spans(text: str, offset: int) -> list[tuple[int, int]]:
    """Non-blank lines of one unit's text, as offsets into the joined text."""
    spans = []
    position = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        if body:
            start = position + (len(line) - len(line.lstrip()))
            spans.append((offset + start, offset + start + len(body)))
        position += len(line)
    return spans


def side_text(units: Sequence[Unit], side: Side) -> tuple[str, tuple[tuple[str, int, int], ...]]:
    """The text of one side (units with text on that side, in file order) and, per unit,
    (id, start, end) of its lines in that text."""
    parts: list[str] = []
    lines: list[tuple[str, int, int]] = []
    offset = 0
    for unit in units:
        text = (unit.source if side == "source" else unit.target).strip()
        if not text:
            continue
        if parts:
            offset += len(UNIT_SEPARATOR)
        lines.extend((unit.id, start, end) for start, end in _spans(text, offset))
        parts.append(text)
        offset += len(text)
    return UNIT_SEPARATOR.join(parts), tuple(lines)


def side_parts(bilingual: Bilingual) -> tuple[str, str]:
    """How the two sides are told apart in source ids (`<stem>:<part>`): their languages,
    or "source" and "target" when the languages are not declared or are the same."""
    src, tgt = bilingual.source_lang, bilingual.target_lang
    if src and tgt and src != tgt:
        return src, tgt
    return "source", "target"

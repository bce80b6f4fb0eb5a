"""Readers of bilingual files (XLIFF, PO): one ExtractedText per side, lines tagged by unit."""

from __future__ import annotations

from collections.abc import Sequence

from reconcile.errors import InputError
from reconcile.inputs import ExtractedText, RawInput
from reconcile.inputs.po import parse_po
from reconcile.inputs.text import decode_text
from reconcile.inputs.units import UNIT_SEPARATOR, Bilingual, Side, Unit, side_parts, side_text
from reconcile.inputs.xliff import parse_xliff
from reconcile.textpos import SourceMap


def _line_starts(original: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(original) if ch == "\n")
    return starts


def side_map(original: str, units: Sequence[Unit], side: Side) -> SourceMap:
    """Where each character of one side's text stands in the file: the unit's text itself
    when the file holds it verbatim after its element's line, else that line's start (inline
    markup or escapes make the text differ from the file)."""
    starts = _line_starts(original)
    offsets: list[int] = []
    for unit in units:
        text = (unit.source if side == "source" else unit.target).strip()
        if not text:
            continue
        line = unit.source_line if side == "source" else unit.target_line
        anchor = starts[min(max(line, 1), len(starts)) - 1]
        if offsets:
            offsets.extend([offsets[-1]] * len(UNIT_SEPARATOR))
        found = original.find(text, anchor)
        if found >= 0 and "\n" not in original[anchor:found]:
            offsets.extend(range(found, found + len(text)))
        else:
            offsets.extend([anchor] * len(text))
    return SourceMap.of(original, offsets)


def _sides(raw: RawInput, bilingual: Bilingual, fmt: str) -> tuple[ExtractedText, ...]:
    try:
        original: str | None = decode_text(raw.name, raw.data, raw.encoding)
    except InputError:
        original = None  # positions then fall back to the joined text
    sides: tuple[Side, Side] = ("source", "target")
    langs = (bilingual.source_lang, bilingual.target_lang)
    out = []
    for side, part, lang in zip(sides, side_parts(bilingual), langs, strict=True):
        text, lines = side_text(bilingual.units, side)
        if not text:
            raise InputError(raw.name, f"the {side} side of the file holds no text")
        out.append(ExtractedText(
            text=text, format=fmt, lang=lang, part=part, units=lines,
            source_map=side_map(original, bilingual.units, side) if original else None))
    return tuple(out)


def read_xliff(raw: RawInput) -> tuple[ExtractedText, ...]:
    """An XLIFF 1.2 or 2.x file's two sides (XML names its own encoding)."""
    return _sides(raw, parse_xliff(raw.data, raw.name), "xliff")


def read_po(raw: RawInput) -> tuple[ExtractedText, ...]:
    """A PO file's two sides: msgid and msgstr."""
    return _sides(raw, parse_po(decode_text(raw.name, raw.data, raw.encoding), raw.name), "po")

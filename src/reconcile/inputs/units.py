"""Bilingual files (XLIFF, PO) → two Documents, one per side, paragraphs tagged by unit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reconcile.detect import detect_language, normalize_code
from reconcile.errors import InputError
from reconcile.model import Document, LangOrigin, Paragraph

Side = Literal["source", "target"]
# Units are joined as paragraphs: a blank line keeps them apart for every later stage.
UNIT_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Unit:
    """One translation unit: its id in the file and the text of both sides."""

    id: str
    source: str
    target: str


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


def side_document(path: str, bilingual: Bilingual, side: Side, *, source_id: str,
                  lang: str | None = None, story: str = "") -> Document:
    """One side of a bilingual file as a Document; every paragraph names its unit.

    The file's declared language wins, then `lang`, then detection on that side's text.
    InputError when the side holds no text or its language cannot be told.
    """
    text, lines = side_text(bilingual.units, side)
    if not text:
        raise InputError(path, f"the {side} side of the file holds no text")
    declared = bilingual.source_lang if side == "source" else bilingual.target_lang
    doc_lang = declared or clean_lang(lang)
    origin: LangOrigin = "manifest" if declared else "option"
    if doc_lang is None:
        doc_lang = detect_language(text)
        origin = "detected"
        if doc_lang is None:
            raise InputError(path, f"could not detect the language of the {side} side; "
                                   "pass --lang")
    return Document(
        source_id=source_id,
        path=path,
        text=text,
        lang=doc_lang,
        lang_origin=origin,
        paragraphs=tuple(Paragraph(start, end, doc_lang, unit=uid)
                         for uid, start, end in lines),
        story=story,
        meta=(("side", side),),
    )


def side_ids(stem: str, bilingual: Bilingual) -> tuple[str, str]:
    """Source ids of the two sides: `<stem>:<lang>`, or `<stem>:source`/`:target` when the
    languages are not declared or are the same."""
    src, tgt = bilingual.source_lang, bilingual.target_lang
    if src and tgt and src != tgt:
        return f"{stem}:{src}", f"{stem}:{tgt}"
    return f"{stem}:source", f"{stem}:target"

"""The library's public entry points: claims from a text, a document, or files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reconcile.detect import detect_language, normalize_code
from reconcile.errors import UsageError
from reconcile.extract import extract_segments
from reconcile.ingest import paragraphs_of
from reconcile.model import Claim, Document, LangOrigin, Segment
from reconcile.segment import segment
from reconcile.suppress import find_markers, without_markers


def document_from_text(text: str, lang: str | None = None, *, source_id: str = "text") -> Document:
    """A Document for text already in memory; the language is detected unless given."""
    doc_lang = (normalize_code(lang) if lang else detect_language(text)) or "en"
    origin: LangOrigin = "option" if lang else "detected"
    return Document(
        source_id=source_id,
        path="<text>",
        text=text,
        lang=doc_lang,
        lang_origin=origin,
        paragraphs=paragraphs_of(text, doc_lang, origin),
    )


def extract_document(doc: Document, *, include_boilerplate: bool = False) -> list[Claim]:
    """Every claim of a document, in text order; boilerplate claims only when asked."""
    segments = segment(doc)
    claims = extract_segments(
        doc.text, segments, source=doc.source_id, include_boilerplate=include_boilerplate,
        published=doc.date,
    )
    return with_units(doc, segments, without_markers(claims, find_markers(doc)))


def with_units(doc: Document, segments: Sequence[Segment], claims: Sequence[Claim]
               ) -> list[Claim]:
    """Claims that name the translation unit of their paragraph (bilingual files only)."""
    if not any(paragraph.unit for paragraph in doc.paragraphs):
        return list(claims)  # (no segment to map: a file of one language has no units)
    unit_of = {seg.start: doc.paragraphs[seg.paragraph].unit for seg in segments}
    return [replace(c, translation_unit=unit_of.get(c.sentence_start)) for c in claims]


def extract_claims(text: str, lang: str | None = None) -> list[Claim]:
    """Claims stated in `text` (stable public API).

    >>> [c.surface for c in extract_claims("Il a investi 50 à 100 millions de dollars.", "fr")]
    ['50 à 100 millions de dollars']
    """
    if not isinstance(text, str):
        raise UsageError(f"extract_claims needs a str, not {type(text).__name__}")
    if not text.strip():
        return []
    return extract_document(document_from_text(text, lang))

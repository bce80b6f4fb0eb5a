"""Shared helper of the per-language clause-scope tests (tests/lang/<code>/test_scope_*.py):
the year that dates each non-date claim of a text (reconcile.scope)."""

from __future__ import annotations

from reconcile.api import document_from_text
from reconcile.extract import extract_segments
from reconcile.scope import datings
from reconcile.segment import segment


def years_of(text: str, lang: str) -> list[tuple[str, int | None]]:
    """(surface, year that dates it) of each non-date claim, in text order."""
    doc = document_from_text(text, lang)
    segments = segment(doc)
    claims = extract_segments(doc.text, segments)
    paragraph_of = {s.start: s.paragraph for s in segments}
    found = datings(claims, paragraph_of)
    return [(c.surface, d.year if d is not None else None)
            for c, d in zip(claims, found, strict=True) if c.kind != "date"]


def check_years(text: str, lang: str, want: list[tuple[str, int | None]]) -> None:
    assert years_of(text, lang) == want

"""Every segment of the development gold texts of a language (tests/gold/devdata), width-
folded as extraction reads it: the sentences that equivalence tests of the extractor's
shortcuts run over (a shortcut must give the plain code's result on real text)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reconcile.api import document_from_text
from reconcile.numbers import fold_width
from reconcile.segment import segment

DEVGOLD = Path(__file__).parent / "gold" / "devdata"
LANGS = ("en", "fr", "id", "ja", "zh")


@lru_cache(maxsize=8)
def dev_sentences(lang: str) -> tuple[str, ...]:
    found: list[str] = []
    for path in sorted(DEVGOLD.glob(f"*/*/{lang}.txt")):
        doc = document_from_text(path.read_text(encoding="utf-8"), lang)
        found.extend(fold_width(seg.text) for seg in segment(doc))
    return tuple(found)

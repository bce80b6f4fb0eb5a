"""reconcile: find where language versions of the same story disagree on their facts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reconcile.api import document_from_text, extract_claims, extract_document
    from reconcile.diff import diff_story
    from reconcile.entities import load_aliases
    from reconcile.ingest import load_stories
    from reconcile.model import (
        Claim,
        DiffResult,
        Document,
        Fact,
        Segment,
        Source,
        Story,
        Verdict,
    )

# Names are imported on first use (PEP 562), so `reconcile check` answering from its cache
# does not pay for loading the language data, detection and alignment it does not run.
_HOMES = {
    "document_from_text": "reconcile.api", "extract_claims": "reconcile.api",
    "extract_document": "reconcile.api", "diff_story": "reconcile.diff",
    "load_aliases": "reconcile.entities", "load_stories": "reconcile.ingest",
    **dict.fromkeys(("Claim", "DiffResult", "Document", "Fact", "Segment", "Source", "Story",
                     "Verdict"), "reconcile.model"),
}


def __getattr__(name: str) -> object:
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'reconcile' has no attribute {name!r}")


__all__ = [
    "Claim",
    "DiffResult",
    "Document",
    "Fact",
    "Segment",
    "Source",
    "Story",
    "Verdict",
    "diff_story",
    "document_from_text",
    "extract_claims",
    "extract_document",
    "load_aliases",
    "load_stories",
]
__version__ = "0.1.0"

"""reconcile: find where language versions of the same story disagree on their facts."""

from __future__ import annotations

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

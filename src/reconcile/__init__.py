"""reconcile: find where language versions of the same story disagree on their facts."""

from __future__ import annotations

from reconcile.model import Claim, Document, Segment, Source, Story

__all__ = ["Claim", "Document", "Segment", "Source", "Story"]
__version__ = "0.1.0"

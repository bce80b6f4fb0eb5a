"""Where the findings of a diff sit in the files: shared by the CI formats (SARIF, GitHub).

A discrepancy (a conflict or soft fact) is located at its outliers, the versions at fault;
the other versions are related locations. When independent versions split and no outlier is
named, every version is a location.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from reconcile.model import Claim, DiffResult, Fact, FactReview, Source, Suppression
from reconcile.numbers import plain
from reconcile.report.values import STATUS_ORDER
from reconcile.textpos import Positions

DISCREPANCIES = ("conflict", "soft")
# Reviews that make a discrepancy no longer block: the person looked and let it stand.
SETTLED_REVIEWS = ("accepted", "false-alarm")


@dataclass(frozen=True)
class Region:
    """A span of one file: 1-based lines and columns (UTF-16 code units), end exclusive."""

    path: str
    start_line: int
    start_column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Located:
    """The texts of a result's sources, for turning offsets into lines and columns of the
    files they were read from (an HTML page's, not its extracted article's)."""

    lines: Mapping[str, Positions]
    paths: Mapping[str, str]

    @classmethod
    def of(cls, sources: Sequence[Source]) -> Located:
        return cls({s.source_id: Positions.of(s.document.text, s.document.source_map)
                    for s in sources if s.document is not None},
                   {s.source_id: s.path for s in sources})

    def region(self, source: str, start: int, end: int) -> Region:
        lines = self.lines[source]
        line, column = lines.position(start)
        end_line, end_column = lines.end_position(start, end)
        return Region(posix(self.paths[source]), line, column, end_line, end_column)

    def claim(self, claim: Claim) -> Region:
        return self.region(claim.source or "", claim.start, claim.end)

    def marker(self, marker: Suppression) -> Region:
        return self.region(marker.source, marker.start, marker.end)


def posix(path: str) -> str:
    """A path as written in reports: forward slashes on every system."""
    return PurePath(path).as_posix()


def discrepancies(result: DiffResult) -> list[Fact]:
    """The conflict and soft facts of a result, conflicts first, then by id."""
    return sorted((f for f in result.facts if f.status in DISCREPANCIES),
                  key=lambda f: (STATUS_ORDER[f.status], f.id))


def at_fault(fact: Fact) -> tuple[tuple[Claim, ...], tuple[Claim, ...]]:
    """(the claims a finding is located at, the related claims of the other versions)."""
    odd = tuple(c for c in fact.claims if c.source in fact.verdict.outliers)
    if not odd:
        return fact.claims, ()
    return odd, tuple(c for c in fact.claims if c.source not in fact.verdict.outliers)


def value_key(claim: Claim) -> str:
    """A claim's normalized value as one canonical string (no offsets, no wording)."""
    if claim.kind == "date":
        return f"date:{claim.date or claim.relative or '?'}"
    low = plain(claim.low) if claim.low is not None else ""
    high = plain(claim.high) if claim.high is not None else ""
    return f"{claim.kind}:{claim.qualifier}:{low}:{high}:{claim.unit or ''}"


def fingerprint(story: str, fact: Fact) -> str:
    """A content-based identity of a finding: story, fact id, and each version's normalized
    value. Offsets and line numbers take no part, so editing another paragraph keeps it."""
    parts = [story, fact.id, *sorted(f"{c.source}={value_key(c)}" for c in fact.claims)]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def absent_fingerprint(story: str, fact_id: str) -> str:
    """The identity of a fact the ledger records but the text no longer states: its values
    are gone, so story and fact id alone."""
    return hashlib.sha256(f"{story}\x1f{fact_id}".encode()).hexdigest()[:32]


def review_key(story: str, fact_id: str) -> str:
    """The key of a fact in a reviews mapping that spans several stories."""
    return f"{story}/{fact_id}"


def review_of(reviews: Mapping[str, FactReview] | None, story: str,
              fact_id: str) -> FactReview | None:
    """The ledger's word on a fact: keyed by fact id (one story), or by `story/fact id`."""
    if reviews is None:
        return None
    return reviews.get(review_key(story, fact_id)) or reviews.get(fact_id)


def absent_reviews(reviews: Mapping[str, FactReview] | None,
                   results: Sequence[DiffResult]) -> list[tuple[str, FactReview]]:
    """(story, review) of the facts the ledger records but no version states any more.
    A key without a story belongs to the only story of the run."""
    if not reviews:
        return []
    stories = [r.story for r in results]
    out = []
    for key, review in sorted(reviews.items()):
        if review.baseline != "absent":
            continue
        story, sep, _ = key.rpartition("/")
        if not sep:
            if len(stories) != 1:
                continue
            story = stories[0]
        out.append((story, review))
    return out


def settled(review: FactReview | None) -> bool:
    """Whether the ledger says a person accepted the discrepancy or called it a false alarm."""
    return review is not None and review.review in SETTLED_REVIEWS

"""The agreement matrix of a diff: for each pair of versions, on how many shared facts
they agree."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reconcile.compare import relation
from reconcile.model import DiffResult


@dataclass(frozen=True)
class PairAgreement:
    """Two versions over the facts both state (and whose values compare).

    `agree` + `soft` + `conflict` == `shared`; soft counts as not agreeing: the values are
    compatible but differ enough to be worth a look.
    """

    a: str
    b: str
    shared: int
    agree: int
    soft: int
    conflict: int

    @property
    def share(self) -> Decimal | None:
        """The share of shared facts on which the pair agrees; None when they share none."""
        if not self.shared:
            return None
        return Decimal(self.agree) / Decimal(self.shared)

    @property
    def percent(self) -> int | None:
        """The share as a whole percent, rounded down (100 only when they agree on all)."""
        return None if not self.shared else self.agree * 100 // self.shared


@dataclass(frozen=True)
class Matrix:
    """Every unordered pair of the readable versions of one story, in source order."""

    sources: tuple[str, ...]
    pairs: tuple[PairAgreement, ...]

    def pair(self, a: str, b: str) -> PairAgreement | None:
        """The figures of a pair in either order; None for a version with itself."""
        for p in self.pairs:
            if (p.a, p.b) in ((a, b), (b, a)):
                return p
        return None


def agreement_matrix(result: DiffResult) -> Matrix:
    """The agreement matrix of one story's diff.

    A fact counts for a pair when both versions have a claim in it and the two claims can be
    compared (an unresolved relative date cannot); the pair agrees on it when the two values
    agree by the rules of `reconcile.compare`, whatever the other versions say. Suppressed
    facts count like any other: the marker silences the exit code, not the values.
    """
    sources = tuple(sorted(s.source_id for s in result.sources if s.document is not None))
    tally: dict[tuple[str, str], dict[str, int]] = {
        (a, b): {"agree": 0, "soft": 0, "conflict": 0}
        for i, a in enumerate(sources) for b in sources[i + 1:]
    }
    for fact in result.facts:
        by_source = {c.source: c for c in fact.claims if c.source}
        for (a, b), counts in tally.items():
            if a in by_source and b in by_source:
                found = relation(by_source[a], by_source[b])
                if found is not None:
                    counts[found] += 1
    pairs = tuple(PairAgreement(a, b, sum(c.values()), c["agree"], c["soft"], c["conflict"])
                  for (a, b), c in tally.items())
    return Matrix(sources, pairs)

"""Scoring extraction against the hand-annotated gold claims in tests/gold/."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reconcile.model import Claim

GOLD = Path(__file__).parent / "gold"


@dataclass(frozen=True)
class GoldClaim:
    id: str
    source: str
    kind: str
    surface: str
    start: int
    end: int
    low: Decimal | None
    high: Decimal | None
    date: str | None
    fact: str


@dataclass(frozen=True)
class Score:
    matched: int
    extracted: int
    gold: int
    false_positives: tuple[Claim, ...]
    misses: tuple[GoldClaim, ...]

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


def _dec(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def load_gold(story: str) -> list[GoldClaim]:
    path = GOLD / story / "claims.jsonl"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        out.append(GoldClaim(row["id"], row["source"], row["kind"], row["surface"],
                             row["start"], row["end"], _dec(row["low"]), _dec(row["high"]),
                             row.get("date"), row.get("fact", "")))
    return out


def same_claim(c: Claim, g: GoldClaim) -> bool:
    if c.source != g.source or c.kind != g.kind or c.end <= g.start or c.start >= g.end:
        return False
    if c.kind == "date":
        return c.date == g.date
    return c.low == g.low and c.high == g.high


def score(claims: Sequence[Claim], gold: Iterable[GoldClaim]) -> Score:
    """One-to-one matching: each gold claim is matched by at most one extracted claim."""
    remaining = list(gold)
    total_gold = len(remaining)
    fps: list[Claim] = []
    matched = 0
    for claim in claims:
        hit = next((g for g in remaining if same_claim(claim, g)), None)
        if hit is None:
            fps.append(claim)
        else:
            remaining.remove(hit)
            matched += 1
    return Score(matched, len(claims), total_gold, tuple(fps), tuple(remaining))

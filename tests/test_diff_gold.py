"""The diff of the bundled corpus against the hand-made gold facts (tests/gold/)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from goldscore import GoldClaim, load_gold
from reconcile.diff import diff_story
from reconcile.entities import load_aliases
from reconcile.ingest import load_stories
from reconcile.model import Claim, DiffResult

ROOT = Path(__file__).resolve().parents[1]
STORY = "openai-musk"


@pytest.fixture(scope="module")
def result() -> DiffResult:
    story = load_stories([ROOT / "corpus" / STORY])[0]
    return diff_story(story, load_aliases([ROOT / "claims" / "aliases.toml"]))


@pytest.fixture(scope="module")
def gold() -> list[GoldClaim]:
    return load_gold(STORY)


@pytest.fixture(scope="module")
def gold_facts() -> dict[str, dict[str, object]]:
    with (ROOT / "tests" / "gold" / STORY / "facts.toml").open("rb") as fh:
        facts: dict[str, dict[str, object]] = tomllib.load(fh)["fact"]
    return facts


def _gold_of(claim: Claim, gold: list[GoldClaim]) -> GoldClaim | None:
    return next((g for g in gold if g.source == claim.source
                 and claim.start < g.end and g.start < claim.end), None)


def _facts_of(result: DiffResult, gold: list[GoldClaim]) -> list[tuple[str, set[str]]]:
    """(status, gold fact slugs its claims belong to) for each reported fact."""
    out = []
    for fact in result.facts:
        slugs = {g.fact for c in fact.claims if (g := _gold_of(c, gold)) is not None}
        out.append((fact.status, slugs))
    return out


def test_every_gold_conflict_is_reported_naming_the_right_versions(
    result: DiffResult, gold: list[GoldClaim], gold_facts: dict[str, dict[str, object]]
) -> None:
    missing = []
    for slug, spec in gold_facts.items():
        if spec["verdict"] != "conflict":
            continue
        gold_outliers = set(spec["outliers"])  # type: ignore[call-overload]
        found = False
        for fact in result.facts:
            if fact.status != "conflict":
                continue
            members = [g for c in fact.claims if (g := _gold_of(c, gold)) and g.fact == slug]
            if len({g.source for g in members}) < 2:
                continue
            named = set(fact.verdict.outliers) or {s for side in fact.verdict.sides
                                                   for s in side if len(side) == 1}
            # Outliers must be the gold's; a split between independent witnesses must
            # put the gold's outlier on a side of its own.
            if fact.verdict.outliers:
                found = set(fact.verdict.outliers) == gold_outliers
            else:
                found = gold_outliers <= named
            if found:
                break
        if not found:
            missing.append(slug)
    assert missing == [], f"gold conflicts not reported: {missing}"


def test_at_most_one_false_conflict(result: DiffResult, gold: list[GoldClaim],
                                   gold_facts: dict[str, dict[str, object]]) -> None:
    false = []
    for status, slugs in _facts_of(result, gold):
        if status == "conflict" and not any(gold_facts[s]["verdict"] == "conflict"
                                            for s in slugs):
            false.append(sorted(slugs))
    assert len(false) <= 1, f"false conflicts: {false}"


@pytest.mark.parametrize("slug", [
    "base-salary", "musk-pledge-2015", "compute-offer-paid", "compute-offer-value",
    "microsoft-offer-50m", "yc-equity-per-batch",
])
def test_agreeing_facts_are_not_conflicts(result: DiffResult, gold: list[GoldClaim],
                                          slug: str) -> None:
    statuses = [status for status, slugs in _facts_of(result, gold) if slug in slugs]
    assert statuses, f"{slug} not found at all"
    assert "conflict" not in statuses


def test_sutskever_income_diagnosed_as_scale_slip(result: DiffResult,
                                                  gold: list[GoldClaim]) -> None:
    fact = next(f for f in result.facts
                if any((g := _gold_of(c, gold)) and g.fact == "sutskever-income-2016"
                       for c in f.claims))
    assert fact.status == "conflict"
    assert fact.verdict.outliers == ("id",)
    assert fact.verdict.code == "R101"
    assert "100x" in (fact.verdict.diagnosis or "")


def test_translations_detected_as_one_witness(result: DiffResult) -> None:
    assert set(result.parallel) == {("en", "id"), ("en", "ja"), ("id", "ja")}
    assert ("en", "id", "ja") in result.witnesses


def test_alignment_links_against_gold(result: DiffResult, gold: list[GoldClaim]) -> None:
    """Pairs of claims put in one fact, against the gold's pairs (a regression guard)."""
    ours: set[tuple[str, str]] = set()
    for fact in result.facts:
        if fact.id.endswith("-when"):
            continue
        mapped = [g.id for c in fact.claims if (g := _gold_of(c, gold)) is not None]
        ours |= {(a, b) if a < b else (b, a) for i, a in enumerate(mapped)
                 for b in mapped[i + 1:]}
    by_fact: dict[str, list[GoldClaim]] = {}
    for g in gold:
        by_fact.setdefault(g.fact, []).append(g)
    theirs = {(a.id, b.id) if a.id < b.id else (b.id, a.id)
              for members in by_fact.values() for i, a in enumerate(members)
              for b in members[i + 1:] if a.source != b.source}
    hits = len(ours & theirs)
    precision, recall = hits / len(ours), hits / len(theirs)
    assert precision >= 0.95, f"link precision {precision:.2f}: {sorted(ours - theirs)}"
    assert recall >= 0.8, f"link recall {recall:.2f}"


def test_no_two_facts_report_the_same_claims(result: DiffResult) -> None:
    """Claims of one sentence share their dating: it is reported once, not per claim."""
    seen = [frozenset((c.source, c.start) for c in f.claims) for f in result.facts]
    assert len(seen) == len(set(seen))

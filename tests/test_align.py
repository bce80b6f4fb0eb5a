"""Alignment on small synthetic stories: parallel versions, scale slips, stable fact ids."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acme import EN, FR, FR_PARAGRAPHS, ID, four_versions, make_story
from reconcile.align import (
    PairKey,
    _cluster,
    _Numbering,
    affinity,
    align,
    default_config,
    entity_weights,
    name_terms,
)
from reconcile.diff import diff_story
from reconcile.entities import AliasTable, load_aliases
from reconcile.errors import UsageError
from reconcile.model import Claim, ClaimKind, DiffResult, Fact, Node, Source, Story


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return load_aliases()


@pytest.fixture(scope="module")
def result(aliases: AliasTable) -> DiffResult:
    return diff_story(make_story(four_versions()), aliases)


def fact_with(result: DiffResult, source: str, surface: str) -> Fact:
    found = [f for f in result.facts if not f.id.endswith("-when")
             and any(c.source == source and c.surface == surface for c in f.claims)]
    assert len(found) == 1, f"{source} {surface!r} is in {len(found)} facts"
    return found[0]


def surfaces(fact: Fact) -> dict[str, str]:
    return {c.source or "": c.surface for c in fact.claims}


# ---------------------------------------------------------------------------------------
# (a) parallel versions


def test_near_translations_are_detected_as_parallel(result: DiffResult) -> None:
    pairs = set(result.parallel)
    assert {("en", "id"), ("en", "ja"), ("id", "ja")} <= pairs


def test_an_independent_article_is_not_parallel(result: DiffResult) -> None:
    assert not [pair for pair in result.parallel if "fr" in pair]
    assert result.witnesses == (("en", "id", "ja"), ("fr",))


def test_two_versions_alone_can_be_parallel(aliases: AliasTable) -> None:
    two = diff_story(make_story({"en": EN, "id": ID}), aliases)
    assert two.parallel == (("en", "id"),)
    independent = diff_story(make_story({"en": EN, "fr": FR}), aliases)
    assert independent.parallel == ()


# ---------------------------------------------------------------------------------------
# (b) a scale slip stays in its fact and is the conflict


def test_a_scale_slip_lands_in_the_same_fact(result: DiffResult) -> None:
    fact = fact_with(result, "id", "lebih dari 190 juta dolar")
    assert surfaces(fact) == {
        "en": "more than $1.9 million",
        "fr": "plus de 1,9 million de dollars",
        "id": "lebih dari 190 juta dolar",
        "ja": "190万ドル以上",
    }


def test_a_scale_slip_is_a_conflict_naming_the_version(result: DiffResult) -> None:
    fact = fact_with(result, "id", "lebih dari 190 juta dolar")
    assert fact.status == "conflict"
    assert fact.verdict.outliers == ("id",)
    assert fact.verdict.code == "R101"
    assert fact.verdict.diagnosis is not None and fact.verdict.diagnosis.startswith("id ")


def test_the_slipped_story_has_no_other_discrepancy(result: DiffResult) -> None:
    flagged = [f.id for f in result.facts if f.status in ("conflict", "soft")]
    assert flagged == [fact_with(result, "id", "lebih dari 190 juta dolar").id]


def test_a_change_in_a_moved_paragraph_is_a_conflict(aliases: AliasTable) -> None:
    # fr tells the 2019 investment first; en/id/ja last. Its paragraph-mates (the year and
    # the amount) are linked, so the changed share is measured from where they sit.
    fr = FR.replace("pour 20 %", "pour 2 %")
    fact = fact_with(diff_story(make_story(four_versions(fr)), aliases), "fr", "2 %")
    assert surfaces(fact) == {"en": "20%", "fr": "2 %", "id": "20%", "ja": "20%"}
    assert fact.status == "conflict"
    assert fact.verdict.sides and ("fr",) in fact.verdict.sides


def test_translated_range_agrees(result: DiffResult) -> None:
    fact = fact_with(result, "ja", "10万〜20万ドル")
    assert surfaces(fact) == {"en": "$100,000-$200,000", "id": "$100.000-$200.000",
                              "ja": "10万〜20万ドル"}
    assert fact.status == "agree"


# ---------------------------------------------------------------------------------------
# (c) distinct facts sharing a value are not merged

EN_BILLIONS = """\
Acme is a robotics company based in Boston that builds warehouse machines.

In 2015 Acme pledged $1 billion to its research lab in the city.

In 2017 a funding round led by Initech targeted $1 billion for new factories.

In 2019 Globex invested $1 billion in the company and joined its board.
"""

FR_BILLIONS = """\
Acme est une entreprise de robotique installée à Boston qui construit des machines.

En 2015, Acme a promis 1 milliard de dollars à son laboratoire de recherche.

En 2017, un tour de table mené par Initech visait 1 milliard de dollars pour des usines.

En 2019, Globex a investi 1 milliard de dollars dans l'entreprise et a rejoint son conseil.
"""


def test_facts_sharing_a_value_stay_apart(aliases: AliasTable) -> None:
    result = diff_story(make_story({"en": EN_BILLIONS, "fr": FR_BILLIONS}), aliases)
    billions = [f for f in result.facts if f.kind == "money"]
    assert len(billions) == 3
    assert len({f.id for f in billions}) == 3
    for fact in billions:
        assert fact.status == "agree"
        assert fact.sources == ("en", "fr")
        years = [next(y for y in ("2015", "2017", "2019") if y in c.sentence)
                 for c in fact.claims]
        assert years[0] == years[1], surfaces(fact)
    assert sorted(f.time or "" for f in billions) == ["2015", "2017", "2019"]
    assert [f.status for f in result.facts if f.status in ("conflict", "soft")] == []


# ---------------------------------------------------------------------------------------
# (d) at most one claim per version per fact


def _check_partition(result: DiffResult) -> None:
    """Every fact has at most one claim per version, sorted by version; every claim of a
    version is in exactly one fact (timing facts "-when" re-use date claims)."""
    for fact in result.facts:
        sources = fact.sources
        assert len(sources) == len(set(sources)), fact.id
        assert list(sources) == sorted(sources), fact.id
    placed = Counter((c.source, c.start, c.end) for f in result.facts
                     if not f.id.endswith("-when") for c in f.claims)
    extracted = Counter((c.source, c.start, c.end) for _, cs in result.claims for c in cs)
    assert placed == extracted


def test_one_claim_per_version_per_fact(result: DiffResult) -> None:
    _check_partition(result)


@settings(max_examples=6, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(len(FR_PARAGRAPHS))),
       keep=st.integers(min_value=2, max_value=len(FR_PARAGRAPHS)))
def test_one_claim_per_version_per_fact_whatever_the_order(aliases: AliasTable,
                                                           order: list[int],
                                                           keep: int) -> None:
    fr = "\n\n".join(FR_PARAGRAPHS[i] for i in order[:keep]) + "\n"
    _check_partition(diff_story(make_story(four_versions(fr)), aliases))


def test_fact_ids_are_unique(result: DiffResult) -> None:
    ids = [f.id for f in result.facts]
    assert len(ids) == len(set(ids))


# ---------------------------------------------------------------------------------------
# (e) stable fact ids


def _ids_by_members(result: DiffResult) -> dict[frozenset[tuple[str, str, str]], str]:
    """Fact id by the claims it holds, named by text (not offsets, which move)."""
    out = {}
    for fact in result.facts:
        key = frozenset((c.source or "", c.sentence, c.surface) for c in fact.claims)
        out[key] = fact.id
    return out


def test_the_same_input_gives_the_same_facts(aliases: AliasTable, result: DiffResult) -> None:
    again = diff_story(make_story(four_versions()), aliases)
    assert [f.id for f in again.facts] == [f.id for f in result.facts]
    assert again == result


@pytest.mark.parametrize("order", [(4, 3, 2, 1, 0), (2, 0, 4, 1, 3), (1, 2, 3, 4, 0)])
def test_reordering_a_version_keeps_the_ids_of_unchanged_facts(
    aliases: AliasTable, result: DiffResult, order: tuple[int, ...]
) -> None:
    fr = "\n\n".join(FR_PARAGRAPHS[i] for i in order) + "\n"
    reordered = diff_story(make_story(four_versions(fr)), aliases)
    before, after = _ids_by_members(result), _ids_by_members(reordered)
    unchanged = before.keys() & after.keys()
    # Not vacuous: the translations' facts, the conflict among them, are unchanged.
    assert len(unchanged) >= len(before) // 2
    conflict = fact_with(result, "id", "lebih dari 190 juta dolar")
    assert conflict.id in {before[k] for k in unchanged}
    moved = {before[k]: after[k] for k in unchanged if before[k] != after[k]}
    assert moved == {}


def test_reordering_moves_claim_offsets_only(aliases: AliasTable, result: DiffResult) -> None:
    fr = "\n\n".join(reversed(FR_PARAGRAPHS)) + "\n"
    reordered = diff_story(make_story(four_versions(fr)), aliases)

    def fr_claims(r: DiffResult) -> list[tuple[str, str]]:
        return sorted((c.kind, c.surface) for c in dict(r.claims)["fr"])

    assert fr_claims(reordered) == fr_claims(result)


# ---------------------------------------------------------------------------------------
# (f) fewer than two readable versions


def test_one_version_is_a_usage_error(aliases: AliasTable) -> None:
    with pytest.raises(UsageError, match="at least two"):
        diff_story(make_story({"en": EN}), aliases)


def test_one_readable_version_and_one_unreadable_is_a_usage_error(aliases: AliasTable) -> None:
    good = make_story({"en": EN}).sources[0]
    broken = Source("fr", "fr.txt", "fr", None, "fr.txt: file not found")
    with pytest.raises(UsageError, match="1 readable"):
        diff_story(Story("acme", "acme", (good, broken)), aliases)


def test_no_version_is_a_usage_error(aliases: AliasTable) -> None:
    with pytest.raises(UsageError):
        diff_story(Story("empty", "empty", ()), aliases)


def test_an_unreadable_version_is_kept_in_the_result(aliases: AliasTable) -> None:
    story = make_story({"en": EN, "id": ID})
    broken = Source("zz", "zz.txt", None, None, "zz.txt: file is empty")
    result = diff_story(Story("acme", "acme", (*story.sources, broken)), aliases)
    assert broken in result.sources
    assert "zz" not in dict(result.claims)
    assert all("zz" not in f.sources for f in result.facts)


def _claims_of(result: DiffResult, source: str) -> tuple[Claim, ...]:
    return dict(result.claims)[source]


def test_claims_point_into_their_documents(result: DiffResult) -> None:
    texts = four_versions()
    for source, claims in result.claims:
        assert claims, source
        for claim in _claims_of(result, source):
            assert texts[source][claim.start:claim.end] == claim.surface


# ---------------------------------------------------------------------------------------
# (f) a value that kept a claim out of its fact


def _node(source: str, low: str, *, position: float = 0.0, kind: ClaimKind = "money",
          date: str | None = None, relative: str | None = None) -> Node:
    value = Decimal(low) if kind != "date" else None
    surface = date if kind == "date" else f"${low}"
    claim = Claim(kind=kind, surface=surface or "", start=0, end=len(surface or ""),
                  sentence="", lang="en", low=value, high=value, qualifier="eq",
                  unit="USD" if kind == "money" else None, date=date, relative=relative,
                  source=source)
    entities = frozenset({"acme", "globex"})
    return Node(source, 0, claim, 0, position, 2019, entities, terms=name_terms(entities))


def _together(a: Node, b: Node) -> bool:
    """Whether a and b end in one fact. Each version also states things the other does
    not (claims of kinds the other lacks), so the two are not taken for translations."""
    others = {a.source: ("percent", "multiplier"), b.source: ("count", "duration")}
    nodes = {}
    for node in (a, b):
        extra = [replace(node, index=i + 1, segment=i + 1, position=0.3 + 0.2 * i,
                         claim=replace(node.claim, kind=kind))
                 for i, kind in enumerate(others[node.source])]
        nodes[node.source] = [node, *extra]
    groups = align(nodes).groups
    assert not align(nodes).parallel
    return any(a in g and b in g for g in groups)


def test_agreeing_values_merge_on_shared_context() -> None:
    assert _together(_node("a", "1000000"), _node("b", "1000000", position=0.6))


def test_a_scale_slip_joins_on_context_alone() -> None:
    # Context alone (same year, names and kind, far apart in the texts) is below the merge
    # bar, and 1 and 10 million share no evidence: a known slip lets the claim join.
    a, b = _node("a", "1000000"), _node("b", "10000000", position=0.6)
    assert affinity(a, b, entity_weights([a, b])) is not None
    assert _together(a, b)


def test_an_unrelated_number_does_not_join_on_context_alone() -> None:
    assert not _together(_node("a", "1000000"), _node("b", "3000000", position=0.6))


def test_a_relative_date_gives_no_evidence_of_its_own() -> None:
    stated = _node("a", "0", kind="date", date="2019")
    same = _node("b", "0", kind="date", date="2019")
    that_year = _node("b", "0", kind="date", date="2019", relative="that year")
    weights = entity_weights([stated, same, that_year])
    with_value, without = affinity(stated, same, weights), affinity(stated, that_year, weights)
    assert with_value is not None and without is not None
    assert with_value > without


def test_words_of_unknown_names_are_terms() -> None:
    terms = name_terms(frozenset({"name:manhattan project", "name:proyek manhattan", "musk"}))
    assert {"name:manhattan", "name:project", "name:proyek", "musk"} <= terms
    assert name_terms(frozenset({"name:of x"})) == frozenset({"name:of x"})


def test_translations_find_their_siblings_before_other_versions_join() -> None:
    """en, id and ja are translations; ja's value changed, which weakened its links. zh
    fits en and id a little better than ja does and, once in, would dilute the fact below
    ja's reach; fr offers ja a pair of its own. Translations are linked among themselves
    first, so ja stays with its siblings and the discrepancy can be seen."""
    nodes = {s: _node(s, "0", kind="date", date="2016") for s in ("en", "id", "ja", "zh", "fr")}
    pair_scores = {("en", "id"): 6.8, ("en", "ja"): 3.96, ("id", "ja"): 3.45,
                   ("en", "zh"): 4.07, ("id", "zh"): 3.78, ("ja", "zh"): 0.94,
                   ("fr", "ja"): 3.05, ("en", "fr"): 1.5, ("fr", "id"): 1.46,
                   ("fr", "zh"): 0.05}
    numbering = _Numbering.of(nodes.values())
    scores: dict[PairKey, float | None] = {
        numbering.pair(nodes[a], nodes[b]): v for (a, b), v in pair_scores.items()}
    family = {"en": "en", "id": "en", "ja": "en", "zh": "zh", "fr": "fr"}
    groups = _cluster(list(nodes.values()), sorted(scores), scores.get, family,
                      default_config())
    together = {frozenset(n.source for n in g) for g in groups}
    assert frozenset({"en", "id", "ja", "zh"}) in together
    assert frozenset({"fr"}) in together

"""Links inside two aligned sentences maximise their total evidence and, at an equal total,
keep the claims' order: a figure changed to equal another figure of its sentence does not
swap the two figures' counterparts, and two equal figures of one sentence link in order."""

from __future__ import annotations

import pytest

from acme import make_story
from perturb import _rederived, perturbations
from reconcile.align import _greedy_ids
from reconcile.api import extract_claims
from reconcile.diff import diff_story
from reconcile.entities import AliasTable, load_aliases
from reconcile.model import Claim

TRIAL = {
    "en": "In the first trial, 35 patients tested negative within 4 days, while the illness "
          "lasted 11 days in the 45 patients who did not receive the drug.",
    "fr": "Dans le premier essai, 35 patients ont été testés négatifs en 4 jours, tandis que "
          "la maladie a duré 11 jours chez les 45 patients qui n'ont pas reçu le médicament.",
    "id": "Dalam uji coba pertama, 35 pasien dinyatakan negatif dalam 4 hari, sedangkan "
          "penyakit berlangsung 11 hari pada 45 pasien yang tidak menerima obat itu.",
    "zh": "在第一项试验中，35 名患者在 4 天内检测转阴，而 45 名未接受该药治疗的患者病程为 11 天。",
}

AGES = {
    "en": "Of the cases, two were aged over 60, two between 51 and 60, and one between 41 "
          "and 50.",
    "fr": "Parmi les cas, deux avaient plus de 60 ans, deux entre 51 et 60 ans, et un entre "
          "41 et 50 ans.",
    "id": "Dari kasus itu, dua berusia di atas 60 tahun, dua antara 51 dan 60 tahun, dan "
          "satu antara 41 dan 50 tahun.",
    "zh": "在这些病例中，2例年龄在60岁以上，2例在51至60岁之间，1例在41至50岁之间。",
}


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return load_aliases()


@pytest.mark.parametrize("source", ["en", "fr", "id", "zh"])
def test_a_figure_changed_to_equal_its_neighbour_is_the_conflict(
        aliases: AliasTable, source: str) -> None:
    first = TRIAL[source].index("35")
    story = {**TRIAL, source: TRIAL[source].replace("35", "45", 1)}
    result = diff_story(make_story(story), aliases)
    (conflict,) = [f for f in result.facts if f.status == "conflict"]
    assert conflict.verdict.outliers == (source,)
    mine = [c for c in conflict.claims if c.source == source]
    assert [c.start for c in mine] == [first]
    assert {c.source for c in conflict.claims} == set(TRIAL)


def test_two_equal_figures_of_a_sentence_link_in_order(aliases: AliasTable) -> None:
    result = diff_story(make_story(AGES), aliases)
    twos = [f for f in result.facts if f.kind == "count" and f.claims[0].low == 2]
    assert len(twos) == 2
    for fact in twos:
        assert {c.source for c in fact.claims} == set(AGES)
    # Each fact holds the first "two" of every version, or the second of every version.
    for fact in twos:
        ranks = {_rank(AGES[c.source], c) for c in fact.claims}
        assert len(ranks) == 1


def _rank(text: str, claim: Claim) -> int:
    """0 for the first count of two in its text, 1 for the second."""
    twos = [c.start for c in extract_claims(text, lang=claim.lang) if c.low == 2
            and c.kind == "count"]
    return twos.index(claim.start)


@pytest.mark.parametrize(("scored", "want"), [
    # Greedy takes 4.5 first and leaves 1.0 (5.5): exchanging gives 3.0 + 3.0.
    ([(4.5, 0, 1), (3.0, 1, 1), (3.0, 0, 0), (1.0, 1, 0)], [(3.0, 0, 0), (3.0, 1, 1)]),
    # Equal totals: the links that keep the order.
    ([(4.5, 0, 1), (4.4, 0, 0), (3.5, 1, 1), (3.4, 1, 0)], [(4.4, 0, 0), (3.5, 1, 1)]),
    # An exchange that loses evidence is not made, crossing or not.
    ([(4.5, 0, 1), (3.0, 1, 0), (1.0, 0, 0), (1.0, 1, 1)], [(4.5, 0, 1), (3.0, 1, 0)]),
])
def test_links_of_aligned_sentences_are_exchanged_only_for_more_evidence_or_order(
        scored: list[tuple[float, int, int]], want: list[tuple[float, int, int]]) -> None:
    got = _greedy_ids(scored)
    assert sorted((x, y) for _, x, y in got) == sorted((x, y) for _, x, y in want)
    assert sum(s for s, _, _ in got) == pytest.approx(sum(s for s, _, _ in want))


def test_a_claim_whose_reading_the_change_altered_is_part_of_the_change(
        aliases: AliasTable) -> None:
    """The study's rule: changing the currency word two coordinated amounts share changes
    both; the other amount's conflict is not a new false alarm."""
    texts = {
        "en": "The costs were about $1.8 billion and $870 million, respectively.",
        "fr": "Les coûts étaient d'environ 1,8 milliard et 870 millions de dollars, "
              "respectivement.",
    }
    story = make_story(texts)
    base = diff_story(story, aliases)
    fr_claims = next(cs for s, cs in base.claims if s == "fr")
    amount = next(c for c in fr_claims if c.low == 870_000_000)
    p = next(p for p in perturbations(base) if p.claim == amount and p.kind == "currency")
    other = next(c for c in fr_claims if c.low == 1_800_000_000)
    assert other.unit == amount.unit == "USD"
    changed = extract_claims(texts["fr"][:amount.start] + p.new_surface
                             + texts["fr"][amount.end:], lang="fr")
    rederived = _rederived(story, p, list(changed))
    assert (other.start, other.date) in rederived
    assert all(c.start != other.start or c.unit != "USD" for c in changed)

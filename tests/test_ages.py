"""An age written bare in one language ("people over 50") and with its year word in another
("plus de 50 ans", "di atas 50 tahun") is one fact: the bare count compares as a span in
years (compare.as_age), and alignment links the two inside aligned sentences."""

from __future__ import annotations

import pytest

from acme import make_story
from reconcile.api import extract_claims
from reconcile.compare import as_age, relation
from reconcile.diff import diff_story
from reconcile.entities import AliasTable, load_aliases
from reconcile.model import Claim

AGES = {
    "en": "Few cases were under 20, and most patients were between 50 and 64. The campaign "
          "cost 12 million euros.",
    "fr": "Peu de cas avaient moins de 20 ans, et la plupart des patients avaient de 50 à 64 "
          "ans. La campagne a coûté 12 millions d'euros.",
    "id": "Sedikit kasus di bawah 20 tahun, dan sebagian besar pasien antara 50 dan 64 tahun. "
          "Kampanye itu menelan biaya 12 juta euro.",
}


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return load_aliases()


def _claim(text: str, lang: str, value: int) -> Claim:
    return next(c for c in extract_claims(text, lang) if c.low == value or c.high == value)


def test_a_bare_count_compares_as_an_age_in_years() -> None:
    bare = _claim("Most patients were between 50 and 64.", "en", 50)
    years = _claim("La plupart des patients avaient de 50 à 64 ans.", "fr", 50)
    assert (bare.kind, bare.unit, years.kind, years.unit) == ("count", None, "duration", "year")
    assert relation(bare, years) == "agree"
    older = _claim("La plupart des patients avaient de 50 à 69 ans.", "fr", 50)
    assert relation(bare, older) == "conflict"
    aged, _ = as_age(bare, years)
    assert (aged.kind, aged.unit, aged.low, aged.high) == ("duration", "year", 50, 64)


def test_a_counted_noun_is_no_age() -> None:
    people = _claim("It was given to 65 people.", "en", 65)
    years = _claim("Il a été donné pendant 65 ans.", "fr", 65)
    assert as_age(people, years) == (people, years)


def test_ages_of_translations_are_one_fact_each(aliases: AliasTable) -> None:
    result = diff_story(make_story(AGES), aliases)
    assert [f for f in result.facts if f.status != "agree"] == []
    ages = [f for f in result.facts if f.kind == "duration"]
    assert sorted(len(f.claims) for f in ages) == [3, 3]
    assert {c.kind for f in ages for c in f.claims} == {"count", "duration"}


def test_a_changed_age_is_the_conflict(aliases: AliasTable) -> None:
    story = {**AGES, "en": AGES["en"].replace("and 64", "and 69")}
    result = diff_story(make_story(story), aliases)
    (conflict,) = [f for f in result.facts if f.status == "conflict"]
    assert conflict.verdict.outliers == ("en",)
    assert {c.source for c in conflict.claims} == {"en", "fr", "id"}

"""Dates the text leaves without a year ("on 4 July", "le 8 juillet") and relative dates no
stated date resolves ("last month", "先月") are compared by what they state (Claim.floating):
translations that all omit the year agree, a changed day is a conflict naming the version."""

from __future__ import annotations

from decimal import Decimal

import pytest

from acme import make_story
from reconcile import extract_claims
from reconcile.compare import classify, relation
from reconcile.diff import diff_story
from reconcile.entities import AliasTable, load_aliases
from reconcile.model import Claim, DiffResult


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return load_aliases()


def dated(text: str, lang: str) -> list[Claim]:
    return [c for c in extract_claims(text, lang) if c.kind == "date"]


@pytest.mark.parametrize(("text", "lang", "floating"), [
    ("The bill passed on July 4.", "en", "--07-04"),
    ("La loi a été votée le 4 juillet.", "fr", "--07-04"),
    ("RUU itu disahkan pada 4 Juli.", "id", "--07-04"),
    ("法案は7月4日に可決された。", "ja", "--07-04"),
    ("法案于7月4日通过。", "zh", "--07-04"),
    ("It failed in March.", "en", "--03"),
    ("It failed last month.", "en", "now-1 month"),
    ("Elle a échoué le mois dernier.", "fr", "now-1 month"),
    ("法案は先月否決された。", "ja", "now-1 month"),
])
def test_what_a_yearless_date_states(text: str, lang: str, floating: str) -> None:
    (claim,) = dated(text, lang)
    assert claim.date is None
    assert claim.floating == floating


def test_a_stated_year_resolves_but_keeps_what_was_stated() -> None:
    first, second = dated("It began on 2 March 2020 and ended on 9 April.", "en")
    assert (first.date, first.floating) == ("2020-03-02", None)
    assert (second.date, second.floating) == ("2020-04-09", "--04-09")


def test_month_and_day_compare_whatever_year_each_text_inferred() -> None:
    (en,) = dated("The bill passed on July 4.", "en")
    (ja,) = dated("法案は7月4日に可決された。", "ja")
    (fr,) = dated("En 2019, la loi a été votée le 4 juillet.", "fr")[1:]
    (zh,) = dated("法案于7月8日通过。", "zh")
    assert fr.date == "2019-07-04"
    assert relation(en, ja) == relation(en, fr) == "agree"
    assert relation(en, zh) == "conflict"
    assert classify(en, zh) == "R108"
    (march,) = dated("It passed on 4 March.", "en")
    assert classify(march, en) == "R105"


def test_a_month_and_day_against_a_year_compare_nothing() -> None:
    (en,) = dated("The bill passed on July 4.", "en")
    (year,) = dated("The bill passed in 2019.", "en")
    assert relation(en, year) is None


def test_the_same_unresolved_step_agrees() -> None:
    (en,) = dated("It failed last month.", "en")
    (ja,) = dated("法案は先月否決された。", "ja")
    (week,) = dated("It failed last week.", "en")
    assert relation(en, ja) == "agree"
    assert relation(en, week) is None


STORY = {
    "en": ("The charter was approved on July 4 and printed the same night. "
           "The first public reading was on July 8 in the main square. "
           "A copy reached the capital on August 10, and 25 copies survive."),
    "fr": ("La charte a été approuvée le 4 juillet et imprimée la nuit même. "
           "La première lecture publique a eu lieu le 8 juillet sur la place principale. "
           "Une copie est arrivée dans la capitale le 10 août, et 25 copies subsistent."),
    "ja": ("憲章は7月4日に承認され、その夜に印刷された。"
           "最初の公開朗読は7月8日に中央広場で行われた。"
           "写しは8月10日に首都に届き、25部が現存している。"),
}


def _day_facts(result: DiffResult) -> list[tuple[str, dict[str, str]]]:
    facts = [(f.status, {c.source or "": c.surface for c in f.claims})
             for f in result.facts if f.kind == "date"]
    return sorted(facts, key=lambda fact: fact[1].get("en", ""))


def test_translations_that_state_no_year_align_their_days(aliases: AliasTable) -> None:
    facts = _day_facts(diff_story(make_story(STORY), aliases))
    assert facts == [
        ("agree", {"en": "August 10", "fr": "10 août", "ja": "8月10日"}),
        ("agree", {"en": "July 4", "fr": "4 juillet", "ja": "7月4日"}),
        ("agree", {"en": "July 8", "fr": "8 juillet", "ja": "7月8日"}),
    ]


def test_a_changed_day_is_a_conflict_naming_the_version(aliases: AliasTable) -> None:
    story = {**STORY, "fr": STORY["fr"].replace("le 8 juillet", "le 18 juillet")}
    result = diff_story(make_story(story), aliases)
    (conflict,) = [f for f in result.facts if f.status == "conflict"]
    assert {c.source: c.surface for c in conflict.claims} == {
        "en": "July 8", "fr": "18 juillet", "ja": "7月8日"}
    assert conflict.verdict.sides and ("fr",) in conflict.verdict.sides
    assert conflict.verdict.code == "R108"
    counts = [f for f in result.facts if f.kind == "count"]
    assert [f.status for f in counts] == ["agree"]
    assert counts[0].claims[0].low == Decimal(25)


@pytest.mark.parametrize(("text", "lang"), [
    ("Prices were high as of 16 March 2020. The shops closed on 28 February.", "en"),
    ("Harga tinggi hingga 16 Maret 2020. Toko tutup pada 28 Februari.", "id"),
    ("截至 2020 年 3 月 16 日价格很高。商店于 2 月 28 日关闭。", "zh"),
])
def test_a_measurement_date_gives_its_year_until_the_story_states_one(text: str,
                                                                       lang: str) -> None:
    measured, later = dated(text, lang)
    assert measured.date == "2020-03-16"
    assert (later.date, later.floating) == ("2020-02-28", "--02-28")


def test_the_story_time_still_wins_over_a_measurement_date() -> None:
    claims = dated("In 2019 the shops closed. Prices were high as of 16 March 2020. "
                   "They reopened on 28 February.", "en")
    assert [c.date for c in claims] == ["2019", "2020-03-16", "2019-02-28"]


# Topic dates (a date opening its sentence dates what follows): versions that state the
# same dates in another order date a later claim from another one of them.
TOPICS = {
    "en": ("In March 2020, the first trial started with 45 volunteers. In April 2020, more "
           "than 300 trials were running.\n\nThe agency tested 12 drugs."),
    "fr": ("En avril 2020, plus de 300 essais étaient en cours. En mars 2020, le premier "
           "essai a commencé avec 45 volontaires.\n\nL'agence a testé 12 médicaments."),
}


def test_dates_stated_alike_in_another_order_are_no_timing_discrepancy(
        aliases: AliasTable) -> None:
    result = diff_story(make_story(TOPICS), aliases)
    assert [f.id for f in result.facts if f.status == "conflict"] == []
    (drugs,) = [f for f in result.facts if any(c.surface == "12" for c in f.claims)]
    assert drugs.status == "agree"


def test_a_topic_date_only_one_version_states_is_a_timing_discrepancy(
        aliases: AliasTable) -> None:
    fr = TOPICS["fr"].replace("En avril 2020", "En mai 2020")
    result = diff_story(make_story({**TOPICS, "fr": fr}), aliases)
    flagged = {f.id: {c.source: c.surface for c in f.claims}
               for f in result.facts if f.status == "conflict"}
    assert {"en": "April 2020", "fr": "mai 2020"} in flagged.values()


def test_a_vague_amount_is_not_linked_to_another_number_of_its_sentence(
        aliases: AliasTable) -> None:
    # Translations of one text; the French sentence says "several nations" where the
    # English gives a tonnage: two facts, each stated once, not a conflict.
    story = {
        "en": ("The agency sent 40 doctors on 2 April. The United States donated 17.8 tons "
               "of supplies. It promised $100 million to 12 countries."),
        "fr": ("L'agence a envoyé 40 médecins le 2 avril. Les États-Unis ont aidé "
               "plusieurs nations. Ils ont promis 100 millions de dollars à 12 pays."),
    }
    result = diff_story(make_story(story), aliases)
    assert [f.id for f in result.facts if f.status == "conflict"] == []
    singles = sorted(c.surface for f in result.facts if f.status == "single"
                     for c in f.claims)
    assert singles == ["17.8", "plusieurs"]


def test_the_same_unresolved_step_aligns_across_independent_versions(
        aliases: AliasTable) -> None:
    # Too few figures to be taken for translations: the steps meet on what they state.
    story = {
        "en": "Last week, a reader thanked us for our work.",
        "fr": "La semaine dernière, une lectrice nous a remerciés de notre travail.",
        "ja": "先週、ある読者が私たちの仕事に感謝してくれた。",
    }
    result = diff_story(make_story(story), aliases)
    assert _day_facts(result) == [
        ("agree", {"en": "Last week", "fr": "La semaine dernière", "ja": "先週"})]

"""A figure an independent article tells in another paragraph, with nothing around it that
names what it is about, still joins its fact when each version states that number once;
its currency swapped, it is the conflict naming that version."""

from __future__ import annotations

import pytest

from acme import make_story
from reconcile.diff import diff_story
from reconcile.entities import AliasTable, load_aliases

EN = ("The bank lent $4.7 billion to the country on Monday, with a first payment of "
      "$620 million.\n\nThe deficit must fall to 3.5% of output in 2026 from 6.1% in "
      "2025.\n\nThe plan ends power subsidies that cost $2.3 billion a year.")
FR = ("La banque a prêté lundi 4,7 milliards de dollars au pays, dont un premier versement "
      "de 620 millions de dollars.\n\nLe déficit doit revenir à 3,5 % de la production en "
      "2026, contre 6,1 % en 2025.\n\nLe plan supprime des subventions à l'électricité qui "
      "coûtent 2,3 milliards de dollars par an.")
# An independent French daily, its paragraphs in another order.
DAILY = ("Les subventions à l'électricité, qui coûtent 2,3 milliards de dollars par an, vont "
         "disparaître.\n\nLe déficit doit passer de 6,1 % en 2025 à 3,5 % en 2026.\n\n"
         "Lundi, la banque a accordé un prêt de 4,7 milliards de dollars, dont 620 millions "
         "versés d'emblée.")


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return load_aliases()


def test_a_moved_figure_joins_its_fact(aliases: AliasTable) -> None:
    result = diff_story(make_story({"en": EN, "fr": FR, "fr-daily": DAILY}), aliases)
    subsidies = [f for f in result.facts if any(c.surface == "$2.3 billion" for c in f.claims)]
    assert [{c.source for c in f.claims} for f in subsidies] == [{"en", "fr", "fr-daily"}]
    assert [f for f in result.facts if f.status == "conflict"] == []


def test_a_moved_figure_in_another_currency_is_a_conflict(aliases: AliasTable) -> None:
    daily = DAILY.replace("2,3 milliards de dollars", "2,3 milliards d'euros")
    result = diff_story(make_story({"en": EN, "fr": FR, "fr-daily": daily}), aliases)
    (conflict,) = [f for f in result.facts if f.status == "conflict"]
    assert {c.source: c.surface for c in conflict.claims} == {
        "en": "$2.3 billion", "fr": "2,3 milliards de dollars",
        "fr-daily": "2,3 milliards d'euros"}
    assert ("fr-daily",) in conflict.verdict.sides


# A written date an independent version tells once, in its own words and order, with
# nothing around it that names what it dates.
TEMPLE_EN = ("The temple was built in about 650 A.D. and stood until about 1350 A.D. "
             "Pilgrims still visit its ruins.")
TEMPLE_ID = ("Kuil itu dibangun sekitar tahun 650 dan bertahan hingga sekitar tahun 1350. "
             "Para peziarah masih mengunjungi reruntuhannya.")
TEMPLE_FR = ("Quelque 20 000 pèlerins visitent chaque année ses ruines, à 40 km de la côte. "
             "Le temple avait été bâti vers l'an 650.")


def test_a_date_an_independent_version_states_once_joins_its_fact(
        aliases: AliasTable) -> None:
    result = diff_story(make_story({"en": TEMPLE_EN, "id": TEMPLE_ID, "fr": TEMPLE_FR}),
                        aliases)
    built = [f for f in result.facts if any(c.date == "0650" for c in f.claims)]
    assert [{c.source for c in f.claims} for f in built] == [{"en", "id", "fr"}]
    assert [f for f in result.facts if f.status == "conflict"] == []


def test_a_changed_date_of_an_independent_version_stays_out(aliases: AliasTable) -> None:
    fr = TEMPLE_FR.replace("l'an 650", "l'an 560")
    result = diff_story(make_story({"en": TEMPLE_EN, "id": TEMPLE_ID, "fr": fr}), aliases)
    built = [f for f in result.facts if any(c.date == "0650" for c in f.claims)]
    assert [{c.source for c in f.claims} for f in built] == [{"en", "id"}]

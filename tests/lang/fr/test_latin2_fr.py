"""French wave-2 forms: durations of one, descending ranges with one scale word, ages,
vague amounts, negated comparatives. Each case asserts surface, kind, exact value and unit."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

ONE_DURATION = [
    pytest.param("Sur une période d'un an, le virus a circulé.",
                 [eq("un an", "duration", "1", "year")], id="un-an"),
    pytest.param("Le corps se trouvait là depuis un jour environ.",
                 [eq("un jour environ", "duration", "1", "day", "approx")], id="un-jour-environ"),
    pytest.param("Il est resté une semaine à Rome.", [eq("une semaine", "duration", "1", "week")],
                 id="une-semaine"),
    pytest.param("Un jour, il a quitté la ville.", [], id="un-jour-idiom"),
    pytest.param("Ils se voient une fois par an.", [], id="une-fois-par-an"),
]


@pytest.mark.parametrize(("text", "wanted"), ONE_DURATION)
def test_one_duration(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


DOWNWARD_RANGE = [
    pytest.param("Ces fossiles datent d'il y a 4,2 à 3,9\u00a0millions d’années.",
                 [Want("4,2 à 3,9\u00a0millions d’années", "duration", "3900000", "4200000",
                       "range", "year")], id="a-downwards"),
    pytest.param("Le troupeau est passé de 4,2 à 3,9 millions de bêtes.",
                 [eq("3,9 millions", "count", "3900000", "bêtes")], id="change-not-range"),
    pytest.param("Ils marchaient debout il y a deux millions d'années.",
                 [eq("deux millions d'années", "duration", "2000000", "year")],
                 id="scale-linker-years"),
    pytest.param("Il y a sept millions d’années, déjà.",
                 [eq("sept millions d’années", "duration", "7000000", "year")],
                 id="scale-elided-linker-years"),
]


@pytest.mark.parametrize(("text", "wanted"), DOWNWARD_RANGE)
def test_downward_range(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

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

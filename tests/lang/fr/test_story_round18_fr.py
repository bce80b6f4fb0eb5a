"""French forms found by faithful five-language stories (eighteenth round): a quarter without a
year is read in a sentence without digits too; a trimester of pregnancy is no quarter; a
change in bare points to a percent is in percentage points."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "fr"

CASES = [
    pytest.param("Les ventes ont reculé au troisième trimestre.",
                 [date("troisième trimestre", None, "range", relative="month without year")],
                 id="quarter-in-a-sentence-without-digits"),
    pytest.param("Elle a accouché au troisième trimestre de grossesse.", [],
                 id="pregnancy-trimester"),
    pytest.param("Quatre sur sept ont eu une fausse-couche au cours du premier trimestre.", [],
                 id="trimester-in-a-sentence-of-pregnancy"),
    pytest.param("La part a progressé de 6 points pour atteindre 31 %.",
                 [eq("6 points", "percent", "6", "percentage point"),
                  eq("31 %", "percent", "31", "percent")], id="points-to-a-percent"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round18(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

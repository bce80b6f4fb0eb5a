"""French forms found by faithful five-language stories (eighteenth round): a quarter
without a year is read in a sentence without digits too; a trimester of pregnancy is no
quarter."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "fr"

CASES = [
    pytest.param("Les ventes ont reculé au troisième trimestre.",
                 [date("troisième trimestre", None, "range", relative="month without year")],
                 id="quarter-in-a-sentence-without-digits"),
    pytest.param("Elle a accouché au troisième trimestre de grossesse.", [],
                 id="pregnancy-trimester"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round18(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

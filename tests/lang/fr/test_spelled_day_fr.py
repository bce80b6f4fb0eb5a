"""A spelled number right before a month name is its day, no count of the month:
"le vingt-deux juin 2018" was a count of 22 "juin" beside the date."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "fr"

CASES = [
    pytest.param("Le vingt-deux juin 2018, il est parti.", [date("juin 2018", "2018-06")],
                 id="spelled-day"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spelled_day(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

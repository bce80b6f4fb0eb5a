"""Indonesian pairs of days: two days of one month joined by "and" are two dates (without
"between", which makes a range), but two that follow each other are one span of both."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "id"

CASES = [
    pytest.param('Mereka dievakuasi pada 3 dan 4 Februari 2020.',
                 [date('3 dan 4 Februari 2020', '2020-02-03/2020-02-04', 'range')],
                 id='day-pair'),
    pytest.param('Mereka dievakuasi pada 3 dan 10 Februari 2020.',
                 [date('3', '2020-02-03'),
                  date('10 Februari 2020', '2020-02-10')],
                 id='day-pair-apart'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_day_pairs(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

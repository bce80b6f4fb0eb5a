"""French pairs of days: two days of one month joined by "and" are two dates (without
"between", which makes a range)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "fr"

CASES = [
    pytest.param('Ils ont été évacués les 3 et 4 février 2020.',
                 [date('3', '2020-02-03'),
                  date('4 février 2020', '2020-02-04')],
                 id='day-pair'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_day_pairs(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

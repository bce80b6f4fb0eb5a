"""English pairs of days: two days of one month joined by "and" are two dates (without
"between", which makes a range), but two that follow each other are one span of both, as
"3-4 February" ("respectively" after them keeps two)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

CASES = [
    pytest.param('They were evacuated on 3 and 4 February.',
                 [date('3 and 4 February', None, 'range', relative='month without year')],
                 id='day-first-pair'),
    pytest.param('They were evacuated on 3 and 10 February.',
                 [date('3', None, relative='month without year'),
                  date('10 February', None, relative='month without year')],
                 id='day-first-pair-apart'),
    pytest.param('Both chains set limits on March 4 and 5 respectively.',
                 [date('March 4', None, relative='month without year'),
                  date('5', None, relative='month without year')],
                 id='month-first-pair'),
    pytest.param('On March 4 and 5 people died.',
                 [date('March 4', None, relative='month without year'),
                  eq('5', 'count', '5', 'people')],
                 id='second-number-counts'),
    pytest.param('It rained between 3 and 5 March 2020.',
                 [date('3 and 5 March 2020', '2020-03-03/2020-03-05', 'range')],
                 id='between-is-a-range'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_day_pairs(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

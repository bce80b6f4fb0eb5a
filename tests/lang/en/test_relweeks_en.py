"""English relative months and weeks: resolved against the last stated date ("that month"
after March 2020 is 2020-03); weeks, and phrases counted from the time of writing, stay
relative (no date)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

CASES = [
    pytest.param("In March 2020, cases rose. Later that month, 5 people died.",
                 [date('March 2020', '2020-03'),
                  date('that month', '2020-03', relative='that month', anchor='2020-03'),
                  eq('5', 'count', '5', 'people')],
                 id="that-month"),
    pytest.param("In March 2020, cases rose. In the prior month, 5 people died.",
                 [date('March 2020', '2020-03'),
                  date('the prior month', '2020-02', relative='the prior month', anchor='2020-03'),
                  eq('5', 'count', '5', 'people')],
                 id="prior-month"),
    pytest.param("Earlier that week, 5 people died.",
                 [date('that week', None, relative='that week'), eq('5', 'count', '5', 'people')],
                 id="that-week"),
    pytest.param("The final is next week.",
                 [date('next week', None, relative='next week')],
                 id="next-week"),
    pytest.param("This coming week we will follow up.",
                 [date('This coming week', None, relative='this coming week')],
                 id="this-coming-week"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_relative_months_and_weeks(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

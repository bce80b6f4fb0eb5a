"""Chinese pairs of days: two days of one month joined by "and" are two dates (without
"between", which makes a range), but two that follow each other are one span of both."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "zh"

CASES = [
    pytest.param('他们于 2020 年 2 月 3 日和 4 日撤离。',
                 [date('2020 年 2 月 3 日和 4 日', '2020-02-03/2020-02-04', 'range')],
                 id='day-pair'),
    pytest.param('超市分别于2020年3月4日与5日限购。',
                 [date('2020年3月4日', '2020-03-04'),
                  date('5日', '2020-03-05')],
                 id='yu'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_day_pairs(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

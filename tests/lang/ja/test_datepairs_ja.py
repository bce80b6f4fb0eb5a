"""Japanese pairs of days: two days of one month joined by "and" are two dates (without
"between", which makes a range), but two that follow each other are one span of both."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "ja"

CASES = [
    pytest.param('2020年2月3日と4日に避難した。',
                 [date('2020年2月3日と4日', '2020-02-03/2020-02-04', 'range')],
                 id='to'),
    pytest.param('2020年2月3日と10日に避難した。',
                 [date('2020年2月3日', '2020-02-03'),
                  date('10日', '2020-02-10')],
                 id='to-apart'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_day_pairs(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

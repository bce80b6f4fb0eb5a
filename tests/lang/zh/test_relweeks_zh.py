"""Chinese relative months and weeks (当月, 该周); 本周六 names a weekday, no week."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "zh"

CASES = [
    pytest.param("2020年3月病例上升。当月有5人死亡。",
                 [date('2020年3月', '2020-03'),
                  date('当月', '2020-03', relative='当月', anchor='2020-03'),
                  eq('5人', 'count', '5', 'people')],
                 id="dangyue"),
    pytest.param("该周早些时候，5人死亡。",
                 [date('该周', None, relative='该周'), eq('5人', 'count', '5', 'people')],
                 id="gaizhou"),
    pytest.param("决赛将于本周六举行。",
                 [],
                 id="weekday"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_relative_months_and_weeks(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

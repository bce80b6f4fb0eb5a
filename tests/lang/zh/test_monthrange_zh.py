"""Month ranges (zh): 2023年4至6月 is the months April to June 2023, one period; with no
year (4至6月) neither a date of June nor a count of 4 to 6; days with no year (3月3至5日,
3至5号) no count of 3 to 5, while 3至5天 is a number of days."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "zh"

CASES = [
    pytest.param("2023年4至6月的净利润为10亿元。",
                 [date('2023年4至6月', '2023-04/2023-06'),
                  eq('10亿元', 'money', '1000000000', 'CNY')], id="quarter-months"),
    pytest.param("2023年1-9月，营收增长5%。",
                 [date('2023年1-9月', '2023-01/2023-09'),
                  eq('5%', 'percent', '5', 'percent')], id="nine-months"),
    pytest.param("4至6月的净利润为10亿元。",
                 [date('4至6月', None, 'range', relative='month without year'),
                  eq('10亿元', 'money', '1000000000', 'CNY')], id="no-year"),
    pytest.param("2021年3月3-5日举行。",
                 [date('2021年3月3-5日', '2021-03-03/2021-03-05', 'range')], id="day-range"),
    pytest.param("会议于3月3至5日举行。",
                 [date('3月3至5日', None, 'range', relative='month without year')],
                 id="day-range-no-year"),
    pytest.param("会议于3至5号举行。", [], id="day-range-no-month"),
    pytest.param("工作需要3至5天。",
                 [Want('3至5天', 'duration', '3', '5', 'range', 'day')], id="days-span"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_month_range(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

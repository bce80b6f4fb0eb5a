"""Month and day ranges (ja): 2023年4～6月期 is the months April to June 2023, one period;
2021年3月3～5日 the days 3 to 5 of March; with no year (4～6月期) neither a date of June nor
a count of 4 to 6, and days with no year (3月3～5日, 3～5日) no count of 3 to 5 (a day alone is
no claim either), while 3～5日間 and 3～5日ほど are numbers of days."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "ja"

CASES = [
    pytest.param("2023年4～6月期の純利益は1500億円。",
                 [date('2023年4～6月期', '2023-04/2023-06'),
                  eq('1500億円', 'money', '150000000000', 'JPY')], id="quarter-months"),
    pytest.param("2023年1～9月期の売上高は2兆円。",
                 [date('2023年1～9月期', '2023-01/2023-09'),
                  eq('2兆円', 'money', '2000000000000', 'JPY')], id="nine-months"),
    pytest.param("2023年4-6月期の純利益。",
                 [date('2023年4-6月期', '2023-04/2023-06')], id="ascii-hyphen"),
    pytest.param("4～6月期の純利益は1500億円。",
                 [date('4～6月', None, 'range', relative='month without year'),
                  eq('1500億円', 'money', '150000000000', 'JPY')], id="no-year"),
    pytest.param("4～6人が死亡した。",
                 [Want('4～6人', 'count', '4', '6', 'range', 'people')], id="count-range-kept"),
    pytest.param("2021年3月3～5日に開催。",
                 [date('2021年3月3～5日', '2021-03-03/2021-03-05', 'range')], id="day-range"),
    pytest.param("会議は3月3～5日に開かれる。",
                 [date('3月3～5日', None, 'range', relative='month without year')],
                 id="day-range-no-year"),
    pytest.param("会議は3-5日に開かれる。", [], id="day-range-no-month"),
    pytest.param("作業には3～5日間かかる。",
                 [Want('3～5日間', 'duration', '3', '5', 'range', 'day')], id="days-span"),
    pytest.param("作業には3～5日ほどかかる。",
                 [Want('3～5日ほど', 'duration', '3', '5', 'range', 'day')], id="days-about"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_month_range(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

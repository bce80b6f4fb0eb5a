"""Chinese dates, wave 2: decades, cross-month and year ranges, yearless days."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "zh"

DECADES = [
    pytest.param("1960年代，他", [date("1960年代", "1960/1969")], id="decade"),
    pytest.param("20 世纪 60 年代，他", [date("20 世纪 60 年代", "1960/1969")],
                 id="century-decade-spaced"),
    pytest.param("19世纪50年代，他", [date("19世纪50年代", "1850/1859")],
                 id="century-decade"),
    pytest.param("二十世纪八十年代末，他", [date("二十世纪八十年代", "1980/1989")],
                 id="century-decade-han"),
    pytest.param("20世纪00年代，他", [date("20世纪00年代", "1900/1909")],
                 id="century-first-decade"),
    pytest.param("60年代，他", [], id="two-digit-no-century"),
    pytest.param("六十年代，他", [], id="han-no-century"),
    pytest.param("20 世纪，他", [], id="century-alone"),
]


@pytest.mark.parametrize(("text", "wanted"), DECADES)
def test_decades(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


RANGES = [
    pytest.param("2021 年 8 月 24 日至 9 月 5 日举行。",
                 [date("2021 年 8 月 24 日至 9 月 5 日", "2021-08-24/2021-09-05", "range")],
                 id="cross-month"),
    pytest.param("2020 年 1 月 1 日至 10 日，",
                 [date("2020 年 1 月 1 日至 10 日", "2020-01-01/2020-01-10", "range")],
                 id="day-tail"),
    pytest.param("2020年1月10日至5日，", [date("2020年1月10日", "2020-01-10")],
                 id="day-tail-backwards"),
    pytest.param("1977 到 1981 年在任。", [date("1977 到 1981 年", "1977/1981", "range")],
                 id="year-range"),
    pytest.param("1644年 - 1912年统治。", [date("1644年 - 1912年", "1644/1912", "range")],
                 id="early-year-range"),
]

YEARLESS = [
    pytest.param("7 月 4 日通过。",
                 [date("7 月 4 日", None, relative="month without year")], id="day-no-year"),
]


@pytest.mark.parametrize(("text", "wanted"), [*RANGES, *YEARLESS])
def test_ranges_years(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


MONTHS_ALONE = [
    pytest.param("截至三月末，大多数政策",
                 [date("三月", None, relative="month without year")], id="han-month-alone"),
    pytest.param("一月后，他", [], id="han-one-month-alone"),
    pytest.param("4 月底，他", [date("4 月", None, relative="month without year")],
                 id="digit-month-alone"),
]


@pytest.mark.parametrize(("text", "wanted"), MONTHS_ALONE)
def test_months_alone(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


NEAREST_YEAR = [
    pytest.param("2019 年 12 月 31 日，他。1 月 23 日，城市封锁。",
                 [date("2019 年 12 月 31 日", "2019-12-31"),
                  date("1 月 23 日", "2020-01-23", relative="month without year",
                       anchor="2019-12")], id="next-year-nearest"),
]


@pytest.mark.parametrize(("text", "wanted"), NEAREST_YEAR)
def test_nearest_year(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Japanese dates, wave 2: decades, cross-month and year ranges, yearless days."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "ja"

DECADES = [
    pytest.param("1960年代に活躍した。", [date("1960年代", "1960/1969")], id="decade"),
    pytest.param("1970年代後半に", [date("1970年代", "1970/1979")], id="late-decade"),
    pytest.param("20世紀60年代に", [date("20世紀60年代", "1960/1969")], id="century-decade"),
    pytest.param("60年代に活躍した。", [], id="two-digit-no-century"),
    pytest.param("1800年代以来の伝統。", [], id="decade-or-century"),
]


@pytest.mark.parametrize(("text", "wanted"), DECADES)
def test_decades(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


RANGES = [
    pytest.param("2021年8月24日から9月5日まで開催。",
                 [date("2021年8月24日から9月5日", "2021-08-24/2021-09-05", "range")],
                 id="cross-month"),
    pytest.param("2020年1月1日から10日まで。",
                 [date("2020年1月1日から10日", "2020-01-01/2020-01-10", "range")],
                 id="day-tail"),
    pytest.param("1977 年から 1981 年まで在任。",
                 [date("1977 年から 1981 年", "1977/1981", "range")], id="year-range-spaced"),
    pytest.param("1644～1912年に栄えた。", [date("1644～1912年", "1644/1912", "range")],
                 id="early-year-range"),
]

YEARLESS = [
    pytest.param("7月4日に採択された。",
                 [date("7月4日", None, relative="month without year")], id="day-no-year"),
]


@pytest.mark.parametrize(("text", "wanted"), [*RANGES, *YEARLESS])
def test_ranges_years(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


MONTHS_ALONE = [
    pytest.param("三月に開業した。", [date("三月", None, relative="month without year")],
                 id="han-month-alone"),
    pytest.param("11月までに", [date("11月", None, relative="month without year")],
                 id="digit-month-alone"),
]


@pytest.mark.parametrize(("text", "wanted"), MONTHS_ALONE)
def test_months_alone(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


NEAREST_YEAR = [
    pytest.param("2019年12月31日に発生した。1月23日に封鎖された。",
                 [date("2019年12月31日", "2019-12-31"),
                  date("1月23日", "2020-01-23", relative="month without year",
                       anchor="2019-12")], id="next-year-nearest"),
]


@pytest.mark.parametrize(("text", "wanted"), NEAREST_YEAR)
def test_nearest_year(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

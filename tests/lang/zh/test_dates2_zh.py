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

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

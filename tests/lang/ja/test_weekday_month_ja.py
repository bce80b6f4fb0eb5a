"""第2月曜日 (the second Monday): 月曜日 begins with the month marker, so "2月" was read as
February, a wrong date. A month is not read where a CLDR weekday name begins at its
marker; a lunar date (旧暦の…, [dates] lunar_before) is no Gregorian date: no claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "ja"
YEARLESS = "month without year"

CASES = [
    pytest.param("1月の第2月曜日は成人の日だ。", [date("1月", None, relative=YEARLESS)],
                 id="second-monday"),
    pytest.param("2月に会議がある。", [date("2月", None, relative=YEARLESS)], id="february"),
    pytest.param("旧暦の2015年10月1日に祭りがあった。", [], id="lunar"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_weekday_month(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

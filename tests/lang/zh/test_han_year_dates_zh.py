"""A year in place-value Han numerals before its month is a date (两千零四年八月十五日),
not a span of 2004 years; alone it stays a span (两千年: 2000 years); read two ways
(两千四年: 2400 in Chinese, 2004 in Japanese) it gives no claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "zh"

CASES = [
    pytest.param("两千零四年八月十五日，大桥通车。",
                 [date("两千零四年八月十五日", "2004-08-15")], id="full-date"),
    pytest.param("一千九百八十九年六月四日", [date("一千九百八十九年六月四日", "1989-06-04")],
                 id="every-place"),
    pytest.param("两千年八月，他回国了。", [date("两千年八月", "2000-08")], id="year-month"),
    pytest.param("二〇〇四年八月十五日", [date("二〇〇四年八月十五日", "2004-08-15")],
                 id="digit-by-digit-unchanged"),
    pytest.param("这座城市已有两千年。", [eq("两千年", "duration", "2000", "year")],
                 id="span-without-month"),
    pytest.param("两千四年八月", [], id="two-readings"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_han_year_dates(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

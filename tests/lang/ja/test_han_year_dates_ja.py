"""A year in place-value Han numerals before its month is a date (二千十年三月), not a span
of years; read two ways (二千四年: 2004 in Japanese, 2400 in Chinese) it gives no claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "ja"

CASES = [
    pytest.param("二千十年三月に完成した。", [date("二千十年三月", "2010-03")], id="year-month"),
    pytest.param("二千四年八月十五日", [], id="two-readings"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_han_year_dates(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""A date of the lunar calendar (农历…, or its day written 初一 … 初十: [dates] lunar_before,
lunar_after) is no Gregorian date: 农历2015年十月初一 was 2015-10, a wrong month. No claim,
and its numbers are no duration or count either."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "zh"

CASES = [
    pytest.param("农历2015年十月初一是节日。", [], id="nongli"),
    pytest.param("十月初一有100人参加。", [eq("100人", "count", "100", "people")],
                 id="chu-day"),
    pytest.param("2015年10月1日是国庆节。", [date("2015年10月1日", "2015-10-01")],
                 id="gregorian"),
    pytest.param("2020年1月初有100人参加。",
                 [date("2020年1月", "2020-01"), eq("100人", "count", "100", "people")],
                 id="early-in-month"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_lunar_dates(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

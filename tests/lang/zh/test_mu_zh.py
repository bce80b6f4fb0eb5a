"""Chinese: 亩/畝 (the mu, 1/15 of a hectare) is a unit of land area: "387万亩" was a bare
count of 3,870,000; as a quantity it compares with "258,000 hectares" after conversion."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractcases import Want, check_claims, eq
from reconcile.extraction.quantities import convert

LANG = "zh"

CASES = [
    pytest.param("带动全省养殖小龙虾387万亩。", [eq('387万亩', 'quantity', '3870000', 'mu')],
                 id="scaled"),
    pytest.param("全市共有耕地12.5万畝。", [eq('12.5万畝', 'quantity', '125000', 'mu')],
                 id="traditional"),
    pytest.param("种植面积达到1.2万公顷。",
                 [eq('1.2万公顷', 'quantity', '12000', 'hectare')], id="hectare"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_mu(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


def test_fifteen_mu_are_one_hectare() -> None:
    assert convert(Decimal(15), "mu", "hectare") == 1


# 坪 (ping, the Japanese tsubo) of Taiwanese floor areas: 121 of them are 400 m².
def test_ping_is_a_floor_area() -> None:
    check_claims("這間房子有30坪。", [eq('30坪', 'quantity', '30', 'tsubo')], LANG)
    assert round(convert(Decimal(121), "tsubo", "meter ** 2"), 9) == 400

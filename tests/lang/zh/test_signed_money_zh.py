"""A sign word before an amount of money ([percent] negative: the sign words of every
measure) makes it negative, as it does a percentage; after another amount it subtracts."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("公司净利润为负1.2亿元。", [eq("负1.2亿元", "money", "-120000000", "CNY")],
                 id="fu-yi"),
    pytest.param("利润为负1,200,000元。", [eq("负1,200,000元", "money", "-1200000", "CNY")],
                 id="fu-digits"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_signed_money(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""A Han numeral with a unit or scale, then digits (三万6789, 二十万5千, 三千5百万) is one
number; read apart its halves were two wrong values (30,000 and 6,789, or 5,000). A run
with no exact reading (三万5: 30,005 or 35,000?) gives no claim, as 3万5 does."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("损失三万6789元。", [eq("三万6789元", "money", "36789", "CNY")], id="wan-digits"),
    pytest.param("共有二十万5千人参加。", [eq("二十万5千人", "count", "205000", "people")],
                 id="ershiwan-qian"),
    pytest.param("投资三千5百万元。", [eq("三千5百万元", "money", "35000000", "CNY")],
                 id="qian-baiwan"),
    pytest.param("约两千3百万人受影响。", [eq("约两千3百万人", "count", "23000000", "people",
                                            "approx")], id="liang-qian"),
    pytest.param("共有十万5千人参加。", [eq("十万5千人", "count", "105000", "people")],
                 id="shi-leading"),
    pytest.param("共有三万5人参加。", [], id="ambiguous"),
    pytest.param("共有3万6789人参加。", [eq("3万6789人", "count", "36789", "people")],
                 id="digit-led-unchanged"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_han_led_mixed(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

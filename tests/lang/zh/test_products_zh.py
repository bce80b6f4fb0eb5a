"""Chinese products: two factors joined by the sign × ("4×109/L") are no claim; a multiplier
run into the next figure ("增长2倍，达到30%") stays one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("白细胞计数 < 4×109/L。", [], id="times-sign"),
    pytest.param("利润增长2倍，达到30%。",
                 [Want("2倍", "multiplier", "2", "3", "range", "times"),
                  eq("30%", "percent", "30", "percent")],
                 id="multiplier-then-figure"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_products(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

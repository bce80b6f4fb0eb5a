"""约为/約為 ("is about") before a number is "about" (zh), as 约 and 约有 are: the number is
approximate, and the surface takes the qualifier."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("该公司市值约为1800亿美元。",
                 [eq("约为1800亿美元", "money", "180000000000", "USD", "approx")],
                 id="simplified"),
    pytest.param("總額約為3億元。",
                 [eq("約為3億元", "money", "300000000", "CNY", "approx")],
                 id="traditional"),
    pytest.param("死亡率约为 4%。", [eq("约为 4%", "percent", "4", "percent", "approx")],
                 id="percent"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_approx_copula(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

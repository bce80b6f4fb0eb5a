"""A currency's name without the territory CLDR writes in it ("尼日利亚奈拉": 奈拉) names
it when no other currency has that name left (元, 法郎 do not); 一万億 is 10^12."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("汇率达到445奈拉。", [eq("445奈拉", "money", "445", "NGN")], id="naira"),
    pytest.param("票价为150努尔特鲁姆。", [eq("150努尔特鲁姆", "money", "150", "BTN")],
                 id="ngultrum"),
    pytest.param("重组另需一万億日元。", [eq("一万億日元", "money", "1000000000000", "JPY")],
                 id="han-wan-yi"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_currency_bases(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

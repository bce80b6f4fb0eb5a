"""Chinese money: CLDR currency names plus short forms, a name before a generic unit."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CURRENCIES = [
    pytest.param("投资120亿美元。", [eq("120亿美元", "money", "12000000000", "USD")], id="usd"),
    pytest.param("投资120亿日元。", [eq("120亿日元", "money", "12000000000", "JPY")], id="jpy"),
    pytest.param("投资120亿日圓。", [eq("120亿日圓", "money", "12000000000", "JPY")],
                 id="jpy-hant"),
    pytest.param("投资5亿欧元。", [eq("5亿欧元", "money", "500000000", "EUR")], id="eur"),
    pytest.param("投资5亿英镑。", [eq("5亿英镑", "money", "500000000", "GBP")], id="gbp"),
    pytest.param("投资5亿港元。", [eq("5亿港元", "money", "500000000", "HKD")], id="hkd"),
    pytest.param("投资120亿韩元。", [eq("120亿韩元", "money", "12000000000", "KRW")], id="krw"),
    pytest.param("投资120亿印尼盾。", [eq("120亿印尼盾", "money", "12000000000", "IDR")],
                 id="idr-short"),
    pytest.param("投资120亿印度尼西亚卢比。",
                 [eq("120亿印度尼西亚卢比", "money", "12000000000", "IDR")], id="idr-cldr"),
    pytest.param("耗资50亿印度卢比。", [eq("50亿印度卢比", "money", "5000000000", "INR")],
                 id="inr-cldr"),
    # Bare 卢比: Indian or Indonesian (CLDR's zh names both 卢比)? No claim.
    pytest.param("耗资50亿卢比。", [], id="rupee-ambiguous"),
    pytest.param("耗资50亿卢比，约合Rp 500亿。",
                 [eq("50亿卢比", "money", "5000000000", "IDR"),
                  eq("约合Rp 500亿", "money", "50000000000", "IDR", "approx")],
                 id="rupee-resolved-by-Rp"),
    pytest.param("耗资50亿卢比，约合500亿印度卢比。",
                 [eq("50亿卢比", "money", "5000000000", "INR"),
                  eq("约合500亿印度卢比", "money", "50000000000", "INR", "approx")],
                 id="rupee-resolved-by-name"),
    pytest.param("拨款2.75亿加元。", [eq("2.75亿加元", "money", "275000000", "CAD")],
                 id="cad-short"),
    pytest.param("拨款4500万澳元。", [eq("4500万澳元", "money", "45000000", "AUD")],
                 id="aud-short"),
    pytest.param("拨款500刚果法郎。", [eq("500刚果法郎", "money", "500", "CDF")], id="cldr-name"),
    pytest.param("票价为100元。", [eq("100元", "money", "100", "CNY")], id="yuan-alone"),
    pytest.param("票价为人民币100元。", [eq("人民币100元", "money", "100", "CNY")],
                 id="rmb-before"),
    pytest.param("票价为台币100元。", [eq("台币100元", "money", "100", "TWD")],
                 id="twd-name-wins"),
    pytest.param("票价为新台币100元。", [eq("新台币100元", "money", "100", "TWD")],
                 id="ntd-name-wins"),
    pytest.param("票价为港币100元。", [eq("港币100元", "money", "100", "HKD")],
                 id="hkd-name-wins"),
    pytest.param("票价为澳门元100元。", [eq("澳门元100元", "money", "100", "MOP")],
                 id="mop-name-wins"),
    pytest.param("票价为台币100块。", [eq("台币100块", "money", "100", "TWD")],
                 id="kuai-generic"),
    pytest.param("票价为港币100。", [eq("港币100", "money", "100", "HKD")], id="name-only"),
    pytest.param("价格为NT$500。", [eq("NT$500", "money", "500", "TWD")], id="NT$"),
    pytest.param("价格为¥500。", [eq("¥500", "money", "500", "CNY")], id="yuan-sign"),
]


@pytest.mark.parametrize(("text", "wanted"), CURRENCIES)
def test_currency(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

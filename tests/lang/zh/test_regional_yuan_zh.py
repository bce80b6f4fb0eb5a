"""Chinese: 元 alone is the yuan, unless the document names the Taiwan dollar (新台幣) and
never the yuan ([currency_context] regional): Taiwanese news writes 元 alone for its own
dollar. 港元 elsewhere does not change it (mainland business news names 港元 for Hong Kong
share prices and writes 元 alone for yuan)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("台積電股價收在新台幣580元。投資金額逾千億元。",
                 [eq('新台幣580元', 'money', '580', 'TWD'),
                  Want('逾千億元', 'money', '100000000000', None, 'gt', 'TWD')], id="taiwan"),
    pytest.param("投資金額逾千億元。",
                 [Want('逾千億元', 'money', '100000000000', None, 'gt', 'CNY')], id="alone"),
    pytest.param("票价为人民币200元。投資金額逾千億元。台積電股價收在新台幣580元。",
                 [eq('人民币200元', 'money', '200', 'CNY'),
                  Want('逾千億元', 'money', '100000000000', None, 'gt', 'CNY'),
                  eq('新台幣580元', 'money', '580', 'TWD')], id="both-named"),
    pytest.param("腾讯股价收于300港元。公司营收1000亿元。",
                 [eq('300港元', 'money', '300', 'HKD'),
                  eq('1000亿元', 'money', '100000000000', 'CNY')], id="hong-kong-price"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_regional_yuan(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

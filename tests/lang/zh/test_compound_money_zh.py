"""An amount written in two units of one currency is one amount ([compound_money] data):
the first part alone would be a wrong value (issue #14)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("这台电脑两美元又三美分。",
                 [eq("两美元又三美分", "money", "2.03", "USD")], id="meiyuan-meifen"),
    pytest.param("这个手机壳五元三毛。", [eq("五元三毛", "money", "5.3", "CNY")], id="yuan-mao"),
    pytest.param("票价2美元30美分。", [eq("2美元30美分", "money", "2.30", "USD")],
                 id="digits"),
    pytest.param("它花了5元3分钟。",
                 [eq("5元", "money", "5", "CNY"), eq("3分钟", "duration", "3", "minute")],
                 id="fen-is-minutes"),
    # 分 after an amount in yuan is its hundredth, also after 角 (3.52).
    pytest.param("价格为3元2分。", [eq("3元2分", "money", "3.02", "CNY")], id="yuan-fen"),
    pytest.param("价格为3元5角2分。", [eq("3元5角2分", "money", "3.52", "CNY")],
                 id="yuan-jiao-fen"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_compound_money(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


ONES = [
    pytest.param("苹果折扣一美元。", [eq("一美元", "money", "1", "USD")], id="yi-meiyuan"),
    pytest.param("花了一美元左右。", [eq("一美元左右", "money", "1", "USD", "approx")],
                 id="yi-meiyuan-approx"),
    pytest.param("推进一元化管理。", [], id="yiyuan-is-a-word"),
]


@pytest.mark.parametrize(("text", "wanted"), ONES)
def test_one_of_a_named_currency(text: str, wanted: list[Want]) -> None:
    # A Han "one" before a currency's own name is an amount; before the generic 元 it may
    # be a word of its own.
    check_claims(text, wanted, LANG)

"""Chinese Han numerals: a lone last digit after 百/千/万 counts in the next place down
(一百一 = 110, 两万五 = 25,000), before a scale word too (百二萬 = 120萬); after 零 it counts
units (一百零一 = 101)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("一百一人参加。", [eq('一百一人', 'count', '110', 'people')], id="yibai-yi"),
    pytest.param("一百零一人参加。", [eq('一百零一人', 'count', '101', 'people')], id="ling"),
    pytest.param("两万五人参加。", [eq('两万五人', 'count', '25000', 'people')], id="wan-wu"),
    pytest.param("现场有百二萬人。", [eq('百二萬人', 'count', '1200000', 'people')],
                 id="bai-er-wan"),
    pytest.param("该项目投资三千五万元。", [eq('三千五万元', 'money', '35000000', 'CNY')],
                 id="qian-wu-wan"),
    pytest.param("该项目投资一千二亿元。", [eq('一千二亿元', 'money', '120000000000', 'CNY')],
                 id="qian-er-yi"),
    pytest.param("该项目投资一百零二万元。", [eq('一百零二万元', 'money', '1020000', 'CNY')],
                 id="ling-before-wan"),
    # A scale word again after the same scale (萬六萬七: 16,000 or 17,000, colloquial) is
    # two numbers, not one (it was 77,000); a smaller scale adds on, a larger covers.
    pytest.param("萬六萬七左右人參加。", [], id="repeated-scale"),
    pytest.param("投资一万亿五千万元。",
                 [eq('一万亿五千万元', 'money', '1000050000000', 'CNY')], id="falling-scales"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_han_places(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Chinese Han numerals: a lone last digit after 百/千/万 counts in the next place down
(一百一 = 110, 两万五 = 25,000); after 零 it counts units (一百零一 = 101)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("一百一人参加。", [eq('一百一人', 'count', '110', 'people')], id="yibai-yi"),
    pytest.param("一百零一人参加。", [eq('一百零一人', 'count', '101', 'people')], id="ling"),
    pytest.param("两万五人参加。", [eq('两万五人', 'count', '25000', 'people')], id="wan-wu"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_han_places(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

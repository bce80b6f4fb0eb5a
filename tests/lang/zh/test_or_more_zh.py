"""或以上 / 或以下 after a number ("60 or more") bound it: 有60人或以上 was exactly 60. A
measure written in two units (身高1米80: 1.80 m) gives no claim rather than 1 m."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("有60人或以上受伤。", [Want("60人或以上", "count", "60", None, "gte", "people")],
                 id="or-more"),
    pytest.param("有60人或以下受伤。", [Want("60人或以下", "count", None, "60", "lte", "people")],
                 id="or-less"),
    pytest.param("他身高1米80，体重70公斤。", [eq("70公斤", "quantity", "70", "kilogram")],
                 id="metre-and-centimetres"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_or_more(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Proportions written in Han numerals (每五人中就有一人: one in five) state no count of
either number, as those in digits do; a group and a count of it (二十五人中有十人死亡:
of 25 people, 10 died) are two counts: the whole of a proportion is round (up to ten,
100, 1000) or follows 每 (every)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("每五人中就有一人感染。",
                 [eq('五人中就有一人', 'percent', '20', 'percent')], id="han-one-in-five"),
    pytest.param("每一百人中有三人死亡。",
                 [eq('一百人中有三人', 'percent', '3', 'percent')], id="han-three-in-hundred"),
    pytest.param("每二十人中有一人住院。",
                 [eq('二十人中有一人', 'percent', '5', 'percent')], id="every-twenty"),
    pytest.param("每10人中有1人感染。",
                 [eq('10人中有1人', 'percent', '10', 'percent')], id="digits"),
    pytest.param("100人中有3人感染。",
                 [eq('100人中有3人', 'percent', '3', 'percent')], id="digits-round-whole"),
    pytest.param("二十五人中有十人死亡。",
                 [eq("二十五人", "count", "25", "people"), eq("十人", "count", "10", "people")],
                 id="han-group-and-count"),
    pytest.param("25人中有10人死亡。",
                 [eq("25人", "count", "25", "people"), eq("10人", "count", "10", "people")],
                 id="digits-group-and-count"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_han_proportions(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

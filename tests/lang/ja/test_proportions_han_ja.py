"""Proportions written in Han numerals (五人に一人: one in five) state no count of either
number, as those in digits do (5人に1人)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("五人に一人が感染した。",
                 [eq('五人に一人', 'percent', '20', 'percent')], id="han-one-in-five"),
    pytest.param("十人に三人が回復した。",
                 [eq('十人に三人', 'percent', '30', 'percent')], id="han-three-in-ten"),
    pytest.param("5人に1人が感染した。", [eq('5人に1人', 'percent', '20', 'percent')], id="digits"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_han_proportions(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Proportions written in Han numerals (五人に一人: one in five) state no count of either
number, as those in digits do (5人に1人)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "ja"

CASES = [
    pytest.param("五人に一人が感染した。", [], id="han-one-in-five"),
    pytest.param("十人に三人が回復した。", [], id="han-three-in-ten"),
    pytest.param("5人に1人が感染した。", [], id="digits"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_han_proportions(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

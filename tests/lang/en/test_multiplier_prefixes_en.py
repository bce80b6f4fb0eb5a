"""English: a number after a word that multiplies ([multipliers] prefixes: "multiplied by
3", "by a factor of three") is a multiplier, as "tripled" and "3 times" are (it was no
claim, or a bare count)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("Sales were multiplied by 3.",
                 [eq('multiplied by 3', 'multiplier', '3', 'times')], id="multiplied"),
    pytest.param("The number grew by a factor of three.",
                 [eq('by a factor of three', 'multiplier', '3', 'times')], id="factor"),
    pytest.param("Sales were multiplied by 3 times.",
                 [eq('3 times', 'multiplier', '3', 'times')], id="suffix-too"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_multiplier_prefixes(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""A plain sign word ([percent] negative: minus, 负, マイナス) right before any measure
makes it negative; between a scale word and the number (華氏マイナス20度) the scale word
still names the unit (issue #14: signs, physical quantities)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("湖面は海抜マイナス430メートルにある。",
                 [eq("マイナス430メートル", "quantity", "-430", "meter")], id="length"),
    pytest.param("気温は華氏マイナス20度まで下がった。",
                 [eq("華氏マイナス20度", "quantity", "-20", "degree_Fahrenheit")],
                 id="scale-word-then-sign"),
    pytest.param("華氏 マイナス 5度",
                 [eq("華氏 マイナス 5度", "quantity", "-5", "degree_Fahrenheit")], id="spaced"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_signed_measure(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

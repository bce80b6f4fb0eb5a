"""A plain sign word ([percent] negative: minus, 负, マイナス) right before any measure
makes it negative; between a scale word and the number (華氏マイナス20度) the scale word
still names the unit (issue #14: signs, physical quantities)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("湖面海拔负430米。",
                 [eq("负430米", "quantity", "-430", "meter")], id="length"),
    pytest.param("长度为负0.2千米",
                 [eq("负0.2千米", "quantity", "-0.2", "kilometer")], id="decimal-kilometre"),
    pytest.param("气温降至华氏负20度。",
                 [eq("华氏负20度", "quantity", "-20", "degree_Fahrenheit")],
                 id="scale-word-then-sign"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_signed_measure(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

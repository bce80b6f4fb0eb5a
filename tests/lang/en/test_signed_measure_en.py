"""A plain sign word ([percent] negative: minus, 负, マイナス) right before any measure
makes it negative; between a scale word and the number (華氏マイナス20度) the scale word
still names the unit (issue #14: signs, physical quantities)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("The Dead Sea shore lies at minus 430 metres.",
                 [eq("minus 430 metres", "quantity", "-430", "meter")], id="length"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_signed_measure(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

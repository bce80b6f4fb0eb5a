"""A spelled decimal point followed by zero ([numbers] zero_words): "two hundred point zero
three tons" was 200 "point" and 3 tons, two wrong values; its digits are not read one by
one, so it gives no claim, as "three point two five" does."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("It weighed two hundred point zero three tons.", [], id="point-zero-three"),
    pytest.param("Growth was three point zero percent.", [], id="point-zero"),
    pytest.param("Growth was three point five percent.",
                 [eq("three point five percent", "percent", "3.5", "percent")], id="point-five"),
    pytest.param("He had zero points and three goals.",
                 [eq("three", "count", "3", "goals")], id="zero-elsewhere"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spelled_zero_point(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

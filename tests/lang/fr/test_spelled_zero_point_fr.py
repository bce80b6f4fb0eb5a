"""A spelled decimal point followed by zero ([numbers] zero_words): "trois virgule zéro
cinq pour cent" was 3 "virgule" and 5 %, two wrong values; now no claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("La hausse est de trois virgule zéro cinq pour cent.", [], id="virgule-zero"),
    pytest.param("La hausse est de trois virgule cinq pour cent.",
                 [eq("trois virgule cinq pour cent", "percent", "3.5", "percent")],
                 id="virgule-cinq"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spelled_zero_point(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

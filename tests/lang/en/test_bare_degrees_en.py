"""Degrees without a scale give no claim ("98 degrees": Celsius, Fahrenheit or an angle?),
as in every language; with their scale they are temperatures."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, q

LANG = "en"

CASES = [
    pytest.param("It was 98 degrees in the shade.", [], id="bare"),
    pytest.param("The ship turned 180 degrees.", [], id="angle"),
    pytest.param("It was 98 degrees Fahrenheit.",
                 [q("98 degrees Fahrenheit", "98", "degree_Fahrenheit")], id="fahrenheit"),
    pytest.param("It was 40 degrees C.", [q("40 degrees C", "40", "degree_Celsius")],
                 id="celsius-letter"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_bare_degrees(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Degrees without a scale and without a word of temperature give no claim ("il a tourné de
90 degrés"); beside a word of temperature they are Celsius, France's scale."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, q

LANG = "fr"

CASES = [
    pytest.param("Il faisait 5 degrés.", [], id="bare"),
    pytest.param("La température était de 5 degrés.", [q("5 degrés", "5", "degree_Celsius")],
                 id="temperature-cue"),
    pytest.param("Il faisait 5 degrés Celsius.", [q("5 degrés Celsius", "5", "degree_Celsius")],
                 id="celsius"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_bare_degrees(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""English: a fraction of a number word that multiplies ("half a dozen" is 6, was read
as "a dozen", 12); of a scale word as before ("half a million")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("About half a dozen protesters were arrested on Monday.",
                 [eq('About half a dozen', 'count', '6', 'protesters', 'approx')],
                 id="half-a-dozen"),
    pytest.param("A half dozen protesters were arrested on Monday.",
                 [eq('A half dozen', 'count', '6', 'protesters')],
                 id="a-half-dozen"),
    pytest.param("Three quarters of a dozen eggs broke on the way.",
                 [eq('Three quarters of a dozen', 'count', '9', 'eggs')],
                 id="quarters-of-a-dozen"),
    pytest.param("Half a million people marched in the capital on Sunday.",
                 [eq('Half a million', 'count', '500000', 'people')],
                 id="half-a-million"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_fraction_of_a_number_word(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

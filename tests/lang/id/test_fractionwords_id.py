"""Indonesian: "setengah lusin" is 6 (half a dozen)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Setengah lusin pengunjuk rasa ditangkap pada hari Senin.",
                 [eq('Setengah lusin', 'count', '6', 'pengunjuk')],
                 id="setengah-lusin"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_fraction_of_a_number_word(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

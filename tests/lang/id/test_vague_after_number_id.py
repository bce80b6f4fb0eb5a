"""Indonesian: a number right before a vague word ("dua puluhan orang": twenty-odd? some
tens?) gives no claim; it was read as 2 ("Sekitar dua") beside the vague "puluhan"."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Sekitar dua puluhan orang terluka.", [], id="spelled"),
    pytest.param("Sebanyak 2 ribuan warga mengungsi.", [], id="digits"),
    pytest.param("Puluhan orang terluka.",
                 [Want('Puluhan', 'count', '20', '99', 'several', 'orang')], id="vague-alone"),
    pytest.param("Tiga orang terluka.", [eq('Tiga', 'count', '3', 'orang')], id="number-alone"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_vague_after_number(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

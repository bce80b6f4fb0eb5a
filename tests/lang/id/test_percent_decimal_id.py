"""Indonesian: a comma before exactly three digits and a percent sign or word is the
decimal sign ("4,800 persen" is 4.8 %), as before a scale word ("1,500 juta")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Inflasi mencapai 4,800 persen.",
                 [eq('4,800 persen', 'percent', '4.8', 'percent')], id="word"),
    pytest.param("Inflasi mencapai 2,250%.",
                 [eq('2,250%', 'percent', '2.25', 'percent')], id="sign"),
    pytest.param("Harga naik menjadi 4.800 rupiah.",
                 [eq('4.800 rupiah', 'money', '4800', 'IDR')], id="money-groups"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_percent_decimal(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

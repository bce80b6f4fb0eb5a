"""Indonesian products: "N <times-word> M" is a product or a repetition of a figure,
neither a multiplier nor a count; a multiplier followed by other words stays one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param('Ia memukul 11 kali empat run.',
                 [],
                 id='kali-number'),
    pytest.param('Harga naik 3 kali lipat menjadi 40 dolar.',
                 [eq('3 kali lipat', 'multiplier', '3', 'times'),
                  eq('40 dolar', 'money', '40', 'USD')],
                 id='kali-lipat-then-menjadi'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_products(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

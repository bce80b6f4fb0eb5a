"""French products: "N <times-word> M" is a product or a repetition of a figure,
neither a multiplier nor a count; a multiplier followed by other words stays one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param('Il a frappé 11 fois quatre runs et 2 fois six runs.',
                 [],
                 id='fois-number'),
    pytest.param('Le prix a été multiplié par 2 fois, soit 40 euros.',
                 [eq('2 fois', 'multiplier', '2', 'times'),
                  eq('40 euros', 'money', '40', 'EUR')],
                 id='fois-then-comma'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_products(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

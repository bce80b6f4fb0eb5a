"""A rate word before a round number ("pour 100 000 habitants", "sur 10 000 patients")
makes a rate, no claim; with a currency after the number it is a price or an amount, a
claim ("vendu pour 100 000 euros", "sur 10 milliards d'euros de budget": were dropped)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Il a vendu sa maison pour 100 000 euros.",
                 [eq("100 000 euros", "money", "100000", "EUR")], id="price"),
    pytest.param("Sur 10 milliards d'euros de budget, la défense reçoit 2 milliards d'euros.",
                 [eq("10 milliards d'euros", "money", "10000000000", "EUR"),
                  eq("2 milliards d'euros", "money", "2000000000", "EUR")], id="out-of-money"),
    pytest.param("Le taux est de 0,31 pour 100 000 habitants.", [], id="rate"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_rate_or_price(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""The dollar word, then the capital letters of a dollar's symbol ("$HK"): that dollar
("10,05 milliards de dollars HK" was USD, a wrong currency). Capitals only: "dollars au
total" stays the US dollar."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Le groupe a levé 10,05 milliards de dollars HK.",
                 [eq("10,05 milliards de dollars HK", "money", "10050000000", "HKD")], id="hk"),
    pytest.param("Il a payé 500 dollars CA pour le billet.",
                 [eq("500 dollars CA", "money", "500", "CAD")], id="ca"),
    pytest.param("Le groupe a levé 10 millions de dollars au total.",
                 [eq("10 millions de dollars", "money", "10000000", "USD")], id="au-total"),
    pytest.param("Il a payé 500 dollars US pour le billet.",
                 [eq("500 dollars US", "money", "500", "USD")], id="us"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_lettered_dollars(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

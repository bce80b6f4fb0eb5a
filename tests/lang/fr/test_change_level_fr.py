"""A change and the level it reached are two claims, not a range ("a gagné 6,2 % à 1 200
points"); ranges stay ranges ("entre 5 % et 10 %")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Le chômage a baissé de 0,3 % à 4,1 %.",
                 [eq("0,3 %", "percent", "0.3", "percent"),
                  eq("4,1 %", "percent", "4.1", "percent")], id="de-then-a"),
    pytest.param("L'indice a gagné 6,2 % à 1 200 points.",
                 [eq("6,2 %", "percent", "6.2", "percent"),
                  eq("1 200", "count", "1200", "points")], id="percent-then-level"),
    pytest.param("Entre 5 % et 10 % des cas sont graves.",
                 [Want("Entre 5 % et 10 %", "percent", "5", "10", "range", "percent")],
                 id="range"),
    # Le niveau atteint garde son unité (était 1,5 million de pour cent).
    pytest.param("Le nombre de passagers a baissé de 20 % à 1,5 million de personnes.",
                 [eq("20 %", "percent", "20", "percent"),
                  eq("1,5 million", "count", "1500000", "personnes")],
                 id="percent-then-millions"),
    pytest.param("Le baril a perdu 2 $ à 78 $.",
                 [eq("2 $", "money", "2", "USD"), eq("78 $", "money", "78", "USD")],
                 id="perdu"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_change_level(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

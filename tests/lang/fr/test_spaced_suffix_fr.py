"""French typography spaces a dollar's country letters after its sign ("5 $ CA", "10 $ HK"),
in capitals; a lower-case word after the sign is a word of the sentence ("3,2 Md$ au
troisième trimestre": to the third quarter), not the Australian dollar."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "fr"

CASES = [
    pytest.param("Le bénéfice a atteint 3,2 Md$ au troisième trimestre 2023.",
                 [eq("3,2 Md$", "money", "3200000000", "USD"),
                  date("troisième trimestre 2023", "2023-07/2023-09")],
                 id="au-is-a-word"),
    pytest.param("Il a payé 20 $ au vendeur.", [eq("20 $", "money", "20", "USD")],
                 id="au-after-an-amount"),
    pytest.param("Le billet coûte 5 $ CA.", [eq("5 $ CA", "money", "5", "CAD")],
                 id="capitals-canadian"),
    pytest.param("Le titre vaut 10 $ HK.", [eq("10 $ HK", "money", "10", "HKD")],
                 id="capitals-hong-kong"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spaced_suffix(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""French forms found by faithful five-language stories (seventeenth round): a telephone
number after "appeler le" is no amount; the age of "un agriculteur de 78 ans" or of a
nationality ("un Allemand de 86 ans") is no span; a contract's years still are."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Les habitants peuvent appeler le 900 400 061 pour obtenir des conseils.", [],
                 id="phone-after-call"),
    pytest.param("Les proches peuvent joindre la ligne au 800 555 0199 de 8 h à 20 h.", [],
                 id="phone-3-3-4"),
    pytest.param("Parmi elles figure un agriculteur de 78 ans.", [], id="farmer-age"),
    pytest.param("Le vainqueur est un Allemand de 86 ans.", [], id="nationality-age"),
    pytest.param("Le vainqueur, une Kényane de 31 ans, a gagné.", [], id="nationality-age-f"),
    pytest.param("Il a signé un contrat de 10 ans.",
                 [eq("10 ans", "duration", "10", "year")], id="contract-years-stay"),
    pytest.param("La taille moyenne des ménages est tombée de 2,8 à 2,5 personnes.",
                 [eq("2,8", "count", "2.8", "personnes"), eq("2,5", "count", "2.5", "personnes")],
                 id="fell-from-to"),
    pytest.param("Il a vendu 2,3 millions de véhicules, soit 4,5 % de plus que l'année précédente.",
                 [eq("2,3 millions", "count", "2300000", "véhicules"),
                  eq("4,5 %", "percent", "4.5", "percent")], id="year-on-year-base"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round17(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

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
    pytest.param("La Norvège rachètera jusqu'à 15 milliards de couronnes d'actions.",
                 [Want("jusqu'à 15 milliards de couronnes", "money", None, "15000000000", "lte",
                       "NOK")], id="couronnes-norway"),
    pytest.param("Le coût atteint 25 millions de pesos.", [], id="pesos-no-country"),
    pytest.param("Le transfert représente près du double du précédent record.",
                 [Want("près du double", "multiplier", "2", "2", "approx", "times")],
                 id="nearly-double"),
    pytest.param("Les bureaux ferment mercredi à 16 heures.", [], id="at-four-pm"),
    pytest.param("La ville est située à 2 heures de Paris.",
                 [eq("2 heures", "duration", "2", "hour")], id="two-hours-away"),
    pytest.param("Le scrutin a duré jusqu'à 16 heures.",
                 [Want("jusqu'à 16 heures", "duration", None, "16", "lte", "hour")],
                 id="up-to-sixteen-hours"),
    pytest.param("Le trajet passe de 4 à 2 heures.",
                 [eq("4", "duration", "4", "hour"), eq("2 heures", "duration", "2", "hour")],
                 id="from-four-to-two-hours"),
    pytest.param("Les résultats sont disponibles en appelant le 1919.", [],
                 id="phone-lone-run"),
    pytest.param("Le 5 février 2025, le PIB a progressé de 1,2 % au troisième trimestre.",
                 [Want("5 février 2025", "date", None, None, "eq", None, "2025-02-05"),
                  eq("1,2 %", "percent", "1.2", "percent"),
                  Want("troisième trimestre", "date", None, None, "range", None,
                       "2024-07/2024-09", "month without year", "2025-02")],
                 id="quarter-without-year"),
    pytest.param("Un pêcheur de 67 ans a disparu.", [], id="fisherman-age"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round17(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

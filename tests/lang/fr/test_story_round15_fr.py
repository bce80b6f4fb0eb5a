"""French forms found by faithful five-language stories (fifteenth round): "dollars
taïwanais" without CLDR's "nouveaux", "dépasse les" and "sous la barre des" as bounds
(turned round by a negation), "plus du double", the ages "avait 29 ans", an elided word
after a number ("s’est") that is no unit symbol, a season "2023/2024", and amounts after
"montant" in pounds."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq, q, rng

LANG = "fr"

CASES = [
    pytest.param("Le chantier a coûté 148,5 milliards de dollars taïwanais.",
                 [eq("148,5 milliards de dollars taïwanais", "money", "148500000000", "TWD")],
                 id="dollars-taiwanais"),
    pytest.param("Le prix du billet varie de 20 à 65 dollars taïwanais.",
                 [rng("de 20 à 65 dollars taïwanais", "money", "20", "65", "TWD")],
                 id="dollars-taiwanais-range"),
    pytest.param("La population dépasse les 18 millions d’habitants.",
                 [Want("dépasse les 18 millions", "count", "18000000", None, "gt", "habitants")],
                 id="depasse-les"),
    pytest.param("Le bilan a dépassé les 2 000 morts.",
                 [Want("dépassé les 2 000", "count", "2000", None, "gt", "morts")],
                 id="depasse-les-morts"),
    pytest.param("Le taux a franchi la barre des 60 %.",
                 [Want("franchi la barre des 60 %", "percent", "60", None, "gt", "percent")],
                 id="franchi-la-barre"),
    pytest.param("Le taux est repassé sous la barre des 60 %.",
                 [Want("sous la barre des 60 %", "percent", None, "60", "lt", "percent")],
                 id="sous-la-barre"),
    pytest.param("Lundi soir, le mercure n’est pas descendu sous les 27 °C.",
                 [Want("sous les 27 °C", "quantity", "27", None, "gte", "degree_Celsius")],
                 id="negated-sous-les"),
    pytest.param("Les ventes ont atteint plus du double.",
                 [Want("plus du double", "multiplier", "2", None, "gt", "times")],
                 id="plus-du-double"),
    pytest.param("Il l’a peint alors que l’artiste avait 29 ans.", [], id="age-avait"),
    pytest.param("L’homme avait plus de 75 ans.", [], id="age-avait-plus-de"),
    pytest.param("La plupart des patients avaient plus de 75 ans.",
                 [Want("plus de 75 ans", "duration", "75", None, "gt", "year")],
                 id="group-ages-stay"),
    pytest.param("Il y avait 3 000 personnes.", [eq("3 000", "count", "3000", "personnes")],
                 id="il-y-avait-count"),
    pytest.param("Il y a trois ans, la ville comptait 2 millions d’habitants.",
                 [eq("trois ans", "duration", "3", "year"),
                  eq("2 millions", "count", "2000000", "habitants")], id="il-y-a-ans"),
    pytest.param("En 2024 s’est tenue la réunion.", [date("2024", "2024")],
                 id="elided-s-no-second"),
    pytest.param("Il court 100 m en 10 s.",
                 [q("100 m", "100", "meter"), eq("10 s", "duration", "10", "second")],
                 id="unit-symbols-still"),
    pytest.param("La saison 2023/2024 s’est terminée.",
                 [date("2023/2024", "2023/2024", "range")], id="season-slash"),
    pytest.param("Les bonus pourraient porter le montant total jusqu'à 95 millions de livres.",
                 [Want("jusqu'à 95 millions de livres", "money", None, "95000000", "lte",
                       "GBP")], id="montant-livres"),
    pytest.param("Le Japon a promis 500 millions de yens d'aide, et les États-Unis 2 millions "
                 "de dollars pour des abris.",
                 [eq("500 millions de yens", "money", "500000000", "JPY"),
                  eq("2 millions de dollars", "money", "2000000", "USD")], id="gapped-amount"),
    pytest.param("Le navire a coulé à 2,5 milles nautiques de la côte.",
                 [q("2,5 milles nautiques", "2.5", "nautical_mile")], id="milles-nautiques"),
    pytest.param("Les résultats seront publiés sous deux semaines.",
                 [Want("sous deux semaines", "duration", None, "2", "lte", "week")],
                 id="sous-deux-semaines"),
    pytest.param("Il pourra dépenser 40 milliards de dollars au maximum.",
                 [Want("40 milliards de dollars au maximum", "money", None, "40000000000",
                       "lte", "USD")], id="au-maximum"),
    pytest.param("sous 3 gouvernements successifs",
                 [eq("3", "count", "3", "gouvernements")], id="sous-not-a-bound-of-counts"),
    pytest.param("Une deuxième phase doit démarrer l’an prochain.",
                 [date("l’an prochain", None, relative="l’an prochain")], id="l-an-prochain"),
    pytest.param("Des rafales pouvant atteindre 100 km/h sont attendues.",
                 [Want("pouvant atteindre 100 km/h", "quantity", None, "100", "lte",
                       "kilometer / hour")], id="pouvant-atteindre"),
    pytest.param("Les synergies sont attendues dans un délai de trois ans.",
                 [Want("dans un délai de trois ans", "duration", None, "3", "lte", "year")],
                 id="dans-un-delai-de"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round15(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

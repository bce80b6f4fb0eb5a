"""French forms that made lone facts on faithful translations (issue #15): "les 14 derniers
jours" (an adjective between number and time unit), clock times in words ("10 heures du
matin", "1200 GMT"), a count before its share in parentheses, apposed ages at a sentence
end, feet."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q

LANG = "fr"

SPANS = [
    pytest.param("Pays visités au cours des 14 derniers jours.",
                 [eq("14 derniers jours", "duration", "14", "day")], id="derniers-jours"),
    pytest.param("Les 3 prochaines années seront difficiles.",
                 [eq("3 prochaines années", "duration", "3", "year")], id="prochaines-annees"),
    pytest.param("Pendant les 2 premières semaines du confinement.",
                 [eq("2 premières semaines", "duration", "2", "week")], id="premieres-semaines"),
]

REFERENCES = [
    pytest.param("On ignore si l’un des deux ou les deux en apportent.", [], id="les-deux"),
]

ORDINAL_RANGES = [
    pytest.param("Le RBD se situe entre le 318e et le 510e acide aminé.", [],
                 id="ordinal-range"),
]

OCCURRENCES = [
    pytest.param("Tokyo a accueilli les Jeux d’été deux fois.",
                 [eq("deux fois", "count", "2", "times")], id="deux-fois-occurrences"),
    pytest.param("Les rapports passent à 2 fois par semaine.",
                 [eq("2 fois", "count", "2", "times")], id="fois-par-semaine"),
    pytest.param("Il pourrait exister cinq fois plus de cas en Iran.",
                 [eq("cinq fois", "multiplier", "5", "times")], id="fois-plus-multiplier"),
    pytest.param("Il charrie plus de huit fois le volume d’eau du deuxième fleuve.",
                 [Want("plus de huit fois", "multiplier", "8", None, "gt", "times")],
                 id="fois-le-multiplier"),
    pytest.param("Les chiffres sont 4-5 fois supérieurs au décompte officiel.",
                 [Want("4-5 fois", "multiplier", "4", "5", "range", "times")],
                 id="fois-superieurs-multiplier"),
    pytest.param("Les ventes ont été multipliées par 3 fois.",
                 [eq("3 fois", "multiplier", "3", "times")], id="change-verb-multiplier"),
    pytest.param("Il a fait 2 fois six runs.", [], id="product-no-claim"),
]

TERRITORY_MONEY = [
    pytest.param("Il a gravé les nouveaux billets canadiens de 5 et 100 dollars.",
                 [eq("5", "money", "5", "CAD"), eq("100 dollars", "money", "100", "CAD")],
                 id="billets-canadiens"),
]

CLOCK = [
    pytest.param("Les matchs ont commencé à 10 heures du matin.", [], id="heures-du-matin"),
    pytest.param("Le couvre-feu commence à 8 heures du soir.", [], id="heures-du-soir"),
    pytest.param("Le véhicule a été enlevé vers 1200 GMT le même jour.", [], id="hhmm-gmt"),
    pytest.param("Il a attendu 10 heures.", [eq("10 heures", "duration", "10", "hour")],
                 id="heures-span"),
]

SHARES = [
    pytest.param("Parmi ces 7 162 cas, 4 470 (62,4 %) n’en présentaient aucun.",
                 [eq("7 162", "count", "7162", "cas"), eq("4 470", "count", "4470", None),
                  eq("62,4 %", "percent", "62.4", "percent")], id="count-before-share"),
]

AGES = [
    pytest.param("Le virus a été isolé chez un enfant de 7 mois.", [], id="enfant-de-mois"),
    pytest.param("Les personnes infectées étaient âgées de plus de 50 ans.", [],
                 id="agees-de-plus-de"),
    pytest.param("Il a travaillé plus de 50 ans.",
                 [Want("plus de 50 ans", "duration", "50", None, "gt", "year")],
                 id="plus-de-ans-span"),
    pytest.param("Les victimes sont Nicholas Alden, 25 ans, et Zachary Cuddeback, 21 ans.",
                 [], id="apposed-age-sentence-end"),
]

UNITS = [
    pytest.param("L’eau est montée à 20 pieds.", [q("20 pieds", "20", "foot")], id="pieds"),
]


ALL = [
    *ORDINAL_RANGES, *OCCURRENCES,
    *SPANS, *REFERENCES, *TERRITORY_MONEY, *CLOCK, *SHARES, *AGES, *UNITS,
]


@pytest.mark.parametrize(("text", "wanted"), ALL)
def test_singles(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

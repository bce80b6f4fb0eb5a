"""French forms seen wrong in the dev data (#14): a leading decimal comma, a spaced range
dash, the long-scale "trillion", "cents", "quelques" before a number, rates, vague amounts
times a scale word and metric-prefixed nouns."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "fr"

CASES = [
    pytest.param("Le taux variait de 13,04 % en Algérie à ,08 % en Nouvelle-Zélande.",
                 [eq("13,04 %", "percent", "13.04", "percent")], id="leading-comma-no-claim"),
    pytest.param("Les maux de gorge touchaient (13 -25 %) des patients.",
                 [Want("13 -25 %", "percent", "13", "25", "range", "percent")],
                 id="spaced-dash-is-range"),
    pytest.param("Il y avait 300+ personnes.",
                 [Want("300+", "count", "300", None, "gt", "personnes")], id="plus-count"),
    pytest.param("L’Iran a alloué cinq trillions de rials à la lutte.", [],
                 id="trillions-spelled-no-claim"),
    pytest.param("L’Iran a alloué 5 trillions de rials.", [], id="trillions-digits-no-claim"),
    pytest.param("Il est arrivé avec quatre cents à son nom.", [],
                 id="quatre-cents-alone-no-claim"),
    pytest.param("Il a vendu quatre cents exemplaires.",
                 [eq("quatre cents", "count", "400", "exemplaires")], id="quatre-cents-noun"),
    pytest.param("Il est arrivé avec 4 cents en poche.", [], id="digit-cents-no-claim"),
    pytest.param("Le timbre coûte 50 centimes d'euro.",
                 [eq("50 centimes d'euro", "money", "0.5", "EUR")], id="centimes-d-euro"),
    pytest.param("Une partie des quelques 300 millions de travailleurs est partie.",
                 [eq("quelques 300 millions", "count", "300000000", "travailleurs", "approx")],
                 id="quelques-before-digits-is-about"),
    pytest.param("Il reste quelques jours.",
                 [Want("quelques jours", "duration", "2", "5", "several", "day")],
                 id="quelques-alone-still-several"),
    pytest.param("Le taux était de 0,31 pour 100 000 habitants.", [], id="rate-pour-100000"),
    pytest.param("Un budget de 5 millions d'euros pour 1 000 écoles.",
                 [eq("5 millions d'euros", "money", "5000000", "EUR")],
                 id="sum-before-pour-stays"),
    pytest.param("Il a couru sur 1 000 km.", [eq("1 000 km", "quantity", "1000", "kilometer")],
                 id="sur-a-measure-is-no-rate"),
    pytest.param("Le taux de cas sur 10 000 patients a baissé.", [], id="rate-sur-10000"),
    pytest.param("Cela a retardé des centaines de milliers de tests.",
                 [Want("des centaines de milliers de", "count", "200000", "999000", "several",
                       "tests")], id="des-centaines-de-milliers"),
    pytest.param("Cela a retardé centaines de milliers de tests.",
                 [Want("centaines de milliers", "count", "200000", "999000", "several",
                       "tests")], id="centaines-de-milliers"),
    pytest.param("Il y avait 3 milliers de personnes.",
                 [eq("3 milliers", "count", "3000", "personnes")], id="milliers-scale"),
    pytest.param("Le génome compte 26 à 32 kilobases environ.", [], id="kilobases-no-count"),
]

DEVGOLD = [
    pytest.param("Les estimations initiales étaient de 1,4 à 2,4.", [],
                 id="fraction-range-of-nothing"),
    pytest.param("Depuis, aucun pays n’avait testé plus de 3 % de sa population.",
                 [Want("plus de 3 %", "percent", None, "3", "lte", "percent")],
                 id="negated-plus-de-is-at-most"),
    pytest.param("La crise ne devrait pas durer plus de 20 jours.",
                 [Want("plus de 20 jours", "duration", None, "20", "lte", "day")],
                 id="pas-plus-de-gap"),
    pytest.param("Il ne voit plus d'un œil depuis 20 ans.",
                 [eq("20 ans", "duration", "20", "year")], id="ne-plus-is-no-longer"),
    pytest.param("Aucun des plus de 300 passagers n'a survécu.",
                 [Want("plus de 300", "count", "300", None, "gt", "passagers")],
                 id="negation-scope-ends-at-des"),
    pytest.param("Chaque personne a reçu plus de 300 euros.",
                 [Want("plus de 300 euros", "money", "300", None, "gt", "EUR")],
                 id="personne-is-no-negator"),
    pytest.param("Le ratio est de 6,0 % (97 039/1 617 204) au 10 avril 2020.",
                 [eq("6,0 %", "percent", "6.0", "percent"),
                  eq("97 039", "count", "97039", None),
                  eq("1 617 204", "count", "1617204", None),
                  date("10 avril 2020", "2020-04-10")], id="grouped-count-ratio"),
    pytest.param("Le coût s'élevait à 2,6 milliards $ (en dollars de 2013). Les résultats "
                 "sont attendus en avril.",
                 [eq("2,6 milliards $", "money", "2600000000", "USD"), date("2013", "2013"),
                  date("avril", None,
                       relative="month without year")], id="price-level-year-anchors-nothing"),
]


@pytest.mark.parametrize(("text", "wanted"), [*CASES, *DEVGOLD])
def test_devfix(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

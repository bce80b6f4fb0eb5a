"""French forms found by faithful five-language stories (nineteenth round): "de l'ordre
de" approximates; two days of a month that follow each other are one span ("les 6 et 7
mai")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "fr"

CASES = [
    pytest.param("Le risque d'incendie est de l'ordre de 0,02 %.",
                 [eq("de l'ordre de 0,02 %", "percent", "0.02", "percent", "approx")],
                 id="of-the-order-of"),
    pytest.param("La prochaine réunion est prévue les 6 et 7 mai.",
                 [date("6 et 7 mai", None, "range", relative="month without year")],
                 id="two-days-that-follow"),
    pytest.param("68 % des Chiliens soutiennent les étudiants, soit 11 points de plus qu'en "
                 "mars.",
                 [eq("68 %", "percent", "68", "percent"),
                  eq("11 points", "percent", "11", "percentage point"),
                  date("mars", None, relative="month without year")],
                 id="points-of-change-after-a-percent"),
    pytest.param("Les prix ont progressé de 5 % par rapport au mois précédent.",
                 [eq("5 %", "percent", "5", "percent")],
                 id="previous-month-as-a-base"),
    pytest.param("Ils n'ont pu rentrer que le mois suivant.",
                 [date("le mois suivant", None, relative="le mois suivant")],
                 id="only-the-following-month-is-a-date"),
    pytest.param("Les sièges ont augmenté de 14 % de plus qu'un an plus tôt.",
                 [eq("14 %", "percent", "14", "percent")],
                 id="a-year-earlier-as-a-base"),
    pytest.param("Un an plus tard, il est revenu.",
                 [eq("Un an", "duration", "1", "year")],
                 id="a-year-later-is-a-span"),
    pytest.param("Le prix est presque le double de celui de 2020.",
                 [eq("presque le double", "multiplier", "2", "times", "approx"),
                  Want("2020", "date", None, None, "eq", None, "2020")],
                 id="almost-the-double"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round19(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

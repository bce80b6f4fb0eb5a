"""Durées écrites avec les symboles h, min et s (fr) : « 2 h 11 min 53 s » (un temps de
course) est une durée ; « 9,58 s » des secondes, et non 958 ans (« s. », siècle en abrégé
chez CLDR, n'est pas une unité après un nombre) ; « 7 h 25 » et « à 12 h » restent des
heures du jour, sans affirmation."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Le précédent record, 2 h 11 min 53 s, avait été établi à Berlin.",
                 [eq("2 h 11 min 53 s", "duration", "7913", "second")],
                 id="race-time"),
    pytest.param("Elle a couru le premier semi-marathon en 1 h 04 min 16 s.",
                 [eq("1 h 04 min 16 s", "duration", "3856", "second")],
                 id="race-time-leading-zero"),
    pytest.param("Il a couru le 100 m en 9,58 s.",
                 [eq("100 m", "quantity", "100", "meter"),
                  eq("9,58 s", "duration", "9.58", "second")],
                 id="seconds-not-centuries"),
    pytest.param("Le vol dure 11 h 30 min.",
                 [eq("11 h 30 min", "duration", "690", "minute")],
                 id="hours-and-minutes"),
    pytest.param("La fusée a décollé à 7 h 25, heure locale.", [], id="time-of-day"),
    pytest.param("Rendez-vous à 12 h devant la mairie.", [], id="bare-hour"),
    pytest.param("L'athlète de 30 ans a terminé en tête.", [], id="age-of-an-athlete"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_time_symbols(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

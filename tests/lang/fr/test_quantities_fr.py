"""French measured quantities, magnitudes, temperatures and percentage points."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q, qrange

LANG = "fr"


def check(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)




QUANTITIES = [
    pytest.param("Les satellites sont entrés en collision à 790 km au-dessus de la Terre.",
                 [q("790 km", "790", "kilometer")], id="km"),
    pytest.param("La ville se trouve à 50 kilomètres au sud de la capitale.",
                 [q("50 kilomètres", "50", "kilometer")], id="kilometres"),
    pytest.param("Les inondations ont atteint 20 pieds de haut.",
                 [q("20 pieds", "20", "foot")], id="pieds"),
    pytest.param("Le dégagement sous le pont est de 15 mètres.",
                 [q("15 mètres", "15", "meter")], id="metres"),
    pytest.param("La surface totale du parc est de 19 500 km².",
                 [q("19 500 km²", "19500", "square_kilometer")], id="km2"),
    pytest.param("Les deux satellites pesaient plus de 450 kg chacun.",
                 [q("plus de 450 kg", "450", "kilogram", "gt")._replace(high=None)],
                 id="kg-more-than"),
    pytest.param("Ils se déplaçaient à environ 28 000 km/h au moment du choc.",
                 [q("environ 28 000 km/h", "28000", "kilometer / hour", "approx")],
                 id="km-h"),
    pytest.param("La limite est généralement de 35 à 40 mph dans ce secteur.",
                 [qrange("de 35 à 40 mph", "35", "40", "mile / hour")], id="range-mph"),
    pytest.param("La centrale produira 500 mégawatts d'électricité.",
                 [q("500 mégawatts", "500", "megawatt")], id="megawatts"),
    pytest.param("Il a fait 42 °C à Paris mardi.",
                 [q("42 °C", "42", "degree_Celsius")], id="celsius"),
    pytest.param("L'eau était à 30 degrés Celsius.",
                 [q("30 degrés Celsius", "30", "degree_Celsius")], id="degres-celsius"),
    pytest.param("La température a atteint 38 degrés dans la vallée.",
                 [q("38 degrés", "38", "degree_Celsius")], id="degres-with-cue"),
    pytest.param("La température est descendue à moins 12 °C cette nuit.",
                 [q("moins 12 °C", "-12", "degree_Celsius")], id="moins-sign"),
    pytest.param("Il faisait moins de 12 °C dans la vallée.",
                 [eq("moins de 12 °C", "quantity", "12", "degree_Celsius", "lt")._replace(
                     low=None)], id="moins-de-is-less-than"),
    pytest.param("Un séisme de magnitude 6,2 a frappé l'île.",
                 [q("magnitude 6,2", "6.2", "magnitude")], id="magnitude"),
    pytest.param("Un séisme d'une magnitude de 6,2 a frappé l'île.",
                 [q("magnitude de 6,2", "6.2", "magnitude")], id="magnitude-de"),
    pytest.param("Le séisme a atteint 6,2 sur l'échelle de Richter.",
                 [q("6,2 sur l'échelle de Richter", "6.2", "magnitude")], id="richter"),
    pytest.param("Le chômage a reculé de 2 points de pourcentage en un an.",
                 [eq("2 points de pourcentage", "percent", "2", "percentage point"),
                  eq("un an", "duration", "1", "year")],
                 id="points-de-pourcentage"),
]

NON_QUANTITIES = [
    pytest.param("L'angle mesure 30 degrés exactement.", [], id="degres-without-cue"),
]


@pytest.mark.parametrize(("text", "wanted"), [*QUANTITIES, *NON_QUANTITIES])
def test_quantities(text: str, wanted: list[Want]) -> None:
    check(text, wanted)

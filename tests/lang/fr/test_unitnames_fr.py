"""Unit and currency names that used to become the counted noun of a count: temperature
scales written alone, oil barrels, cubic feet, acres, gallons, pence (GBP hundredths),
metric tons written in katakana, a Fahrenheit prefix with its 温度. A wrong kind is a wrong
claim: these are quantities or money."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q

LANG = "fr"

CASES = [
    pytest.param("Il a fait 37 celsius à midi.",
                 [q("37 celsius", "37", "degree_Celsius")],
                 id="celsius-alone"),
    pytest.param("Le thermomètre affichait 104 degrés F.",
                 [q("104 degrés F", "104", "degree_Fahrenheit")],
                 id="degres-f"),
    pytest.param("Une production de 250 000 barils par jour.",
                 [q("250 000 barils", "250000", "oil_barrel")],
                 id="barils"),
    pytest.param("Une ferme de 120 acres.",
                 [q("120 acres", "120", "acre")],
                 id="acres"),
    pytest.param("L'azote liquide bout à 77 kelvin.",
                 [q("77 kelvin", "77", "kelvin")],
                 id="kelvin"),
    pytest.param("Une planche de 12 dm.",
                 [q("12 dm", "12", "decimeter")],
                 id="decimetre"),
    pytest.param("La voiture roule à 150 miles à l'heure.",
                 [q("150 miles à l'heure", "150", "mile / hour")],
                 id="miles-a-l-heure"),
    pytest.param("Il faisait 35 centigrades et le taux était de 10 pourcents.",
                 [q("35 centigrades", "35", "degree_Celsius"),
                  eq("10 pourcents", "percent", "10", "percent")],
                 id="centigrades-pourcents"),
    pytest.param("Le réservoir contient 1,5 million de gallons.",
                 [q("1,5 million de gallons", "1500000", "gallon")], id="scale-de-unit"),
    pytest.param("La récolte a atteint 2 millions de tonnes de blé.",
                 [q("2 millions de tonnes", "2000000", "metric_ton")], id="scale-de-tonnes"),
    pytest.param("Le feu a brûlé 2 millions d'hectares.",
                 [q("2 millions d'hectares", "2000000", "hectare")], id="scale-elided-unit"),
    pytest.param("Un timbre coûte 85 pence.",
                 [eq("85 pence", "money", "0.85", "GBP")],
                 id="pence"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_unit_names_after_a_number(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

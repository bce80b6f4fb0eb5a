"""French has no sign word for percentages: "moins 5 %" also ends "plus ou moins 5 %"
(about 5 %), so only "-5 %" is negative; "moins" still signs a temperature."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q

LANG = "fr"

CASES = [
    pytest.param("La croissance a été de -5 % au troisième trimestre.",
                 [eq("-5 %", "percent", "-5", "percent"),
                  Want("troisième trimestre", "date", None, None, "range", None, None,
                       "month without year")], id="minus-sign"),
    pytest.param("Il a obtenu plus ou moins 5 % des voix.",
                 [eq("5 %", "percent", "5", "percent")], id="plus-ou-moins"),
    pytest.param("Il faisait moins 5 °C ce matin.",
                 [q("moins 5 °C", "-5", "degree_Celsius")], id="temperature"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_signed_percent(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

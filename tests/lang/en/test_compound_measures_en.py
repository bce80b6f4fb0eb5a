"""A measure in two units of one system is one measure in the smaller unit (common.toml
[compound_measures]): "6 feet 2 inches" was 6 feet and 2 inches, the first compared with a
translation's 1.88 m as a wrong value. A range whose bounds both carry the unit glued
("3km-5km", "30C-40C") is a range: the second bound was taken for part of a name."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, qrange

LANG = "en"

CASES = [
    pytest.param("The suspect is 6 feet 2 inches tall.",
                 [eq("6 feet 2 inches", "quantity", "74", "inch")], id="feet-inches"),
    pytest.param("The baby weighed 7 pounds and 3 ounces.",
                 [eq("7 pounds and 3 ounces", "quantity", "115", "ounce")], id="pounds-ounces"),
    pytest.param("The suspect is 6 feet tall and the wall is 30 inches wide.",
                 [eq("6 feet", "quantity", "6", "foot"), eq("30 inches", "quantity", "30", "inch")],
                 id="apart"),
    pytest.param("The trail is 3km-5km long.", [qrange("3km-5km", "3", "5", "kilometer")],
                 id="glued-range"),
    pytest.param("Temperatures of 30C-40C are expected.",
                 [qrange("30C-40C", "30", "40", "degree_Celsius")], id="glued-celsius"),
    pytest.param("COVID-19 killed 5 people.", [eq("5", "count", "5", "people")],
                 id="name-stays"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_compound_measures(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

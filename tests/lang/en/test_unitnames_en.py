"""Unit and currency names that used to become the counted noun of a count: temperature
scales written alone, oil barrels, cubic feet, acres, gallons, pence (GBP hundredths),
metric tons written in katakana, a Fahrenheit prefix with its 温度. A wrong kind is a wrong
claim: these are quantities or money."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q

LANG = "en"

CASES = [
    pytest.param("The reading was 37 celsius at noon.",
                 [q("37 celsius", "37", "degree_Celsius")],
                 id="celsius-alone"),
    pytest.param("It reached 104 fahrenheit.",
                 [q("104 fahrenheit", "104", "degree_Fahrenheit")],
                 id="fahrenheit-alone"),
    pytest.param("Output rose by 250,000 barrels a day.",
                 [q("250,000 barrels", "250000", "oil_barrel")],
                 id="barrels"),
    pytest.param("Reserves of 3.5 trillion cubic feet.",
                 [q("3.5 trillion cubic feet", "3500000000000", "cubic_foot")],
                 id="cubic-feet"),
    pytest.param("The room was at 21 deg c.",
                 [q("21 deg c", "21", "degree_Celsius")],
                 id="deg-c"),
    pytest.param("A stamp cost 85 pence.",
                 [eq("85 pence", "money", "0.85", "GBP")],
                 id="pence"),
    pytest.param("He weighs 200 lbs; the bag, 12lbs.",
                 [q("200 lbs", "200", "pound"), q("12lbs", "12", "pound")],
                 id="lbs"),
    # "41C", "100F": a temperature glued to its scale letter beside a word of heat.
    pytest.param("Temperatures hit 41.2C on Saturday and -5C on Sunday.",
                 [q("41.2C", "41.2", "degree_Celsius"), q("-5C", "-5", "degree_Celsius")],
                 id="glued-celsius"),
    pytest.param("It was 100F in the shade, the hottest day.",
                 [q("100F", "100", "degree_Fahrenheit")], id="glued-fahrenheit"),
    pytest.param("Under Section 41C of the act, 5 people were charged.",
                 [eq("5", "count", "5", "people")], id="letter-without-heat-cue"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_unit_names_after_a_number(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

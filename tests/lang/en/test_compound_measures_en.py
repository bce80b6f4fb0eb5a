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
    # The smaller part in a symbol read only there ([compound_measures] symbols: "in" is
    # also a word), glued or spaced, or bare after a hyphenated larger unit ("6-foot-2").
    pytest.param("He is 6ft 2in tall.", [eq("6ft 2in", "quantity", "74", "inch")],
                 id="glued-symbols"),
    pytest.param("He stands 6 ft 2 in.", [eq("6 ft 2 in", "quantity", "74", "inch")],
                 id="spaced-symbols"),
    pytest.param("He is 6 ft. 2 in. tall.", [eq("6 ft. 2 in", "quantity", "74", "inch")],
                 id="dotted-symbols"),
    pytest.param("The 6-foot-2 guard scored 30 points.",
                 [eq("6-foot-2", "quantity", "74", "inch"), eq("30", "count", "30", "points")],
                 id="hyphenated"),
    pytest.param("The 10-foot-tall statue fell.", [eq("10-foot", "quantity", "10", "foot")],
                 id="hyphenated-adjective"),
    pytest.param("A 6-foot wall.", [eq("6-foot", "quantity", "6", "foot")], id="one-part"),
    pytest.param("The baby weighed 7 lb. 4 oz. at birth.",
                 [eq("7 lb. 4 oz", "quantity", "116", "ounce")], id="dotted-pounds"),
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

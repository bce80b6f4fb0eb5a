"""Areas and volumes in feet and metres: CLDR's square and cubic foot (every language's
names and short forms), and the glued m2 / m3 every language writes."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, q

LANG = "en"

CASES = [
    pytest.param("They leased 40,000 sq ft of offices.",
                 [q("40,000 sq ft", "40000", "square_foot")], id="sq-ft"),
    pytest.param("They leased 40,000 square feet of offices.",
                 [q("40,000 square feet", "40000", "square_foot")], id="square-feet"),
    pytest.param("The flat is 85 sq m.", [q("85 sq m", "85", "square_meter")], id="sq-m"),
    pytest.param("The flat is 85 m2.", [q("85 m2", "85", "square_meter")], id="m2"),
    pytest.param("The tank holds 5,000 cu m of gas.",
                 [q("5,000 cu m", "5000", "cubic_meter")], id="cu-m"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_area_units(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

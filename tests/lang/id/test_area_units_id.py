"""Areas and volumes in feet and metres: CLDR's square and cubic foot (every language's
names and short forms), and the glued m2 / m3 every language writes."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, q

LANG = "id"

CASES = [
    pytest.param("Rumah seluas 85 m2.", [q("85 m2", "85", "square_meter")], id="m2"),
    pytest.param("Gudang seluas 40.000 kaki persegi.",
                 [q("40.000 kaki persegi", "40000", "square_foot")], id="kaki-persegi"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_area_units(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

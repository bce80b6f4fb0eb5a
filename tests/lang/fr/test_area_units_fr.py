"""Areas and volumes in feet and metres: CLDR's square and cubic foot (every language's
names and short forms), and the glued m2 / m3 every language writes."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, q

LANG = "fr"

CASES = [
    pytest.param("Un appartement de 85 m2.", [q("85 m2", "85", "square_meter")], id="m2"),
    pytest.param("Un entrepôt de 40 000 pieds carrés.",
                 [q("40 000 pieds carrés", "40000", "square_foot")], id="pieds-carres"),
    pytest.param("Une cuve de 300 m3.", [q("300 m3", "300", "cubic_meter")], id="m3"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_area_units(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Areas and volumes in feet and metres: CLDR's square and cubic foot (every language's
names and short forms), and the glued m2 / m3 every language writes."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, q

LANG = "ja"

CASES = [
    pytest.param("延べ床面積は4万平方フィート。",
                 [q("4万平方フィート", "40000", "square_foot")], id="heiho-fito"),
    pytest.param("床面積は85m2。", [q("85m2", "85", "square_meter")], id="m2"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_area_units(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

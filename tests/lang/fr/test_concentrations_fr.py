"""Parties par million (fr) : « 419 parties par million » est une concentration, et non un
taux par million."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param('La concentration a atteint 419 parties par million.',
                 [eq("419 parties par million", "quantity", "419", "ppm")],
                 id="long"),
    pytest.param('La concentration a atteint 419 ppm.',
                 [eq("419 ppm", "quantity", "419", "ppm")],
                 id="short"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_concentrations(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

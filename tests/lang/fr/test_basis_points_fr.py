"""Basis points are hundredths of a percentage point: a claim states them in percentage
points ("25 basis points" is 0.25 percentage point, as 0.25％ポイント is)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("La BCE a relevé ses taux de 25 points de base, à 4 %.",
                 [eq("25 points de base", "percent", "0.25", "percentage point"),
                  eq("4 %", "percent", "4", "percent")],
                 id="points-de-base"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_basis_points(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Basis points are hundredths of a percentage point: a claim states them in percentage
points ("25 basis points" is 0.25 percentage point, as 0.25％ポイント is)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("The Fed raised rates by 25 basis points to 5.5%.",
                 [eq("25 basis points", "percent", "0.25", "percentage point"),
                  eq("5.5%", "percent", "5.5", "percent")],
                 id="basis-points"),
    pytest.param("The Fed may cut by 25 to 50 basis points.",
                 [Want("25 to 50 basis points", "percent", "0.25", "0.5", "range",
                       "percentage point")],
                 id="range"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_basis_points(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

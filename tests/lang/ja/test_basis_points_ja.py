"""Basis points are hundredths of a percentage point: a claim states them in percentage
points ("25 basis points" is 0.25 percentage point, as 0.25％ポイント is)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("日銀は政策金利を0.25％ポイント引き上げた。",
                 [eq("0.25％ポイント", "percent", "0.25", "percentage point")],
                 id="percent-point"),
    pytest.param("FRBは政策金利を25ベーシスポイント引き上げた。",
                 [eq("25ベーシスポイント", "percent", "0.25", "percentage point")],
                 id="basis-points"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_basis_points(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

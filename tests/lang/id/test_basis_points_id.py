"""Basis points are hundredths of a percentage point: a claim states them in percentage
points ("25 basis points" is 0.25 percentage point, as 0.25％ポイント is)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("BI menaikkan suku bunga sebesar 25 basis poin menjadi 6 persen.",
                 [eq("25 basis poin", "percent", "0.25", "percentage point"),
                  eq("6 persen", "percent", "6", "percent")],
                 id="basis-poin"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_basis_points(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

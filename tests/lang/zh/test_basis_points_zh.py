"""Basis points are hundredths of a percentage point: a claim states them in percentage
points ("25 basis points" is 0.25 percentage point, as 0.25％ポイント is)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("美联储加息25个基点至5.5%。",
                 [eq("25个基点", "percent", "0.25", "percentage point"),
                  eq("5.5%", "percent", "5.5", "percent")],
                 id="jidian"),
    pytest.param("降息25至50个基点。",
                 [Want("25至50个基点", "percent", "0.25", "0.5", "range", "percentage point")],
                 id="range"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_basis_points(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

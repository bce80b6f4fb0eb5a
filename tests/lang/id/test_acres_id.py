"""Acres (id): "30.000 acre" is an area, as "30 000 acres" is in French."""

from __future__ import annotations

from extractcases import check_claims, eq

LANG = "id"


def test_acres() -> None:
    check_claims("Api menghanguskan sekitar 30.000 acre hutan.",
                 [eq("sekitar 30.000 acre", "quantity", "30000", "acre", "approx")], LANG)

"""Hectopascals (CLDR pressure-hectopascal, en): "935 hectopascals" and "935 hPa" are one
pressure, not a count of 935."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("The typhoon had a central pressure of 935 hectopascals.",
                 [eq("935 hectopascals", "quantity", "935", "hectopascal")], id="long"),
    pytest.param("The typhoon had a central pressure of 935 hPa.",
                 [eq("935 hPa", "quantity", "935", "hectopascal")], id="symbol"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_pressure(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

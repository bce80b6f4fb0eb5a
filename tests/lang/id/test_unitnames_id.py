"""Unit and currency names that used to become the counted noun of a count: temperature
scales written alone, oil barrels, cubic feet, acres, gallons, pence (GBP hundredths),
metric tons written in katakana, a Fahrenheit prefix with its 温度. A wrong kind is a wrong
claim: these are quantities or money."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, q

LANG = "id"

CASES = [
    pytest.param("Produksi naik 250.000 barel per hari.",
                 [q("250.000 barel", "250000", "oil_barrel")],
                 id="barel"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_unit_names_after_a_number(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

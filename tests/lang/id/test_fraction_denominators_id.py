"""Spelled fractions by their denominator ([spelled] fractions: fifths, tenths,
hundredths …): "three fifths" is no count of 3 "fifths" (a wrong value); of a scale word it
is a fraction of it; with no exact decimal (sixths) the number gives no claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Jumlah infeksi turun lebih dari dua perlima.",
                 [Want("lebih dari dua perlima", "percent", "40", None, "gt", "percent")],
                 id="perlima"),
    pytest.param("Dua perlima juta dolar hilang.",
                 [eq("Dua perlima juta dolar", "money", "400000", "USD")], id="perlima-juta"),
    pytest.param("Seperenam penduduk mengungsi.", [], id="inexact"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_fraction_denominators(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

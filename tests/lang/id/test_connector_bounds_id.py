"""Indonesian: "hingga"/"sampai" are a range connector and an upper bound ("hingga 5 bulan":
up to 5 months). Between two numbers of the same unit they join a range ("3 bulan hingga 5
bulan" was 3 months and at most 5 months)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Butuh 3 bulan hingga 5 bulan.",
                 [Want('3 bulan hingga 5 bulan', 'duration', '3', '5', 'range', 'month')],
                 id="bulan-hingga-bulan"),
    pytest.param("Butuh 3 bulan sampai 5 bulan.",
                 [Want('3 bulan sampai 5 bulan', 'duration', '3', '5', 'range', 'month')],
                 id="bulan-sampai-bulan"),
    pytest.param("Suhu 30 derajat hingga 35 derajat.",
                 [Want('30 derajat hingga 35 derajat', 'quantity', '30', '35', 'range',
                       'degree_Celsius')], id="derajat"),
    # Other units: a span, then a bound.
    pytest.param("Butuh 3 hari hingga 5 bulan.",
                 [eq('3 hari', 'duration', '3', 'day'),
                  Want('hingga 5 bulan', 'duration', None, '5', 'lte', 'month')],
                 id="other-units"),
    pytest.param("Proyek itu berjalan hingga 5 bulan.",
                 [Want('hingga 5 bulan', 'duration', None, '5', 'lte', 'month')],
                 id="bound-alone"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_connector_bounds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""A change and the level it reached are two claims, not a range ("naik 6,2% hingga
1.200"); ranges stay ranges ("antara 5% dan 10%")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Indeks naik 6,2% hingga 1.200.",
                 [eq("6,2%", "percent", "6.2", "percent")], id="percent-then-level"),
    pytest.param("Pengangguran turun 0,3% menjadi 4,1%.",
                 [eq("0,3%", "percent", "0.3", "percent"),
                  eq("4,1%", "percent", "4.1", "percent")], id="by-then-to"),
    pytest.param("Antara 5% dan 10% kasus tergolong berat.",
                 [Want("Antara 5% dan 10%", "percent", "5", "10", "range", "percent")],
                 id="range"),
    # Tingkat yang dicapai memakai satuannya sendiri (dulu 1,5 juta persen).
    pytest.param("Jumlah penumpang turun 20 persen menjadi 1,5 juta orang.",
                 [eq("20 persen", "percent", "20", "percent"),
                  eq("1,5 juta", "count", "1500000", "orang")], id="percent-then-juta"),
    pytest.param("Rupiah menguat 0,5% ke Rp15.800 per dolar AS.",
                 [eq("0,5%", "percent", "0.5", "percent"),
                  eq("Rp15.800", "money", "15800", "IDR")], id="menguat"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_change_level(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

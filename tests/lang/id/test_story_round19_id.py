"""Indonesian forms found by faithful five-language stories (nineteenth round): "peso" in
a story that names Chile as its press does ("Chili"; CLDR's name is "Cile"), and a bound
before a distance (hingga sejauh 150 km)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "id"

CASES = [
    pytest.param("Di Chili, biaya kuliah naik dari 8,4 juta peso menjadi 9,2 juta peso.",
                 [eq("8,4 juta peso", "money", "8400000", "CLP"),
                  eq("9,2 juta peso", "money", "9200000", "CLP")],
                 id="peso-of-chili"),
    pytest.param("Biaya kuliah naik menjadi 9,2 juta peso.", [],
                 id="peso-of-no-country-is-no-claim"),
    pytest.param("Abu menyebar hingga sejauh 150 km.",
                 [Want("hingga sejauh 150 km", "quantity", None, "150", "lte", "kilometer")],
                 id="as-far-as"),
    pytest.param("68% warga mendukung mahasiswa, naik 11 poin dari Maret.",
                 [eq("68%", "percent", "68", "percent"),
                  eq("11 poin", "percent", "11", "percentage point"),
                  date("Maret", None, relative="month without year")],
                 id="points-of-change-after-a-percent"),
    pytest.param("Kami akan menambah tiga kali lipatnya hingga 2027.",
                 [eq("tiga kali lipatnya", "multiplier", "3", "times"),
                  Want("hingga 2027", "date", None, None, "lte", None, "2027")],
                 id="times-fold-with-its-suffix"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round19(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Indonesian relative phrases that open with their unit ("tahun lalu", "tahun
berikutnya", "bulan berikutnya"): after a number they are durations (years ago, the next N
years), whatever their direction; alone they are relative dates."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "id"

CASES = [
    pytest.param("Perang itu berlangsung selama 40 tahun berikutnya.",
                 [eq("40 tahun", "duration", "40", "year")], id="next-40-years"),
    pytest.param("Perang itu berlangsung hingga 40 tahun berikutnya.",
                 [Want("hingga 40 tahun", "duration", None, "40", "lte", "year")],
                 id="up-to-next-40-years"),
    pytest.param("Harga dinaikkan dalam 3 bulan berikutnya.",
                 [eq("3 bulan", "duration", "3", "month")], id="next-3-months"),
    pytest.param("Keluarga itu pindah 17 tahun lalu.",
                 [eq("17 tahun", "duration", "17", "year")], id="years-ago"),
    pytest.param("Pabrik itu ditutup dua tahun lalu.",
                 [eq("dua tahun", "duration", "2", "year")], id="spelled-years-ago"),
    pytest.param("Harga naik lagi pada tahun berikutnya.",
                 [date("tahun berikutnya", None, relative="tahun berikutnya")],
                 id="following-year-alone"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_unit_first_relative(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

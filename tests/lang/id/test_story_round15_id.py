"""Indonesian forms found by faithful five-language stories (fifteenth round): a season
written "2023/2024" is one range of years, and "dolar Taiwan" is CLDR's "Dolar Baru
Taiwan" without "Baru"."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "id"

CASES = [
    pytest.param("Musim 2023/2024 berakhir dengan rekor pendapatan.",
                 [date("2023/2024", "2023/2024", "range")], id="season-slash"),
    pytest.param("Biayanya 148,5 miliar dolar Taiwan.",
                 [eq("148,5 miliar dolar Taiwan", "money", "148500000000", "TWD")],
                 id="dolar-taiwan"),
    pytest.param("Laba turun 18,5 persen dibandingkan setahun sebelumnya.",
                 [eq("18,5 persen", "percent", "18.5", "percent")], id="yoy-compared"),
    pytest.param("Ia pindah setahun sebelumnya.", [eq("setahun", "duration", "1", "year")],
                 id="span-stays"),
    pytest.param("Musim panas tahun lalu hujan.", [], id="last-summer"),
    pytest.param("Tahun lalu hujan.", [date("Tahun lalu", None, relative="tahun lalu")],
                 id="last-year-stays"),
    pytest.param("Perusahaan akan mem-PHK 2.800 karyawan.",
                 [eq("2.800", "count", "2800", "karyawan")], id="grouped-after-capitals"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round15(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

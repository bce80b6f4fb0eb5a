"""Indonesian forms found by faithful five-language stories (seventeenth round): "tembus"
exceeds; "selama" may stand between a bound and its span; "bps" is a basis point; a
telephone number is no amount; a span after a place's name is no name's number."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Penduduk tembus 48,6 juta jiwa.",
                 [Want("tembus 48,6 juta", "count", "48600000", None, "gt", "jiwa")],
                 id="tops"),
    pytest.param("Operasi itu berlangsung setidaknya selama dua minggu.",
                 [Want("setidaknya selama dua minggu", "duration", "2", None, "gte", "week")],
                 id="at-least-for"),
    pytest.param("BI menaikkan suku bunga 25 bps menjadi 6,25%.",
                 [eq("25 bps", "percent", "0.25", "percentage point"),
                  eq("6,25%", "percent", "6.25", "percent")], id="bps"),
    pytest.param("Warga dapat menghubungi 900 400 061.", [], id="phone-after-call"),
    pytest.param("Kerabat dapat menghubungi hotline di nomor 800 555 0199 pukul 08.00-20.00.",
                 [], id="phone-3-3-4"),
    pytest.param("Kereta tiba di Orsolo 1 jam 50 menit kemudian.",
                 [eq("1 jam 50 menit", "duration", "110", "minute")], id="span-after-a-name"),
    pytest.param("VALMORA — Seluruh 17 penambang yang terjebak di kedalaman 420 meter selamat.",
                 [eq("17", "count", "17", "penambang"),
                  eq("420 meter", "quantity", "420", "meter")], id="after-a-dateline"),
    pytest.param("Terjual 2,3 juta kendaraan, naik 4,5 persen dari tahun sebelumnya.",
                 [eq("2,3 juta", "count", "2300000", "kendaraan"),
                  eq("4,5 persen", "percent", "4.5", "percent")], id="year-on-year-base"),
    pytest.param("Pemerintah Filipina mengalokasikan 25 juta peso.",
                 [eq("25 juta peso", "money", "25000000", "PHP")], id="peso-philippines"),
    pytest.param("Partai Penguasa Raih 141 dari 225 Kursi",
                 [eq("141", "count", "141", "kursi"), eq("225", "count", "225", "kursi")],
                 id="title-case-headline"),
    pytest.param("Pada 5 Februari 2025, PDB kuartal ini tumbuh.",
                 [Want("5 Februari 2025", "date", None, None, "eq", None, "2025-02-05")],
                 id="this-quarter-no-quarter"),
    pytest.param("Vaksin diuji dalam uji klinis fase 3 yang melibatkan 20.000 orang.",
                 [eq("20.000", "count", "20000", "orang")], id="phase-is-a-name"),
    pytest.param("Saham Heliora ditutup pada level 2.845 yen.",
                 [eq("2.845 yen", "money", "2845", "JPY")], id="level-price"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round17(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Indonesian forms found by faithful five-language stories (sixteenth round): watt-hours
("gigawatt-jam"), mAh and megapiksel are units; "berlipat dua" and "menggandakan" double."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq, q

LANG = "id"

CASES = [
    pytest.param("Kapasitas awal 20 gigawatt-jam per tahun.",
                 [q("20 gigawatt-jam", "20", "gigawatt_hour")], id="gigawatt-jam"),
    pytest.param("Baterai 5.000 mAh.", [q("5.000 mAh", "5000", "milliampere_hour")], id="mah"),
    pytest.param("Kamera utama 200 megapiksel.", [q("200 megapiksel", "200", "megapixel")],
                 id="megapiksel"),
    pytest.param("Kapasitas diperkirakan berlipat dua menjadi 40 GWh.",
                 [Want("berlipat dua", "multiplier", "2", "2", "eq", "times"),
                  q("40 GWh", "40", "gigawatt_hour")], id="berlipat-dua"),
    pytest.param("Pemerintah ingin menggandakan kapasitas hotel.",
                 [Want("menggandakan", "multiplier", "2", "2", "eq", "times")],
                 id="menggandakan"),
    pytest.param("Hujan lebat 2025. Pada 15 hingga 17 Maret sungai meluap.",
                 [date("2025", "2025"),
                  date("15 hingga 17 Maret", "2025-03-15/2025-03-17", "range",
                       relative="month without year", anchor="2025")],
                 id="days-of-a-month-no-year"),
    pytest.param("Kecepatannya lebih dari 30 kali kecepatan suara.",
                 [Want("lebih dari 30 kali", "multiplier", "30", None, "gt", "times")],
                 id="times-the-speed"),
    pytest.param("Ia datang tiga kali seminggu.", [eq("tiga kali", "count", "3", "times")],
                 id="times-a-week-stays-count"),
    pytest.param("Kurs 1 dolar AS setara 16.400 rupiah.",
                 [eq("16.400 rupiah", "money", "16400", "IDR")], id="exchange-rate-base"),
    pytest.param("Tekanan turun hingga 935 hektopascal.",
                 [q("turun hingga 935 hektopascal", "935", "hectopascal")], id="fell-to"),
    pytest.param("Harga naik hingga 20%.",
                 [Want("hingga 20%", "percent", None, "20", "lte", "percent")], id="up-to"),
    pytest.param("PHK 500 karyawan terjadi.", [eq("500", "count", "500", "karyawan")],
                 id="acronym-opening-a-sentence-no-name"),
    pytest.param("Lalu tertidur beberapa saat kemudian (10–60 menit).",
                 [Want("10–60 menit", "duration", "10", "60", "range", "minute")],
                 id="a-short-time-later"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round16(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Indonesian forms that made lone facts on faithful translations (issue #15): feet and
pounds as lengths and masses, parts of the day after an hour, a count before its share in
parentheses, apposed ages at a sentence end."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q, qrange

LANG = "id"

UNITS = [
    pytest.param("Bangsal itu terendam banjir setinggi 20 kaki.", [q("20 kaki", "20", "foot")],
                 id="kaki-setinggi"),
    pytest.param("Air tumpah di bagian selebar 100 kaki.", [q("100 kaki", "100", "foot")],
                 id="kaki-selebar"),
    pytest.param("Jaga jarak 2 meter (6 kaki) dari orang lain.",
                 [q("2 meter", "2", "meter"), q("6 kaki", "6", "foot")], id="kaki-conversion"),
    pytest.param("Tetesan jatuh dalam jarak (3 sampai 6 kaki).",
                 [qrange("3 sampai 6 kaki", "3", "6", "foot")], id="kaki-range"),
    pytest.param("Jarak tiga kaki diyakini cukup.", [q("tiga kaki", "3", "foot")],
                 id="kaki-spelled-jarak"),
    pytest.param("Hewan itu berjalan dengan empat kaki sejak lahir.",
                 [eq("empat", "count", "4", "kaki")], id="kaki-legs-no-length"),
    pytest.param("Satelit itu memiliki berat lebih dari 1.000 pon.",
                 [Want("lebih dari 1.000 pon", "quantity", "1000", None, "gt", "pound")],
                 id="pon-mass"),
]

REFERENCES = [
    pytest.param("Belum diketahui apakah kedua metode ini bermanfaat.", [], id="kedua"),
]

ORDINAL_RANGES = [
    pytest.param("RBD adalah asam amino ke-318 hingga ke-510 pada fragmen S1.", [],
                 id="ordinal-range"),
]

OCCURRENCES = [
    pytest.param("Tokyo menjadi tuan rumah Olimpiade musim panas sebanyak dua kali, setelah itu.",
                 [eq("dua kali", "count", "2", "times")], id="dua-kali-occurrences"),
    pytest.param("Kemenangan itu terjadi sebanyak 15 kali berturut-turut.",
                 [eq("15 kali", "count", "15", "times")], id="kali-berturut-turut"),
    pytest.param("Kemungkinan ada lima kali lebih banyak kasus di Iran.",
                 [eq("lima kali", "multiplier", "5", "times")], id="kali-lebih-multiplier"),
    pytest.param("Angkanya meningkat 4-5 kali lipat.",
                 [Want("4-5 kali lipat", "multiplier", "4", "5", "range", "times")],
                 id="kali-lipat-multiplier"),
    pytest.param("Harga naik 3 kali.", [eq("3 kali", "multiplier", "3", "times")],
                 id="change-verb-multiplier"),
    # A valuation multiple (was a count of 10 times)
    pytest.param("Perusahaan itu dinilai 10 kali pendapatannya.",
                 [eq("10 kali", "multiplier", "10", "times")], id="valuation-multiple"),
]

TERRITORY_MONEY = [
    pytest.param("Ia mengukir potret pada uang kertas 5 dan 100 dolar Kanada yang baru.",
                 [eq("5", "money", "5", "CAD"), eq("100 dolar Kanada", "money", "100", "CAD")],
                 id="dolar-kanada-coordinated"),
]

CLOCK = [
    pytest.param("Jam malam berlaku antara pukul 10 malam dan 4 pagi.", [], id="pagi"),
    pytest.param("Jam malam berlaku antara pukul 3 sore dan 6 pagi.", [], id="sore-pagi"),
    pytest.param("Kendaraan itu dipindahkan sekitar 1200 GMT.", [], id="hhmm-gmt"),
]

SHARES = [
    pytest.param("Dari 7.162 kasus, 4.470 (62,4%) tidak memiliki kondisi ini.",
                 [eq("7.162", "count", "7162", "kasus"), eq("4.470", "count", "4470", None),
                  eq("62,4%", "percent", "62.4", "percent")], id="count-before-share"),
    pytest.param("Angka 1,5 (12%) tidak dihitung.", [eq("12%", "percent", "12", "percent")],
                 id="decimal-before-share-no-count"),
]

AGES = [
    pytest.param("Virus itu diisolasi dari seorang bayi berusia 7 bulan.", [],
                 id="berusia-bulan"),
    pytest.param("Hampir separuh berusia lebih dari 50 tahun.",
                 [eq("Hampir separuh", "percent", "50", "percent", "approx")],
                 id="berusia-lebih-dari"),
    pytest.param("Korbannya adalah Nicholas Alden, 25 tahun, dan Zachary Cuddeback, 21 tahun.",
                 [], id="apposed-age-sentence-end"),
]


ALL = [
    *ORDINAL_RANGES, *OCCURRENCES,
    *UNITS, *REFERENCES, *TERRITORY_MONEY, *CLOCK, *SHARES, *AGES,
]


@pytest.mark.parametrize(("text", "wanted"), ALL)
def test_singles(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Indonesian claim extraction: one short sentence per case, every claim it states, exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractcases import Want, cases, check_claims, date, eq
from reconcile import extract_claims

LANG = "id"


def check(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


MONEY = [
    pytest.param("Perusahaan mengumpulkan $5 juta dari investor.",
                 [eq("$5 juta", "money", "5000000", "USD")], id="symbol-juta"),
    pytest.param("Gajinya 175.000 dolar AS per tahun.",
                 [eq("175.000 dolar AS", "money", "175000", "USD")], id="dolar-AS"),
    pytest.param("Nilai proyek mencapai Rp 1,9 juta.",
                 [eq("Rp 1,9 juta", "money", "1900000", "IDR")], id="Rp-juta"),
    pytest.param("Nilai proyek mencapai Rp1.500.000.",
                 [eq("Rp1.500.000", "money", "1500000", "IDR")], id="Rp-dot-groups"),
    pytest.param("Dana itu sebesar 1,9 juta dolar.",
                 [eq("1,9 juta dolar", "money", "1900000", "USD")], id="decimal-juta"),
    pytest.param("Dana itu sebesar 1,5 miliar dolar AS.",
                 [eq("1,5 miliar dolar AS", "money", "1500000000", "USD")], id="miliar"),
    pytest.param("Dana itu sebesar USD 300 juta.",
                 [eq("USD 300 juta", "money", "300000000", "USD")], id="iso-code"),
    pytest.param("Nilainya mencapai 16,4 miliar dolar.",
                 [eq("16,4 miliar dolar", "money", "16400000000", "USD")],
                 id="decimal-miliar"),
    pytest.param("Mereka membayar US$2 juta.",
                 [eq("US$2 juta", "money", "2000000", "USD")], id="US$"),
    # 'tahun' is also the year unit: growing '$5 juta' must stop at the date.
    pytest.param("Perusahaan itu mengumpulkan $5 juta tahun ini.",
                 [eq("$5 juta", "money", "5000000", "USD"),
                  date("tahun ini", None, relative="tahun ini")],
                 id="money-before-relative-date"),
]

LOCALE_FORMATS = [
    # One machine-translated text may mix conventions: both are read as the same grouping.
    pytest.param("Gaji yang ditawarkan adalah $175.000 dan kemudian $300,000 untuk tim.",
                 [eq("$175.000", "money", "175000", "USD"),
                  eq("$300,000", "money", "300000", "USD")], id="mixed-conventions"),
    pytest.param("Dana sebesar 175,000 dolar.",
                 [eq("175,000 dolar", "money", "175000", "USD")], id="comma-group"),
    # numbers.parse_digits: the locale's decimal sign before three digits and a scale word
    # is a decimal ("1,500 juta" is 1.5 million).
    pytest.param("Gajinya sebesar 1,500 juta rupiah.",
                 [eq("1,500 juta rupiah", "money", "1500000", "IDR")],
                 id="decimal-sign-before-scale"),
    pytest.param("Suku bunga 0,25 persen.",
                 [eq("0,25 persen", "percent", "0.25", "percent")], id="comma-decimal-percent"),
    pytest.param("Suku bunga 25%.", [eq("25%", "percent", "25", "percent")], id="percent-sign"),
]

COUNTS = [
    pytest.param("Tiga orang meninggalkan perusahaan.",
                 [eq("Tiga", "count", "3", "orang")], id="number-word"),
    pytest.param("Ada tiga orang di ruangan itu.",
                 [eq("tiga", "count", "3", "orang")], id="tiga-orang"),
    pytest.param("Sekitar 3.000 pekerja mogok.",
                 [eq("Sekitar 3.000", "count", "3000", "pekerja", "approx")], id="dot-group"),
]

RANGES = [
    pytest.param("Mereka menghabiskan antara 10 dan 20 juta dolar.",
                 [Want("antara 10 dan 20 juta dolar", "money", "10000000", "20000000", "range",
                       "USD")], id="antara-dan"),
    pytest.param("Mereka menghabiskan 10-20 juta dolar.",
                 [Want("10-20 juta dolar", "money", "10000000", "20000000", "range", "USD")],
                 id="hyphen"),
    pytest.param("Mereka menghabiskan $10.000-$20.000 per tahun.",
                 [Want("$10.000-$20.000", "money", "10000", "20000", "range", "USD")],
                 id="hyphen-unit-twice"),
    pytest.param("Harga naik 10-20 persen.",
                 [Want("10-20 persen", "percent", "10", "20", "range", "percent")],
                 id="percent"),
    pytest.param("Dia bekerja antara 2016 dan 2020.",
                 [date("2016 dan 2020", "2016/2020", "range")], id="year-range-antara"),
    # 'hingga' and 'sampai' are also lte qualifiers ("up to"); between numbers they connect.
    pytest.param("Mereka menghabiskan 10 hingga 20 juta dolar.",
                 [Want("10 hingga 20 juta dolar", "money", "10000000", "20000000", "range",
                       "USD")], id="hingga"),
    pytest.param("Proyek itu berlangsung 2 sampai 3 tahun.",
                 [Want("2 sampai 3 tahun", "duration", "2", "3", "range", "year")],
                 id="sampai"),
    pytest.param("Dia bekerja dari 2016 hingga 2020.",
                 [date("2016 hingga 2020", "2016/2020", "range")], id="year-range-hingga"),
    pytest.param("Hingga 20 orang hadir.",
                 [Want("Hingga 20", "count", None, "20", "lte", "orang")], id="hingga-alone"),
]

QUALIFIERS = [
    pytest.param("Lebih dari 200 orang hadir.",
                 [Want("Lebih dari 200", "count", "200", None, "gt", "orang")], id="lebih-dari"),
    pytest.param("Pendapatan melebihi $1,9 juta.",
                 [Want("melebihi $1,9 juta", "money", "1900000", None, "gt", "USD")],
                 id="melebihi"),
    pytest.param("Gajinya sekitar $300.000 setahun.",
                 [eq("sekitar $300.000", "money", "300000", "USD", "approx")], id="sekitar"),
    pytest.param("Setidaknya $100 juta dibutuhkan.",
                 [Want("Setidaknya $100 juta", "money", "100000000", None, "gte", "USD")],
                 id="setidaknya"),
    pytest.param("Beberapa juta dolar hilang.",
                 [Want("Beberapa juta dolar", "money", "2000000", "9000000", "several",
                       "USD")], id="beberapa"),
]

DATES = [
    pytest.param("Rapat diadakan pada Februari 2018.",
                 [date("Februari 2018", "2018-02")], id="month-year"),
    pytest.param("Rapat diadakan pada 14 Juli 1789.",
                 [date("14 Juli 1789", "1789-07-14")], id="day-month-year"),
    pytest.param("Pada tahun 2016, dia bergabung.", [date("2016", "2016")], id="year"),
    pytest.param("Tahun lalu perusahaan merugi.",
                 [date("Tahun lalu", None, relative="tahun lalu")], id="tahun-lalu-unresolved"),
    pytest.param("Perusahaan didirikan pada 2015. Tahun berikutnya perusahaan merekrut 30 "
                 "orang.",
                 [date("2015", "2015"),
                  date("Tahun berikutnya", "2016", relative="tahun berikutnya", anchor="2015"),
                  eq("30", "count", "30", "orang")], id="tahun-berikutnya"),
    pytest.param("Dia bekerja pada 2016-2020.",
                 [date("2016-2020", "2016/2020", "range")], id="year-range-hyphen"),
]

DURATIONS = [
    pytest.param("Proyek itu berlangsung 3 tahun.",
                 [eq("3 tahun", "duration", "3", "year")], id="tahun"),
    pytest.param("Dia tinggal tiga bulan.",
                 [eq("tiga bulan", "duration", "3", "month")], id="tiga-bulan"),
    pytest.param("Dia tinggal 10 hari.", [eq("10 hari", "duration", "10", "day")], id="hari"),
]

MULTIPLIERS = [
    pytest.param("Gajinya naik dua kali lipat.",
                 [eq("dua kali lipat", "multiplier", "2", "times")], id="dua-kali-lipat"),
    pytest.param("Penjualan naik 3 kali lipat.",
                 [eq("3 kali lipat", "multiplier", "3", "times")], id="kali-lipat"),
    pytest.param("Gajinya berlipat ganda.",
                 [eq("berlipat ganda", "multiplier", "2", "times")], id="berlipat-ganda"),
    pytest.param("Perangkat ini memiliki radio ganda.", [], id="ganda-is-dual"),
]

NON_CLAIMS = [
    pytest.param("Model GPT-3 dirilis.", [], id="GPT-3"),
    pytest.param("Dia menggunakan K80, Dota2, ChatGPT4 dan 5G.", [], id="identifiers"),
    pytest.param("Dia menjadi yang ketiga.", [], id="ketiga"),
    pytest.param("Dia datang ke-3 dalam lomba.", [], id="ke-3"),
    pytest.param("Kedua orang itu berjabat tangan.", [], id="kedua-orang"),
    pytest.param("Lihat https://example.com/news-23-66198.html untuk info.", [], id="url"),
    pytest.param("Rapat dimulai pukul 10:30.", [], id="clock-time"),
]

@pytest.mark.parametrize(("text", "wanted"), cases(globals()))
def test_extract(text: str, wanted: list[Want]) -> None:
    check(text, wanted)


def test_values_are_exact_decimals() -> None:
    (claim,) = extract_claims("Nilainya mencapai 16,4 miliar dolar.", LANG)
    assert isinstance(claim.low, Decimal)
    assert str(claim.low) == "16400000000"
    assert str(claim.high) == "16400000000"


def test_language_is_detected_when_not_given() -> None:
    claims = extract_claims("Perusahaan itu mengumpulkan dana sebesar $5 juta dari para "
                            "investor pada Februari 2019.")
    assert [(c.kind, c.lang) for c in claims] == [("money", "id"), ("date", "id")]


def test_a_part_of_a_whole_counts_the_whole_s_noun() -> None:
    claims = extract_claims("Partai berkuasa memenangi 162 dari 300 kursi.", "id")
    assert [(c.kind, c.surface, c.low) for c in claims] == [
        ("count", "162", Decimal(162)), ("count", "300", Decimal(300))]

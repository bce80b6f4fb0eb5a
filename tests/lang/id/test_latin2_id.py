"""Indonesian wave-2 forms: durations of one, descending ranges with one scale word, ages,
vague amounts, negated comparatives. Each case asserts surface, kind, exact value and unit."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

ONE_DURATION = [
    pytest.param("Dalam kurun waktu setahun, virus itu menyebar.",
                 [eq("setahun", "duration", "1", "year")], id="setahun"),
    pytest.param("Mayat itu sudah satu hari berada di sana.",
                 [eq("satu hari", "duration", "1", "day")], id="satu-hari"),
    pytest.param("Sebulan kemudian jembatan itu dibuka.",
                 [eq("Sebulan", "duration", "1", "month")], id="sebulan-kemudian"),
    pytest.param("Minum obat ini dua kali sehari.", [eq("dua kali", "count", "2", "times")],
                 id="kali-sehari-rate"),
    pytest.param("Upahnya Rp 50.000 sehari.", [eq("Rp 50.000", "money", "50000", "IDR")],
                 id="amount-sehari-rate"),
    pytest.param("Itu kebutuhan sehari-hari warga.", [], id="sehari-hari-daily"),
    pytest.param("Virus itu beredar selama setahun atau dua tahun.",
                 [eq("dua tahun", "duration", "2", "year")], id="setahun-atau-dua"),
    pytest.param("Itu berlangsung selama setahun setengah.", [], id="setahun-setengah"),
]


@pytest.mark.parametrize(("text", "wanted"), ONE_DURATION)
def test_one_duration(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


DOWNWARD_RANGE = [
    pytest.param("Fosil itu berasal dari 4,2-3,9 juta tahun lalu.",
                 [Want("dari 4,2-3,9 juta tahun", "duration", "3900000", "4200000", "range",
                       "year")], id="dash-downwards-ago"),
    pytest.param("Dia pergi tiga tahun lalu.", [eq("tiga tahun", "duration", "3", "year")],
                 id="number-years-ago"),
    pytest.param("Mereka mengumpulkan $5 juta tahun lalu.",
                 [eq("$5 juta", "money", "5000000", "USD"),
                  Want("tahun lalu", "date", qualifier="eq", relative="tahun lalu")],
                 id="money-last-year"),
]


@pytest.mark.parametrize(("text", "wanted"), DOWNWARD_RANGE)
def test_downward_range(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


NONCLAIMS_AND_QUALIFIERS = [
    pytest.param("Dr. Malar, 29 tahun, ditemukan di sana.", [], id="age-apposition"),
    pytest.param("Kematian terjadi pada orang berusia di atas 60 tahun.", [],
                 id="age-berusia-di-atas"),
    pytest.param("Dia bekerja selama 29 tahun.", [eq("29 tahun", "duration", "29", "year")],
                 id="duration-not-age"),
    pytest.param("Rapat dimulai pukul 12 WIB.", [], id="clock-wib"),
    pytest.param("Tidak lebih dari 3% penduduk diuji.",
                 [Want("Tidak lebih dari 3%", "percent", None, "3", "lte", "percent")],
                 id="tidak-lebih-dari"),
    pytest.param("Tidak kurang dari 5 orang datang.",
                 [Want("Tidak kurang dari 5", "count", "5", None, "gte", "orang")],
                 id="tidak-kurang-dari"),
]


@pytest.mark.parametrize(("text", "wanted"), NONCLAIMS_AND_QUALIFIERS)
def test_nonclaims_and_qualifiers(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


VAGUE = [
    pytest.param("Uji coba pada ratusan hingga ribuan orang.",
                 [Want("ratusan hingga ribuan", "count", "200", "9999", "several", "orang")],
                 id="ratusan-hingga-ribuan"),
    pytest.param("Beberapa rumah rusak.", [], id="beberapa-is-some"),
    pytest.param("Ratusan ribu orang mengungsi.",
                 [Want("Ratusan ribu", "count", "200000", "999000", "several", "orang")],
                 id="vague-times-scale"),
]


@pytest.mark.parametrize(("text", "wanted"), VAGUE)
def test_vague(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


BETWEEN = [
    pytest.param("Waktunya antara 6 dan 41 hari.",
                 [Want("antara 6 dan 41 hari", "duration", "6", "41", "range", "day")],
                 id="antara-dan-range"),
    pytest.param("Uang kertas dari 5 dan 100 dolar beredar.",
                 [eq("5", "money", "5", "USD"), eq("100 dolar", "money", "100", "USD")],
                 id="dari-dan-no-range"),
]


@pytest.mark.parametrize(("text", "wanted"), BETWEEN)
def test_between(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


SHARED_UNIT = [
    pytest.param("Uang kertas 5 dan 100 dolar beredar.",
                 [eq("5", "money", "5", "USD"), eq("100 dolar", "money", "100", "USD")],
                 id="dan-dolar"),
]


@pytest.mark.parametrize(("text", "wanted"), SHARED_UNIT)
def test_shared_unit(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

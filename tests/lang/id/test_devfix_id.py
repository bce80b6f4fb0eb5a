"""Indonesian forms seen wrong in the dev data (#14): a leading decimal comma, a spaced
range dash, "N+", "sen" unnamed, rates, vague amounts times a scale word and
metric-prefixed nouns."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "id"

CASES = [
    pytest.param("Angkanya berkisar dari 13,04% hingga ,08% di Selandia Baru.",
                 [eq("13,04%", "percent", "13.04", "percent")], id="leading-comma-no-claim"),
    pytest.param("Sakit tenggorokan dialami (13 -25%) pasien.",
                 [Want("13 -25%", "percent", "13", "25", "range", "percent")],
                 id="spaced-dash-is-range"),
    pytest.param("Ada 300+ orang di sana.",
                 [Want("300+", "count", "300", None, "gt", "orang")], id="plus-count"),
    pytest.param("Ia tiba dengan 4 sen atas namanya.", [], id="sen-no-claim"),
    pytest.param("Sebagian besar dari sekitar 300 juta pekerja migran terlantar.",
                 [eq("sekitar 300 juta", "count", "300000000", "pekerja", "approx")],
                 id="sekitar-is-about"),
    pytest.param("Angka kejadiannya 0,31 per 100.000 penduduk.", [], id="rate-per-100000"),
    pytest.param("Hal itu menunda ratusan ribu tes.",
                 [Want("ratusan ribu", "count", "200000", "999000", "several", "tes")],
                 id="ratusan-ribu"),
    pytest.param("Genom berukuran 26 hingga 32 kilobasa.", [], id="kilobasa-no-count"),
]

DEVGOLD = [
    pytest.param("Perkiraan awalnya adalah 1,4 hingga 2,4.", [],
                 id="fraction-range-of-nothing"),
    pytest.param("Kini tidak ada negara yang melakukan tes lebih dari 3% populasinya.",
                 [Want("lebih dari 3%", "percent", None, "3", "lte", "percent")],
                 id="negated-lebih-dari-is-at-most"),
    pytest.param("Jumlahnya tidak hanya lebih dari 300 orang.",
                 [Want("lebih dari 300", "count", "300", None, "gt", "orang")],
                 id="negation-scope-ends-at-hanya"),
    pytest.param("Rasionya adalah 6,0% (97.039/1.617.204) per 10 April 2020.",
                 [eq("6,0%", "percent", "6.0", "percent"),
                  eq("97.039", "count", "97039", None),
                  eq("1.617.204", "count", "1617204", None),
                  date("10 April 2020", "2020-04-10")], id="grouped-count-ratio"),
    pytest.param("Biayanya $2,6 miliar (dalam dolar tahun 2013). Hasilnya diharapkan pada April.",
                 [eq("$2,6 miliar", "money", "2600000000", "USD"), date("2013", "2013"),
                  date("April", None,
                       relative="month without year")], id="price-level-year-anchors-nothing"),
    pytest.param("Ia tampil di beberapa pertunjukan.",
                 [Want("beberapa", "count", "2", "9", "several", "pertunjukan")],
                 id="beberapa-noun-counts"),
    pytest.param("Beberapa jalan rusak.", [], id="beberapa-at-sentence-head-is-some"),
    pytest.param("Ini dalam beberapa hal membantunya.", [], id="beberapa-generic-noun-is-some"),
    pytest.param("Estimasi Awal Prevalensi Beberapa Kondisi Kesehatan", [],
                 id="beberapa-in-a-title-is-some"),
]


@pytest.mark.parametrize(("text", "wanted"), [*CASES, *DEVGOLD])
def test_devfix(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

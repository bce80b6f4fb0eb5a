"""Indonesian date forms: numeric dates (CLDR order d/M/yy), month words, periods and years
bounded by hingga/sampai (until)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "id"

NUMERIC = [
    pytest.param("Ia lahir pada 14/07/1983 di Jakarta.", [date("14/07/1983", "1983-07-14")],
                 id="day-first"),
    pytest.param("Toko dibuka pada 2012-06-21.", [date("2012-06-21", "2012-06-21")], id="iso"),
    # Dashes and dots are not Indonesian date separators in CLDR ('d/M/yy'), but
    # Indonesian writes them day first as well.
    pytest.param("Ia lahir pada 14-07-1983 di Jakarta.", [date("14-07-1983", "1983-07-14")],
                 id="dashed-day-first"),
    pytest.param("Ia lahir pada 4.3.2021 di Jakarta.", [date("4.3.2021", "2021-03-04")],
                 id="dotted-day-first"),
    pytest.param("Ia lahir pada 14/07/83 di Jakarta.", [], id="two-digit-year"),
]

MONTH_WORDS = [
    pytest.param("Pada 12 September 1987 ia pergi.", [date("12 September 1987", "1987-09-12")],
                 id="day-month-year"),
    pytest.param("Ia pergi pada bulan Mei 2003.", [date("Mei 2003", "2003-05")],
                 id="bulan-month-year"),
    pytest.param("Ia pergi pada bulan Mei tahun 2003.", [date("Mei tahun 2003", "2003-05")],
                 id="month-tahun-year"),
    pytest.param("Ia pergi pada 17 Agustus 1945.", [date("17 Agustus 1945", "1945-08-17")],
                 id="agustus"),
    pytest.param("Ia pergi pada 17 Agt 1945.", [date("17 Agt 1945", "1945-08-17")],
                 id="agt-abbreviation"),
    pytest.param("Ia pergi pada 10 Nopember 1945.", [date("10 Nopember 1945", "1945-11-10")],
                 id="old-spelling"),
]

PERIODS = [
    pytest.param("Penjualan melambat pada akhir 2003.", [date("akhir 2003", "2003", "approx")],
                 id="akhir"),
    pytest.param("Penjualan melambat pada awal tahun 2003.",
                 [date("awal tahun 2003", "2003", "approx")], id="awal-tahun"),
    pytest.param("Penjualan melambat pada pertengahan 2003.",
                 [date("pertengahan 2003", "2003", "approx")], id="pertengahan"),
]

BOUNDS = [
    pytest.param("Musim 2016/17 berlangsung lama.", [date("2016/17", "2016/2017", "range")],
                 id="short-year-range"),
    # A verb after the year counts nothing: still a date bound.
    pytest.param("Target hingga 2035 adalah 5 juta orang.",
                 [date("hingga 2035", "2035", "lte"), eq("5 juta", "count", "5000000", "orang")],
                 id="bound-year-then-verb"),
    pytest.param("Program ini berlaku hingga 2035.", [date("hingga 2035", "2035", "lte")],
                 id="hingga"),
    pytest.param("Program ini berlaku sampai 2035.", [date("sampai 2035", "2035", "lte")],
                 id="sampai"),
    pytest.param("Program ini berlaku hingga tahun 2035.", [date("2035", "2035")],
                 id="hingga-tahun"),
    pytest.param("Program ini berlaku sejak 2010.", [date("2010", "2010")], id="sejak"),
    pytest.param("Program ini berlangsung 2010 hingga 2015.",
                 [date("2010 hingga 2015", "2010/2015", "range")], id="range-hingga"),
]


@pytest.mark.parametrize("text,wanted", [*NUMERIC, *MONTH_WORDS, *PERIODS, *BOUNDS])
def test_dateforms(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

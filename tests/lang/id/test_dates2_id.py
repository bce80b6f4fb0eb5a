"""Indonesian dates, wave 2: decades, cross-month and year ranges, yearless days."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "id"

DECADES = [
    pytest.param("Pada tahun 1960-an, ia", [date("1960-an", "1960/1969")], id="decade"),
    pytest.param("Pada akhir 1970-an, ia", [date("1970-an", "1970/1979")], id="late-decade"),
    pytest.param("Sejak 1990an, ia", [date("1990an", "1990/1999")], id="no-hyphen"),
    pytest.param("Pada usia 60-an, ia", [], id="two-digit-no-century"),
    # "tahun" makes a small number a year ("tahun 90": the year 90), not before a decade's
    # suffix: "tahun 90-an" is the '90s, of no stated century.
    pytest.param("Pada tahun 90-an, ia", [], id="year-word-two-digit-decade"),
    pytest.param("Pada tahun 90, ia", [date("tahun 90", "0090")], id="year-word-small-year"),
    pytest.param("Pada tahun 1800-an, ia", [], id="decade-or-century"),
]


@pytest.mark.parametrize(("text", "wanted"), DECADES)
def test_decades(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


RANGES = [
    pytest.param("Dari 24 Agustus hingga 5 September 2021.",
                 [date("24 Agustus hingga 5 September 2021", "2021-08-24/2021-09-05",
                       "range")], id="cross-month"),
    pytest.param("Pada 1-10 Januari 2020, ia",
                 [date("1-10 Januari 2020", "2020-01-01/2020-01-10", "range")], id="day-range"),
    pytest.param("Antara 1 dan 10 Januari 2020, ia",
                 [date("1 dan 10 Januari 2020", "2020-01-01/2020-01-10", "range")],
                 id="between-days"),
    pytest.param("Dinasti Qing (1644-1912) berkuasa.",
                 [date("1644-1912", "1644/1912", "range")], id="early-year-range"),
    pytest.param("Ia menjabat dari 1977 hingga tahun 1981.",
                 [date("1977 hingga tahun 1981", "1977/1981", "range")],
                 id="year-range-year-word"),
]

YEARS = [
    pytest.param("Pada tahun 1624, pedagang datang.", [date("1624", "1624")], id="early-year"),
]

YEARLESS = [
    pytest.param("Diadopsi pada 4 Juli, deklarasi",
                 [date("4 Juli", None, relative="month without year")], id="day-no-year"),
]


@pytest.mark.parametrize(("text", "wanted"), [*RANGES, *YEARS, *YEARLESS])
def test_ranges_years(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


RELATIVE = [
    pytest.param("Ia datang 3 tahun lalu.", [eq("3 tahun", "duration", "3", "year")],
                 id="years-ago-not-last-year"),
    pytest.param("Manusia muncul 4,2-3,9 juta tahun lalu.",
                 [Want("4,2-3,9 juta tahun", "duration", "3900000", "4200000", "range",
                       "year")], id="falling-range-ago"),
    pytest.param("Ia mengumpulkan $5 juta tahun lalu.",
                 [eq("$5 juta", "money", "5000000", "USD"),
                  date("tahun lalu", None, relative="tahun lalu")], id="money-last-year"),
    pytest.param("Tahun lalu ia datang.", [date("Tahun lalu", None, relative="tahun lalu")],
                 id="last-year"),
]


@pytest.mark.parametrize(("text", "wanted"), RELATIVE)
def test_relative(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


MONTHS_ALONE = [
    pytest.param("Pada tahun 2020, ia. Pada akhir April, ia tumbuh.",
                 [date("2020", "2020"),
                  date("April", "2020-04", relative="month without year", anchor="2020")],
                 id="month-alone-anchored"),
    pytest.param("Pemilu yang akan berlangsung November.",
                 [date("November", None, relative="month without year")], id="month-no-year"),
    pytest.param("Pada bulan Maret, WHO.",
                 [date("Maret", None, relative="month without year")], id="after-bulan"),
    pytest.param("Ia tinggal di jalan april.", [], id="lower-case-no-month"),
]


@pytest.mark.parametrize(("text", "wanted"), MONTHS_ALONE)
def test_months_alone(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


NEAREST_YEAR = [
    pytest.param("Pada 31 Desember 2019, ia. Pada 23 Januari, kota ditutup.",
                 [date("31 Desember 2019", "2019-12-31"),
                  date("23 Januari", "2020-01-23", relative="month without year",
                       anchor="2019-12")], id="next-year-nearest"),
]


@pytest.mark.parametrize(("text", "wanted"), NEAREST_YEAR)
def test_nearest_year(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

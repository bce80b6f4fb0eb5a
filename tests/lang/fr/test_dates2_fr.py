"""French dates, wave 2: decades, cross-month and year ranges, yearless days."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "fr"

DECADES = [
    pytest.param("Dans les années 1960, elle", [date("années 1960", "1960/1969")],
                 id="decade"),
    pytest.param("À la fin des années 1970, il", [date("années 1970", "1970/1979")],
                 id="late-decade"),
    pytest.param("Au milieu des Années 1980.", [date("Années 1980", "1980/1989")],
                 id="capital"),
    pytest.param("Dans les années 60, elle", [], id="two-digit-no-century"),
    pytest.param("Dans les années 1800, il", [], id="decade-or-century"),
]


@pytest.mark.parametrize(("text", "wanted"), DECADES)
def test_decades(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


RANGES = [
    pytest.param("Du 24\u00a0août au 5\u00a0septembre 2021.",
                 [date("24\u00a0août au 5\u00a0septembre 2021", "2021-08-24/2021-09-05",
                       "range")], id="cross-month"),
    pytest.param("Entre le 1er et le 10 janvier 2020, il",
                 [date("1er et le 10 janvier 2020", "2020-01-01/2020-01-10", "range")],
                 id="between-days"),
    # Without "entre", two days of one month: two dates.
    pytest.param("Le 1er et le 10 janvier 2020, il",
                 [date("1er", "2020-01-01"), date("10 janvier 2020", "2020-01-10")],
                 id="two-days-no-between"),
    pytest.param("Du 1er au 10 janvier 2020, il",
                 [date("1er au 10 janvier 2020", "2020-01-01/2020-01-10", "range")],
                 id="day-range-au"),
    pytest.param("La dynastie Qing (1644-1912) régna.",
                 [date("1644-1912", "1644/1912", "range")], id="early-year-range"),
    pytest.param("Il a servi de 1977 à 1981.", [date("1977 à 1981", "1977/1981", "range")],
                 id="year-range"),
]

YEARS = [
    pytest.param("En 1624, des marchands vinrent.", [date("1624", "1624")], id="early-year"),
    pytest.param("Tiré en 1624 exemplaires.", [eq("1624", "count", "1624", "exemplaires")],
                 id="early-number-counts"),
]

YEARLESS = [
    pytest.param("Adoptée le 4 juillet, la déclaration",
                 [date("4 juillet", None, relative="month without year")], id="day-no-year"),
]


@pytest.mark.parametrize(("text", "wanted"), [*RANGES, *YEARS, *YEARLESS])
def test_ranges_years(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


MONTHS_ALONE = [
    pytest.param("En 2020, il. Fin avril, il grandit.",
                 [date("2020", "2020"),
                  date("avril", "2020-04", relative="month without year", anchor="2020")],
                 id="month-alone-anchored"),
    pytest.param("Les élections de novembre.",
                 [date("novembre", None, relative="month without year")], id="month-no-year"),
    pytest.param("Dans le courant du mois d’avril.",
                 [date("avril", None, relative="month without year")], id="month-after-elision"),
    pytest.param("Sortie prévue en janv. prochain.", [], id="abbreviation-alone"),
]


@pytest.mark.parametrize(("text", "wanted"), MONTHS_ALONE)
def test_months_alone(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


NEAREST_YEAR = [
    pytest.param("Le 31 décembre 2019, il. Le 23 janvier, il ferma.",
                 [date("31 décembre 2019", "2019-12-31"),
                  date("23 janvier", "2020-01-23", relative="month without year",
                       anchor="2019-12")], id="next-year-nearest"),
    pytest.param("Du 1er janvier au 15 mars 2020.",
                 [date("1er janvier au 15 mars 2020", "2020-01-01/2020-03-15", "range")],
                 id="cross-month-au"),
]


@pytest.mark.parametrize(("text", "wanted"), NEAREST_YEAR)
def test_nearest_year(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

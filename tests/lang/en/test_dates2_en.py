"""English dates, wave 2: decades, cross-month and year ranges, yearless days."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

DECADES = [
    pytest.param("Born in the 1960s, she", [date("1960s", "1960/1969")], id="decade"),
    pytest.param("By the mid-1980s it grew.", [date("1980s", "1980/1989")], id="mid-decade"),
    pytest.param("In the late 1970s it fell.", [date("1970s", "1970/1979")], id="late-decade"),
    pytest.param("Music of the 1950's.", [date("1950's", "1950/1959")], id="apostrophe"),
    pytest.param("Music of the '60s.", [], id="two-digit-no-century"),
    pytest.param("Built in the 1800s.", [], id="decade-or-century"),
    pytest.param("Wear N95 masks (series # 1860s) only.", [], id="model-number"),
]


@pytest.mark.parametrize(("text", "wanted"), DECADES)
def test_decades(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


RANGES = [
    pytest.param("Held from 24 August to 5 September 2021.",
                 [date("24 August to 5 September 2021", "2021-08-24/2021-09-05", "range")],
                 id="cross-month-day-first"),
    pytest.param("Held August 24 to September 5, 2021.",
                 [date("August 24 to September 5, 2021", "2021-08-24/2021-09-05", "range")],
                 id="cross-month-month-first"),
    pytest.param("Between 1–10 January 2020, it",
                 [date("1–10 January 2020", "2020-01-01/2020-01-10", "range")], id="day-range"),
    pytest.param("Open from 3 to 10 June 2020.",
                 [date("3 to 10 June 2020", "2020-06-03/2020-06-10", "range")],
                 id="day-range-connector"),
    pytest.param("From 1 March 2020 to 5 May 2021.",
                 [date("1 March 2020 to 5 May 2021", "2020-03-01/2021-05-05", "range")],
                 id="two-full-dates"),
    pytest.param("The Qing dynasty (1644-1912) ruled.",
                 [date("1644-1912", "1644/1912", "range")], id="early-year-range"),
    pytest.param("He served from 1977 to 1981.",
                 [date("1977 to 1981", "1977/1981", "range")], id="year-range"),
    pytest.param("It cost 1300-1500.", [Want("1300-1500", "count", "1300", "1500", "range")],
                 id="early-numbers-no-year"),
]

YEARS = [
    pytest.param("In 1624, traders came.", [date("1624", "1624")], id="early-year"),
    pytest.param("It happened in 1624 cases.", [eq("1624", "count", "1624", "cases")],
                 id="early-number-counts"),
]

YEARLESS = [
    pytest.param("Adopted on July 4, a draft was sent.",
                 [date("July 4", None, relative="month without year")], id="month-day-no-year"),
    pytest.param("In 2020 it began. By July 4, it spread.",
                 [date("2020", "2020"),
                  date("July 4", "2020-07-04", relative="month without year", anchor="2020")],
                 id="month-day-anchored"),
    pytest.param("Deaths from COVID-19 may be higher.", [], id="may-verb-after-identifier"),
    pytest.param("On 19 may 2020 it began.", [date("19 may 2020", "2020-05-19")],
                 id="lower-may-with-year"),
    # Capitalised and with a day, "May" is the month at a sentence's start too: the modal
    # before a number is no news form, a deadline or a wire dateline ("May 31 is the
    # deadline", "March 3 (Reuters) -") is (tests/test_peer_round3.py).
    pytest.param("May 5 people attend?", [date("May 5", None, relative="month without year")],
                 id="sentence-initial-may"),
]


@pytest.mark.parametrize(("text", "wanted"), [*RANGES, *YEARS, *YEARLESS])
def test_ranges_years(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


AGO = [
    pytest.param("They lived 4.2-3.9 million years ago.",
                 [Want("4.2-3.9 million years", "duration", "3900000", "4200000", "range",
                       "year")], id="falling-range-ago"),
]


@pytest.mark.parametrize(("text", "wanted"), AGO)
def test_ago(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


MONTHS_ALONE = [
    pytest.param("In 2020 it began. By the end of April, it grew.",
                 [date("2020", "2020"),
                  date("April", "2020-04", relative="month without year", anchor="2020")],
                 id="month-alone-anchored"),
    pytest.param("The vote will be called by November.",
                 [date("November", None, relative="month without year")], id="month-no-year"),
    pytest.param("In March, it began.",
                 [date("March", None, relative="month without year")], id="ambiguous-after-in"),
    pytest.param("We march on. Theresa May spoke.", [], id="ambiguous-words"),
    pytest.param("April Ryan asked.", [], id="month-as-name"),
    pytest.param("Due in Jan or so.", [], id="abbreviation-alone"),
]


@pytest.mark.parametrize(("text", "wanted"), MONTHS_ALONE)
def test_months_alone(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


NEAREST_YEAR = [
    pytest.param("On 31 December 2019 it began. In late January, it spread.",
                 [date("31 December 2019", "2019-12-31"),
                  date("January", "2020-01", relative="month without year",
                       anchor="2019-12")], id="next-year-nearest"),
    pytest.param("In March 2020 it grew. On 31 January it had started.",
                 [date("March 2020", "2020-03"),
                  date("31 January", "2020-01-31", relative="month without year",
                       anchor="2020-03")], id="same-year-nearest"),
    pytest.param("Compared over 1 January–15 March 2020.",
                 [date("1 January–15 March 2020", "2020-01-01/2020-03-15", "range")],
                 id="dash-range"),
]


@pytest.mark.parametrize(("text", "wanted"), NEAREST_YEAR)
def test_nearest_year(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

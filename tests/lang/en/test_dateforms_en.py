"""English date forms: numeric dates (CLDR order M/d/y), month words, periods, day ranges and
years bounded by an up-to word."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

NUMERIC = [
    pytest.param("She was born on 07/14/1983 in Ohio.", [date("07/14/1983", "1983-07-14")],
                 id="month-first"),
    pytest.param("The law passed on 3/4/2020.", [date("3/4/2020", "2020-03-04")],
                 id="month-first-short"),
    pytest.param("The shop opened on 2012-06-21.", [date("2012-06-21", "2012-06-21")],
                 id="iso"),
    pytest.param("The log starts at 2012-06-21T10:00Z.", [date("2012-06-21", "2012-06-21")],
                 id="iso-with-time"),
    pytest.param("The report is dated 2019/11/08.", [date("2019/11/08", "2019-11-08")],
                 id="year-first-slash"),
    # 13 cannot be a month: the only reading is day first.
    pytest.param("He left on 13/07/1983.", [date("13/07/1983", "1983-07-13")],
                 id="day-first-when-month-first-impossible"),
    # Dots are not an English date separator (CLDR 'M/d/yy'): read in the one order that
    # makes a date; where both do, the year only.
    pytest.param("It was signed 10.30.2020 in Oslo.", [date("10.30.2020", "2020-10-30")],
                 id="dotted-one-order"),
    pytest.param("It was signed 4.3.2021 in Oslo.", [date("4.3.2021", "2021")],
                 id="dotted-two-orders-year-only"),
    pytest.param("It was signed on 21-04-2016 in Oslo.", [date("21-04-2016", "2016-04-21")],
                 id="dashed-day-first"),
    pytest.param("It closed on 2023-02-30.", [], id="iso-impossible-day"),
    # Two-digit years: the century is a guess, so no claim (and no stray count).
    pytest.param("She was born on 07/14/83 in Ohio.", [], id="two-digit-year"),
    pytest.param("On 07/14/83 to 20 people.", [eq("20", "count", "20", "people")],
                 id="two-digit-year-is-no-range-end"),
    pytest.param("Half (1/2) or 3/4, open 24/7, version 1.2.3.", [],
                 id="fractions-versions"),
    # A year-first date joined by points needs two-digit months and days.
    pytest.param("It was filed on 2010.01.29 and version 2023.10.0 shipped.",
                 [date("2010.01.29", "2010-01-29")], id="dotted-year-first"),
]

MONTH_WORDS = [
    pytest.param("On Sept. 12, 1987 he left.", [date("Sept. 12, 1987", "1987-09-12")],
                 id="sept-abbreviation"),
    pytest.param("On Sep 12, 1987 he left.", [date("Sep 12, 1987", "1987-09-12")],
                 id="sep-cldr"),
    pytest.param("On the 1st of June 2020 they met.", [date("1st of June 2020", "2020-06-01")],
                 id="day-of-month"),
    pytest.param("In May of 2003 he left.", [date("May of 2003", "2003-05")], id="month-of-year"),
    pytest.param("The deal closed on January 12 of 2016.",
                 [date("January 12 of 2016", "2016-01-12")], id="month-day-of-year"),
    pytest.param("On 12 September 1987 he left.", [date("12 September 1987", "1987-09-12")],
                 id="day-month-year"),
    pytest.param("The talks ran 1-3 June 2020.",
                 [date("1-3 June 2020", "2020-06-01/2020-06-03", "range")], id="day-range"),
    pytest.param("The talks ran June 1–3, 2020.",
                 [date("June 1–3, 2020", "2020-06-01/2020-06-03", "range")],
                 id="month-day-range"),
]

PERIODS = [
    pytest.param("Sales slowed in mid-2003.", [date("mid-2003", "2003", "approx")], id="mid"),
    pytest.param("Sales slowed in early 2003.", [date("early 2003", "2003", "approx")],
                 id="early"),
    pytest.param("Sales slowed by the end of 2003.",
                 [date("the end of 2003", "2003", "approx")], id="end-of"),
    pytest.param("Sales slowed in late May 2003.", [date("late May 2003", "2003-05", "approx")],
                 id="late-month"),
]

RANGES = [
    pytest.param("The 2019/20 season was long.", [date("2019/20", "2019/2020", "range")],
                 id="short-year-range"),
    # 2010-11 may be November 2010 (ISO year-month): the year only.
    pytest.param("In 2010-11 it rose.", [date("2010-11", "2010")], id="short-year-or-month"),
    pytest.param("The crisis of 2007–08 hit hard.", [date("2007–08", "2007/2008", "range")],
                 id="short-year-range-en-dash"),
    pytest.param("In FY2019-20 revenue rose.", [], id="fiscal-year-name"),
    pytest.param("He served from 2012 to 2014.", [date("2012 to 2014", "2012/2014", "range")],
                 id="from-to"),
    pytest.param("He served 2012-2014.", [date("2012-2014", "2012/2014", "range")],
                 id="hyphen"),
]

BOUNDS = [
    pytest.param("The plan runs up to 2030.", [date("up to 2030", "2030", "lte")],
                 id="up-to-year"),
    pytest.param("The plant will close by 2030.", [date("2030", "2030")], id="by-year"),
    pytest.param("The plant stays open until 2030.", [date("2030", "2030")], id="until-year"),
    pytest.param("They hired up to 2030 workers.",
                 [Want("up to 2030", "count", None, "2030", "lte", "workers")],
                 id="up-to-count-with-noun"),
    pytest.param("Profit rose 5% in 2019.", [eq("5%", "percent", "5", "percent"),
                                             date("2019", "2019")], id="plain-year"),
]


@pytest.mark.parametrize("text,wanted", [*NUMERIC, *MONTH_WORDS, *PERIODS, *RANGES, *BOUNDS])
def test_dateforms(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

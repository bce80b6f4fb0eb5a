"""English wave-2 forms: durations of one, descending ranges with one scale word, vague
amounts, negated comparatives. Each case asserts surface, kind, exact value and unit."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

ONE_DURATION = [
    pytest.param("In one year's time, the virus spread.", [eq("one year", "duration", "1", "year")],
                 id="one-year"),
    pytest.param("It had been there for about a day.",
                 [eq("about a day", "duration", "1", "day", "approx")], id="about-a-day"),
    pytest.param("He stayed for a week in Rome.", [eq("a week", "duration", "1", "week")],
                 id="for-a-week"),
    pytest.param("A month later the bridge opened.", [eq("A month", "duration", "1", "month")],
                 id="a-month-later"),
    pytest.param("Take the pill twice a day.", [eq("twice", "count", "2", "times")],
                 id="twice-a-day-rate"),
    pytest.param("The plant makes 2,000 tonnes of steel a year.",
                 [eq("2,000 tonnes", "quantity", "2000", "metric_ton")], id="amount-a-year-rate"),
    pytest.param("She works 10 hours a day.", [eq("10 hours", "duration", "10", "hour")],
                 id="hours-a-day-rate"),
    pytest.param("One day he left the city.", [], id="one-day-idiom"),
    pytest.param("He meets them once a year.", [], id="once-a-year"),
    pytest.param("It may circulate for a year or two.", [], id="a-year-or-two"),
    pytest.param("One day later he left.", [eq("One day", "duration", "1", "day")],
                 id="one-day-later"),
    pytest.param("It took a year and a half.",
                 [eq("a year and a half", "duration", "1.5", "year")], id="a-year-and-a-half"),
]


@pytest.mark.parametrize(("text", "wanted"), ONE_DURATION)
def test_one_duration(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


DOWNWARD_RANGE = [
    pytest.param("Such fossils date from 4.2-3.9 million years ago.",
                 [Want("from 4.2-3.9 million years", "duration", "3900000", "4200000", "range",
                       "year")], id="dash-downwards"),
    pytest.param("The herd fell from 4.2 to 3.9 million animals.",
                 [eq("3.9 million", "count", "3900000", "animals")], id="change-not-range"),
    pytest.param("Humans walked upright two million years ago.",
                 [eq("two million years", "duration", "2000000", "year")], id="scale-years"),
]


@pytest.mark.parametrize(("text", "wanted"), DOWNWARD_RANGE)
def test_downward_range(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


NONCLAIMS_AND_QUALIFIERS = [
    pytest.param("Those 19 and under made up 2.4% of cases.",
                 [eq("2.4%", "percent", "2.4", "percent")], id="age-and-under"),
    pytest.param("Most deaths were in those over 60.", [], id="age-those-over"),
    pytest.param("The fatality rate is higher for those over 70 but lower for those under 40.",
                 [], id="age-those-over-then-a-conjunction"),
    pytest.param("It was presented at 12.00 GMT today.", [], id="clock-gmt"),
    pytest.param("It cost $2.6 billion (in 2013 dollars).",
                 [eq("$2.6 billion", "money", "2600000000", "USD"), date("2013", "2013")],
                 id="price-level-year"),
    pytest.param("No fewer than 5 people came.",
                 [Want("No fewer than 5", "count", "5", None, "gte", "people")],
                 id="no-fewer-than"),
    pytest.param("They tested not more than 3% of them.",
                 [Want("not more than 3%", "percent", None, "3", "lte", "percent")],
                 id="not-more-than"),
]


@pytest.mark.parametrize(("text", "wanted"), NONCLAIMS_AND_QUALIFIERS)
def test_nonclaims_and_qualifiers(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


VAGUE = [
    pytest.param("Trials enrol hundreds to thousands of people.",
                 [Want("hundreds to thousands of", "count", "200", "9999", "several", "people")],
                 id="hundreds-to-thousands"),
    pytest.param("Trials ran in several countries.",
                 [Want("several", "count", "2", "9", "several", "countries")],
                 id="several-noun"),
    pytest.param("It helped in several ways.", [], id="several-generic-noun"),
    pytest.param("Several of them left.", [], id="several-of"),
    pytest.param("They had one or several problems.", [], id="one-or-several"),
    pytest.param("Hundreds of thousands of people fled.",
                 [Want("Hundreds of thousands of", "count", "200000", "999000", "several",
                       "people")], id="vague-times-scale"),
]


@pytest.mark.parametrize(("text", "wanted"), VAGUE)
def test_vague(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


BETWEEN = [
    pytest.param("The delay has been between 6 and 41 days.",
                 [Want("between 6 and 41 days", "duration", "6", "41", "range", "day")],
                 id="between-and-range"),
]


@pytest.mark.parametrize(("text", "wanted"), BETWEEN)
def test_between(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


SHARED_UNIT = [
    pytest.param("New notes of 5 and 100 dollars circulate.",
                 [eq("5", "money", "5", "USD"), eq("100 dollars", "money", "100", "USD")],
                 id="and-dollars"),
    pytest.param("Rates rose 5 and 10 percent.",
                 [eq("5", "percent", "5", "percent"), eq("10 percent", "percent", "10", "percent")],
                 id="and-percent"),
    pytest.param("They sent 5 people and 100 dollars.",
                 [eq("5", "count", "5", "people"), eq("100 dollars", "money", "100", "USD")],
                 id="own-noun-keeps-count"),
    pytest.param("Of them, 1,261 patients or about 13% reported symptoms.",
                 [eq("1,261", "count", "1261", "patients"),
                  eq("about 13%", "percent", "13", "percent", "approx")], id="or-restates"),
]


@pytest.mark.parametrize(("text", "wanted"), SHARED_UNIT)
def test_shared_unit(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""English claim extraction: one short sentence per case, every claim it states, exactly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from extractcases import Want, cases, check_claims, date, eq
from reconcile import extract_claims

LANG = "en"


def check(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


MONEY = [
    pytest.param("The company raised $5 million in March.",
                 [eq("$5 million", "money", "5000000", "USD"),
                  date("March", None, relative="month without year")], id="symbol-scale"),
    pytest.param("The startup raised 40 million dollars from investors.",
                 [eq("40 million dollars", "money", "40000000", "USD")], id="currency-word"),
    pytest.param("They paid US$2.5 billion for the plant.",
                 [eq("US$2.5 billion", "money", "2500000000", "USD")], id="US$-billion"),
    pytest.param("The fund holds USD 300 million in bonds.",
                 [eq("USD 300 million", "money", "300000000", "USD")], id="iso-code"),
    pytest.param("The contract is worth €12 million.",
                 [eq("€12 million", "money", "12000000", "EUR")], id="euro-sign"),
    pytest.param("The deal is valued at 1.9 million euros.",
                 [eq("1.9 million euros", "money", "1900000", "EUR")], id="euros-word"),
    pytest.param("He paid $1,234,567 for the house.",
                 [eq("$1,234,567", "money", "1234567", "USD")], id="grouped-digits"),
    pytest.param("The merger was worth 16.4 billion dollars.",
                 [eq("16.4 billion dollars", "money", "16400000000", "USD")], id="decimal-billion"),
    pytest.param("The company lost a billion dollars.",
                 [eq("a billion dollars", "money", "1000000000", "USD")], id="article-scale"),
    pytest.param("It cost twenty million dollars.",
                 [eq("twenty million dollars", "money", "20000000", "USD")], id="word-scale"),
    pytest.param("The plan costs $3bn.",
                 [eq("$3bn", "money", "3000000000", "USD")], id="short-scale-bn"),
    pytest.param("The fee was $１２３ million.",
                 [eq("$１２３ million", "money", "123000000", "USD")], id="full-width-digits"),
    pytest.param("She earned $175,000 per year.",
                 [eq("$175,000", "money", "175000", "USD")], id="per-year-is-not-a-duration"),
]

LOCALE_FORMATS = [
    pytest.param("The budget was 175,000 dollars.",
                 [eq("175,000 dollars", "money", "175000", "USD")], id="comma-group"),
    # A single separator before exactly three digits groups, whatever the locale.
    pytest.param("It cost $175.000 in total.",
                 [eq("$175.000", "money", "175000", "USD")], id="dot-group-three-digits"),
    pytest.param("It cost 1,5 million dollars.",
                 [eq("1,5 million dollars", "money", "1500000", "USD")], id="comma-decimal"),
    pytest.param("The rate fell 1.9 percent.",
                 [eq("1.9 percent", "percent", "1.9", "percent")], id="dot-decimal"),
    pytest.param("The rate fell 0.25 percent.",
                 [eq("0.25 percent", "percent", "0.25", "percent")], id="leading-zero"),
    pytest.param("The economy shrank by −3% in 2020.",
                 [eq("−3%", "percent", "-3", "percent"), date("2020", "2020")],
                 id="negative-percent"),
    pytest.param("The firm has 25% of the market.",
                 [eq("25%", "percent", "25", "percent")], id="percent-sign"),
    # English does not group with spaces, but a group starting with 0 cannot be a number of
    # its own: never "175" and "000 dollars" ($0).
    pytest.param("The salary was 175 000 dollars a year.",
                 [eq("175 000 dollars", "money", "175000", "USD")], id="space-group-000"),
    pytest.param("He bought ２５ shares.",
                 [eq("２５", "count", "25", "shares")], id="full-width-count"),
]

COUNTS = [
    pytest.param("Three engineers left the team.",
                 [eq("Three", "count", "3", "engineers")], id="number-word"),
    pytest.param("The team hired 12 engineers and 3 designers.",
                 [eq("12", "count", "12", "engineers"), eq("3", "count", "3", "designers")],
                 id="two-counts"),
    pytest.param("They had 2 children.", [eq("2", "count", "2", "children")], id="digits"),
]

RANGES = [
    pytest.param("The fund will spend $10-20 million.",
                 [Want("$10-20 million", "money", "10000000", "20000000", "range", "USD")],
                 id="hyphen-scale-once"),
    pytest.param("The fund will spend $10–20 million.",
                 [Want("$10–20 million", "money", "10000000", "20000000", "range", "USD")],
                 id="en-dash"),
    pytest.param("Prices rose 10~20 percent.",
                 [Want("10~20 percent", "percent", "10", "20", "range", "percent")],
                 id="tilde"),
    pytest.param("Prices rose 10%-20%.",
                 [Want("10%-20%", "percent", "10", "20", "range", "percent")], id="unit-twice"),
    pytest.param("The firm had between 10 and 20 employees.",
                 [Want("between 10 and 20", "count", "10", "20", "range", "employees")],
                 id="between-and"),
    pytest.param("He donated between $10 million and $20 million.",
                 [Want("between $10 million and $20 million", "money", "10000000", "20000000",
                       "range", "USD")], id="between-and-money"),
    pytest.param("Prices ranged from $10 to $20 million.",
                 [Want("from $10 to $20 million", "money", "10000000", "20000000", "range",
                       "USD")], id="from-to"),
    pytest.param("It will take 10 to 15 years.",
                 [Want("10 to 15 years", "duration", "10", "15", "range", "year")],
                 id="to-duration"),
]

QUALIFIERS = [
    pytest.param("More than 200 people attended the launch.",
                 [Want("More than 200", "count", "200", None, "gt", "people")], id="more-than"),
    pytest.param("At least 40 researchers signed the letter.",
                 [Want("At least 40", "count", "40", None, "gte", "researchers")],
                 id="at-least"),
    pytest.param("The grant was about $1 billion in total.",
                 [eq("about $1 billion", "money", "1000000000", "USD", "approx")], id="about"),
    pytest.param("He gave nearly $44 million to the charity.",
                 [eq("nearly $44 million", "money", "44000000", "USD", "approx")], id="nearly"),
    pytest.param("Fewer than 50 staff remain.",
                 [Want("Fewer than 50", "count", None, "50", "lt", "staff")], id="fewer-than"),
    pytest.param("Up to 500 workers lost their jobs.",
                 [Want("Up to 500", "count", None, "500", "lte", "workers")], id="up-to"),
    pytest.param("Several million dollars were pledged.",
                 [Want("Several million dollars", "money", "2000000", "9000000", "several",
                       "USD")], id="several-scale"),
    pytest.param("Several $50 million dollars were pledged.",
                 [Want("Several $50 million dollars", "money", "100000000", "450000000",
                       "several", "USD")], id="several-amount"),
    pytest.param("Tens of millions of dollars were spent.",
                 [Want("Tens of millions of dollars", "money", "20000000", "99000000",
                       "several", "USD")], id="tens-of-millions"),
]

DATES = [
    pytest.param("The company was founded in 2015.", [date("2015", "2015")], id="year"),
    pytest.param("The memo was sent on March 3, 2020.",
                 [date("March 3, 2020", "2020-03-03")], id="month-day-year"),
    pytest.param("It was sent in March 2020 by Altman.",
                 [date("March 2020", "2020-03")], id="month-year"),
    pytest.param("The museum opened on 14 July 1789.",
                 [date("14 July 1789", "1789-07-14")], id="day-month-year"),
    pytest.param("He left last year.",
                 [date("last year", None, relative="last year")], id="last-year-unresolved"),
    pytest.param("The firm was founded in 2015. The following year it hired 30 people.",
                 [date("2015", "2015"),
                  date("The following year", "2016", relative="the following year",
                       anchor="2015"),
                  eq("30", "count", "30", "people")], id="following-year-resolved"),
    pytest.param("The survey ran from 2016 to 2020.",
                 [date("2016 to 2020", "2016/2020", "range")], id="year-range-to"),
    pytest.param("He worked there in 2016-2020.",
                 [date("2016-2020", "2016/2020", "range")], id="year-range-hyphen"),
    pytest.param("The 2016–17 season was long.", [date("2016–17", "2016/2017", "range")],
                 id="abbreviated-year-range"),
]

DURATIONS = [
    pytest.param("The trial lasted 18 months.",
                 [eq("18 months", "duration", "18", "month")], id="months"),
    pytest.param("The outage lasted 72 hours.",
                 [eq("72 hours", "duration", "72", "hour")], id="hours"),
    pytest.param("The project took three years.",
                 [eq("three years", "duration", "3", "year")], id="word-years"),
    pytest.param("They built it in 2 weeks.",
                 [eq("2 weeks", "duration", "2", "week")], id="weeks"),
    pytest.param("She spoke for a decade.",
                 [eq("a decade", "duration", "10", "year")], id="decade"),
]

MULTIPLIERS = [
    pytest.param("Revenue doubled after the merger.",
                 [eq("doubled", "multiplier", "2", "times")], id="doubled"),
    pytest.param("Profits tripled after the merger.",
                 [eq("tripled", "multiplier", "3", "times")], id="tripled"),
    pytest.param("Sales grew 100 times.",
                 [eq("100 times", "multiplier", "100", "times")], id="times"),
    pytest.param("Revenue was twice as high.",
                 [eq("twice", "multiplier", "2", "times")], id="twice"),
    pytest.param("Salaries grew threefold.",
                 [eq("threefold", "multiplier", "3", "times")], id="threefold"),
    pytest.param("Salaries rose 10× after the deal.",
                 [eq("10×", "multiplier", "10", "times")], id="times-sign"),
    pytest.param("Salaries rose 10x after the deal.",
                 [eq("10x", "multiplier", "10", "times")], id="x-suffix"),
]

NON_CLAIMS = [
    pytest.param("The model GPT-3 was released.", [], id="GPT-3"),
    pytest.param("The K80 GPU was used to play Dota2.", [], id="K80-Dota2"),
    pytest.param("ChatGPT4 is popular, and so are 5G phones.", [], id="ChatGPT4-5G"),
    pytest.param("He came third in the race.", [], id="ordinal-word"),
    pytest.param("He is 3rd in line.", [], id="ordinal-suffix"),
    pytest.param("See https://example.com/news-23-66198.html for more.", [], id="url"),
    pytest.param("The meeting began at 10:30 in the morning.", [], id="clock-time"),
    pytest.param("The two men shook hands.", [], id="the-two"),
    pytest.param("The iPhone 15 launched at $799.", [eq("$799", "money", "799", "USD")],
                 id="product-name-spaced"),
]


@pytest.mark.parametrize(("text", "wanted"), cases(globals()))
def test_extract(text: str, wanted: list[Want]) -> None:
    check(text, wanted)


def test_values_are_exact_decimals() -> None:
    (claim,) = extract_claims("The merger was worth 16.4 billion dollars.", LANG)
    assert isinstance(claim.low, Decimal)
    assert str(claim.low) == "16400000000"
    assert str(claim.high) == "16400000000"


def test_offsets_point_into_a_multi_sentence_text() -> None:
    text = "Intro line.\n\nIn 2015, he paid $10 million. Later, more than 200 people joined."
    claims = extract_claims(text, LANG)
    assert [c.surface for c in claims] == ["2015", "$10 million", "more than 200"]
    for claim in claims:
        assert text[claim.start:claim.end] == claim.surface
        assert claim.start < claim.end
        assert claim.surface in claim.sentence


@pytest.mark.parametrize("text", ["The memo is dated February 30, 2020.",
                                  "It happened on 31 April 2019."])
def test_impossible_calendar_dates_are_not_reported(text: str) -> None:
    for claim in extract_claims(text, LANG):
        if claim.date is not None and len(claim.date) == len("YYYY-MM-DD"):
            dt.date.fromisoformat(claim.date)


def test_language_is_detected_when_not_given() -> None:
    claims = extract_claims("The company raised $5 million from investors in 2019.")
    assert [(c.kind, c.lang) for c in claims] == [("money", "en"), ("date", "en")]


@pytest.mark.parametrize("text", [
    "She will earn a reported €12 million a year before bonuses.",
    "The club pays him two million a year after tax.",
])
def test_a_time_unit_after_an_amount_is_a_rate_not_a_span(text: str) -> None:
    claims = extract_claims(text, "en")
    assert [c.kind for c in claims] == [claims[0].kind] and claims[0].kind in ("money", "count")


def test_a_part_of_a_whole_counts_the_whole_s_noun() -> None:
    claims = extract_claims("The ruling party won 162 of the 300 seats.", "en")
    assert [(c.kind, c.surface, c.low) for c in claims] == [
        ("count", "162", Decimal(162)), ("count", "300", Decimal(300))]
    # Without a function word between them, two numbers are no part and whole: "162 300"
    # may as well be 162,300 grouped by a space, so neither is read (never 300 alone).
    assert [c.surface for c in extract_claims("Seats: 162 300 seats.", "en")] == []
    assert [c.surface for c in extract_claims("Seats: 1623 300 seats.", "en")] == ["300"]

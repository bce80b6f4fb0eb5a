"""English forms that made lone facts on faithful translations (issue #15): clock times with
a time zone ("1200 GMT"), a count before its share in parentheses, the last N days, apposed
ages, feet and pounds."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q
from reconcile import extract_claims

LANG = "en"

REFERENCES = [
    pytest.param("Whether either of these two leads to the same benefit is unclear.", [],
                 id="these-two"),
]

ORDINAL_RANGES = [
    pytest.param("The RBD is in the 318th to 510th amino acids.", [], id="ordinal-range"),
]

OCCURRENCES = [
    pytest.param("Tokyo will be the only Asian city to have hosted the Summer Games twice.",
                 [eq("twice", "count", "2", "times")], id="twice-occurrences"),
    pytest.param("We can escalate the data extraction to twice weekly.",
                 [eq("twice", "count", "2", "times")], id="twice-weekly"),
    pytest.param("He visited Paris three times.", [eq("three times", "count", "3", "times")],
                 id="three-times-occurrences"),
    pytest.param("There may be five times more cases in Iran.",
                 [eq("five times", "multiplier", "5", "times")], id="times-more-multiplier"),
    pytest.param("It carries more than 8 times as much water.",
                 [Want("more than 8 times", "multiplier", "8", None, "gt", "times")],
                 id="times-as-much-multiplier"),
    pytest.param("It is three times the size of Wales.",
                 [eq("three times", "multiplier", "3", "times")], id="times-the-multiplier"),
    pytest.param("Sales grew 100 times.", [eq("100 times", "multiplier", "100", "times")],
                 id="change-verb-multiplier"),
    # A valuation multiple (was a count of 30 times)
    pytest.param("The stock trades at 30 times earnings.",
                 [eq("30 times", "multiplier", "30", "times")], id="valuation-multiple"),
    pytest.param("Revenue was twice as high.", [eq("twice", "multiplier", "2", "times")],
                 id="twice-as-multiplier"),
    pytest.param("2 times 3 is 6.", [], id="product-no-claim"),
]

TERRITORY_MONEY = [
    # A qualifier from CLDR's names ("Canadian dollar") names the "$" of the amounts it
    # stands before, and of those coordinated with them (extraction/qualified.py).
    pytest.param("He engraved the new Canadian $5 and $100 bills.",
                 [eq("$5", "money", "5", "CAD"), eq("$100", "money", "100", "CAD")],
                 id="canadian-dollar-bills"),
]

CLOCK = [
    pytest.param("The vehicle was taken away at approximately 1200 GMT on the same day.", [],
                 id="hhmm-gmt"),
    pytest.param("The raid began at 0930 UTC.", [], id="hhmm-utc"),
    pytest.param("The games began at 10 a.m.", [], id="am"),
    pytest.param("The plant made 1200 GM engines.", [eq("1200", "count", "1200", "gm")],
                 id="hhmm-needs-zone-word"),
]

SHARES = [
    pytest.param("Of these 7,162 cases, 4,470 (62.4%) had none of these conditions.",
                 [eq("7,162", "count", "7162", "cases"), eq("4,470", "count", "4470", None),
                  eq("62.4%", "percent", "62.4", "percent")], id="count-before-share"),
    pytest.param("In 2019 (45%) of them voted.", [Want("2019", "date", date="2019"),
                                                  eq("45%", "percent", "45", "percent")],
                 id="year-before-share"),
]

SPANS = [
    pytest.param("Countries visited in the last 14 days.",
                 [eq("14 days", "duration", "14", "day")], id="last-days"),
]

AGES = [
    pytest.param("The virus was isolated from a 7-month-old child.", [], id="month-old"),
    pytest.param("Severe cases are most common in those older than 60 years.", [],
                 id="older-than-years"),
    pytest.param("Swabs are taken from children younger than 5 years.", [],
                 id="younger-than-years"),
    pytest.param("Infections were mainly at the age of 30-65.", [], id="age-of-range"),
    pytest.param("People aged over 60 are at risk.", [], id="aged-over"),
    pytest.param("The victims are Nicholas Alden, 25, and Zachary Cuddeback, 21.", [],
                 id="apposed-age"),
]

UNITS = [
    pytest.param("The ward was flooded 20 feet deep.", [q("20 feet", "20", "foot")],
                 id="feet"),
    pytest.param("Both satellites weighed over 1,000 pounds.",
                 [Want("over 1,000 pounds", "quantity", "1000", None, "gt", "pound")],
                 id="pounds-mass"),
]


ALL = [
    *ORDINAL_RANGES, *OCCURRENCES,
    *REFERENCES, *TERRITORY_MONEY, *CLOCK, *SHARES, *SPANS, *AGES, *UNITS,
]


@pytest.mark.parametrize(("text", "wanted"), ALL)
def test_singles(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


def test_a_number_before_last_year_keeps_the_date() -> None:
    # "last year" does not open with its unit: "won 12 last year" is no "12 years ago".
    claims = extract_claims("The team won 12 last year.", "en")
    assert [(c.surface, c.relative) for c in claims if c.kind == "date"] == [
        ("last year", "last year")]


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Canadian officials paid $5 million.",
                 [eq("$5 million", "money", "5000000", "USD")], id="adjective-not-next"),
    pytest.param("He paid $5 and left for Canada.", [eq("$5", "money", "5", "USD")],
                 id="territory-later"),
    pytest.param("It costs Australian $20.", [eq("$20", "money", "20", "AUD")],
                 id="australian"),
])
def test_a_qualifier_names_the_dollar_only_next_to_it(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, "en")

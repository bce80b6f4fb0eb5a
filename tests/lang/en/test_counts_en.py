"""English counts: vague amounts, verbs of exceeding, headline casualty counts, and
qualifier false friends; every claim of a sentence, exactly."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"


def several(surface: str, kind: str, low: str, high: str, unit: str | None) -> Want:
    return Want(surface, kind, low, high, "several", unit)


def gt(surface: str, kind: str, value: str, unit: str | None) -> Want:
    return Want(surface, kind, value, None, "gt", unit)


VAGUE = [
    pytest.param("Hundreds of people were evacuated.",
                 [several("Hundreds of", "count", "200", "999", "people")], id="hundreds-of"),
    pytest.param("Dozens died in the fire.",
                 [several("Dozens", "count", "24", "99", "died")], id="dozens"),
    pytest.param("Dozens of homes burned.",
                 [several("Dozens of", "count", "24", "99", "homes")], id="dozens-of"),
    pytest.param("Thousands of homes were flooded.",
                 [several("Thousands of", "count", "2000", "9999", "homes")], id="thousands-of"),
    pytest.param("Tens of thousands of people marched.",
                 [several("Tens of thousands of", "count", "20000", "99000", "people")],
                 id="tens-of-thousands"),
    pytest.param("Hundreds of thousands of people fled.",
                 [several("Hundreds of thousands of", "count", "200000", "999000", "people")],
                 id="hundreds-of-thousands"),
    # "a few" alone is figurative as often as not ("a few steps away"): no claim; with a
    # unit or scale word it still is one.
    pytest.param("A few people came.", [], id="a-few-alone"),
    pytest.param("It took a few weeks.",
                 [several("a few weeks", "duration", "2", "5", "week")], id="a-few-weeks"),
    pytest.param("Hundreds of millions of dollars were lost.",
                 [several("Hundreds of millions of dollars", "money", "200000000",
                          "999000000", "USD")], id="hundreds-of-millions-stays-scaled"),
    pytest.param("Hundreds.", [], id="no-noun-no-claim"),
    # Dev-gold rule: "several" right before a noun counts it (2 to 9).
    pytest.param("Several people came.", [several("Several", "count", "2", "9", "people")],
                 id="several-noun"),
]

EXCEED = [
    pytest.param("The death toll tops 2,300.", [gt("tops 2,300", "count", "2300", None)],
                 id="tops"),
    pytest.param("The toll could top 5,000 people.",
                 [gt("could top 5,000", "count", "5000", "people")], id="could-top"),
    pytest.param("The toll topped 300 people.",
                 [gt("topped 300", "count", "300", "people")], id="topped"),
    pytest.param("The toll surpassed 300 people.",
                 [gt("surpassed 300", "count", "300", "people")], id="surpassed"),
    pytest.param("The number exceeds 300 people.",
                 [gt("exceeds 300", "count", "300", "people")], id="exceeds"),
    pytest.param("The top 10 companies grew.", [eq("10", "count", "10", "companies")],
                 id="top-is-no-verb"),
]

HEADLINES = [
    pytest.param("31 killed in ferry fire", [eq("31", "count", "31", "killed")],
                 id="killed"),
    pytest.param("12 dead after storm", [eq("12", "count", "12", "dead")], id="dead"),
    pytest.param("2 Results of the survey", [], id="section-number-heading"),
]

FALSE_FRIENDS = [
    pytest.param("Assets exceeded liabilities by $300 million.",
                 [eq("$300 million", "money", "300000000", "USD")], id="exceeded-by"),
    pytest.param("Sales more than doubled.",
                 [Want("more than doubled", "multiplier", "2", None, "gt", "times")],
                 id="more-than-doubled"),
    pytest.param("The quake was followed by 40 aftershocks.",
                 [eq("40", "count", "40", "aftershocks")], id="aftershocks"),
]


@pytest.mark.parametrize(("text", "wanted"), [*VAGUE, *EXCEED, *HEADLINES, *FALSE_FRIENDS])
def test_counts(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""An amount written in two units of one currency is one amount ([compound_money] data):
the first part alone would be a wrong value (issue #14)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

CASES = [
    pytest.param("The ticket cost 2 dollars and 30 cents.",
                 [eq("2 dollars and 30 cents", "money", "2.30", "USD")], id="dollars-cents"),
    pytest.param("He paid $5 and 4 cents.", [eq("$5 and 4 cents", "money", "5.04", "USD")],
                 id="symbol-cents"),
    pytest.param("It cost $2 and 30 people came.",
                 [eq("$2", "money", "2", "USD"), eq("30", "count", "30", "people")],
                 id="no-minor-unit"),
    # Two digits after the amount's currency word are its hundredths, also before a word
    # that opens no counted noun ([counts] stop).
    pytest.param("The ticket cost 3 pounds 50 until May.",
                 [eq("3 pounds 50", "money", "3.5", "GBP"),
                  date("May", None, relative="month without year")],
                 id="bare-hundredths-then-preposition"),
    # Spelled, the hundredths are a number word below a hundred.
    pytest.param("The fine was thirteen dollars forty five.",
                 [eq("thirteen dollars forty five", "money", "13.45", "USD")],
                 id="spelled-hundredths"),
    pytest.param("It cost two dollars five.", [eq("two dollars five", "money", "2.05", "USD")],
                 id="spelled-one-digit-hundredths"),
    pytest.param("It cost ten dollars, five people said.",
                 [eq("ten dollars", "money", "10", "USD"), eq("five", "count", "5", "people")],
                 id="spelled-after-comma-is-a-count"),
    pytest.param("It cost ten dollars five people said.",
                 [eq("ten dollars", "money", "10", "USD"), eq("five", "count", "5", "people")],
                 id="spelled-before-noun-is-a-count"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_compound_money(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

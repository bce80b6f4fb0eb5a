"""A weekday name with a day and month in brackets after it, the way news dates an event
without its year ("Kamis (12/3)"): a yearless date, in the order of the language's numeric
dates. Two numbers in brackets with no weekday before them are no date."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

CASES = [
    pytest.param("The government said on Thursday (3/12) that 100 people tested positive.",
                 [date("3/12", None, relative="month without year"),
                  eq("100", "count", "100", "people")],
                 id="weekday"),
    pytest.param("The final score (3/12) was close.", [], id="no-weekday"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_weekday_day_month(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

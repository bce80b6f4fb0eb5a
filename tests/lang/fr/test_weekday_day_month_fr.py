"""A weekday name with a day and month in brackets after it, the way news dates an event
without its year ("Kamis (12/3)"): a yearless date, in the order of the language's numeric
dates. Two numbers in brackets with no weekday before them are no date."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "fr"

CASES = [
    pytest.param("Le gouvernement a annoncé jeudi (12/3) que 100 personnes étaient positives.",
                 [date("12/3", None, relative="month without year"),
                  eq("100", "count", "100", "personnes")],
                 id="weekday"),
    pytest.param("Le score final (12/3) était serré.", [], id="no-weekday"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_weekday_day_month(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""A small whole number and a slash fraction are one number ("10 1/2 miles" = 10.5 miles;
was a count "more than 10"); one with no exact decimal ("3 1/3") gives no claim; a year
before a fraction stays a year."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq, q

LANG = "en"

CASES = [
    pytest.param("It takes more than 10 1/2 miles of cable.",
                 [Want("more than 10 1/2 miles", "quantity", "10.5", None, "gt", "mile")],
                 id="mixed-bound"),
    pytest.param("He ran 26 1/5 miles.", [q("26 1/5 miles", "26.2", "mile")], id="fifths"),
    pytest.param("The index rose 7 3/4 points.", [eq("7 3/4", "count", "7.75", "points")],
                 id="quarters"),
    pytest.param("It weighed 3 1/3 pounds of flour.", [], id="no-exact-decimal"),
    pytest.param("In 2019 1/2 of them left.", [date("2019", "2019")], id="year-stays"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_mixed_fractions(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""English forms found by faithful five-language stories (nineteenth round): two days of a
month that follow each other, joined by "and", are one span of them ("6 and 7 May", as
"May 6-7"); others stay two dates; "three times those of" compares."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

CASES = [
    pytest.param("The committee meets on 6 and 7 May.",
                 [date("6 and 7 May", None, "range", relative="month without year")],
                 id="two-days-that-follow"),
    pytest.param("It happened on 3 and 10 May.",
                 [date("3", None, relative="month without year"),
                  date("10 May", None, relative="month without year")],
                 id="two-days-apart"),
    pytest.param("Votes were cast on 4 and 5 March 2024.",
                 [date("4 and 5 March 2024", "2024-03-04/2024-03-05", "range")],
                 id="two-days-with-a-year"),
    pytest.param("Advance ticket sales were three times those of the previous film.",
                 [eq("three times", "multiplier", "3", "times")],
                 id="times-those-of"),
    pytest.param("He won three times this season.",
                 [eq("three times", "count", "3", "times")],
                 id="times-as-occurrences"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round19(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

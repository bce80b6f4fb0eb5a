"""English forms found by faithful five-language stories (eighteenth round): a quarter without a
year is read in a sentence without digits too, and one followed by a relative year ("the
third quarter of next year") is of that year; "a workforce of 51,000" counts the noun before
it; a range of dates may have a comma after its first year; a change in bare points to a
percent is in percentage points."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

CASES = [
    pytest.param("Sales fell in the third quarter, the company said.",
                 [date("third quarter", None, "range", relative="month without year")],
                 id="quarter-in-a-sentence-without-digits"),
    pytest.param("It will open in the third quarter of next year.",
                 [date("third quarter", None, "range", relative="month without year"),
                  date("next year", None, relative="next year")],
                 id="quarter-of-next-year"),
    pytest.param("The merged group will have a combined workforce of 51,000.",
                 [Want("51,000", "count", "51000", "51000", "eq", None)],
                 id="noun-before-of"),
    pytest.param("She died at the age of 58.", [], id="age-of-is-no-count"),
    pytest.param("A strike lasted from December 5, 2019, to January 20, 2020.",
                 [date("December 5, 2019, to January 20, 2020", "2019-12-05/2020-01-20",
                       "range")],
                 id="date-range-with-comma-after-the-year"),
    pytest.param("The share rose 6 points to 31%.",
                 [eq("6 points", "percent", "6", "percentage point"),
                  eq("31%", "percent", "31", "percent")], id="points-to-a-percent"),
    pytest.param("The index fell 2,216 points, or 5.8%.",
                 [eq("2,216", "count", "2216", "points"), eq("5.8%", "percent", "5.8", "percent")],
                 id="index-points-stay-a-count"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round18(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""English forms found by faithful five-language stories (eighteenth round): a quarter
without a year is read in a sentence without digits too, and one followed by a relative
year ("the third quarter of next year") is of that year."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "en"

CASES = [
    pytest.param("Sales fell in the third quarter, the company said.",
                 [date("third quarter", None, "range", relative="month without year")],
                 id="quarter-in-a-sentence-without-digits"),
    pytest.param("It will open in the third quarter of next year.",
                 [date("third quarter", None, "range", relative="month without year"),
                  date("next year", None, relative="next year")],
                 id="quarter-of-next-year"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round18(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

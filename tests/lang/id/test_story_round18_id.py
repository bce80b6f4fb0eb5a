"""Indonesian forms found by faithful five-language stories (eighteenth round): a quarter
without a year is read in a sentence without digits too."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "id"

CASES = [
    pytest.param("Penjualan turun pada kuartal ketiga.",
                 [date("kuartal ketiga", None, "range", relative="month without year")],
                 id="quarter-in-a-sentence-without-digits"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round18(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

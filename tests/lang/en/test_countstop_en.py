"""English: a preposition that opens a place or a time, a verb or a relative pronoun after
a number hides no counted noun ("3 million in France" counts no France, "5 are in
hospital" no "are"); a noun before it still counts."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("There were 3 million people in France.",
                 [eq('3 million', 'count', '3000000', 'people')],
                 id="noun-then-place"),
    pytest.param("Of the 16 labs, 7 in Asia and 2 in Africa.",
                 [eq('16', 'count', '16', 'labs'), eq('7', 'count', '7', None),
                  eq('2', 'count', '2', None)],
                 id="list-of-places"),
    pytest.param("About 1.3 billion in India were under lockdown.",
                 [eq('About 1.3 billion', 'count', '1300000000', None, 'approx')],
                 id="scaled-place"),
    pytest.param("Of these, 5 are in hospital and 12 were sent home.",
                 [eq('5', 'count', '5', None), eq('12', 'count', '12', None)],
                 id="verb-after"),
    pytest.param("Of the passengers, 3 who fled are missing.",
                 [eq('3', 'count', '3', None)],
                 id="relative-pronoun"),
    pytest.param("It has 300 employees.",
                 [eq('300', 'count', '300', 'employees')],
                 id="noun-still-counted"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_count_stop(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""English: a preposition that opens a place or a time after a number hides no counted
noun ("3 million in France" counts no France); a noun before it still counts."""

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
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_count_stop(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

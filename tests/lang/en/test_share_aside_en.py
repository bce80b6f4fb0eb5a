"""A share in brackets between a number and its counted noun: the noun is the number's
(it was a bare count); the share is a claim of its own."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("Of these, 74,439 (60.7%) cases were confirmed.",
                 [eq("74,439", "count", "74439", "cases"),
                  eq("60.7%", "percent", "60.7", "percent")], id="share-then-noun"),
    pytest.param("Of these, 358 (78%) were men.",
                 [eq("358", "count", "358", None), eq("78%", "percent", "78", "percent")],
                 id="share-then-verb"),
    # A range in brackets is the spread of a value in a unit (test_spreads_en.py): the
    # value takes the unit, the bare range is no count.
    pytest.param("It took an average of 5 (2-9) days.",
                 [eq("5 (2-9) days", "duration", "5", "day")], id="range-aside"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_share_aside(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

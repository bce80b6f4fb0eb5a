"""A decimal point spelled out between two spelled numbers: one number when one digit word
follows the point ("three point five million"); any other form gives no claim, since read
apart they would be two wrong numbers (issue #14: never a wrong value on a spelled form)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("Some three point five million people fled.",
                 [eq("Some three point five million", "count", "3500000", "people", "approx")],
                 id="spelled-point"),
    pytest.param("Twenty-three point five percent agreed.",
                 [eq("Twenty-three point five percent", "percent", "23.5", "percent")],
                 id="spelled-point-percent"),
    pytest.param("One point five million people marched.",
                 [eq("One point five million", "count", "1500000", "people")],
                 id="one-point-five"),
    pytest.param("It grew three point one percent.",
                 [eq("three point one percent", "percent", "3.1", "percent")],
                 id="point-one"),
    # Digits after the point read one by one, or a larger number: no claim, and no piece.
    pytest.param("It grew three point two five percent.", [], id="two-digits-unread"),
    pytest.param("It grew three point fifteen percent.", [], id="teen-unread"),
    # "a" is no number.
    pytest.param("It was a point five people agreed on.", [], id="article-a"),
    pytest.param("At that point 5 people left.", [eq("5", "count", "5", "people")],
                 id="word-elsewhere"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spelled_point(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

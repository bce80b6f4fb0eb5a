"""A unit of length, a per-word and a time unit are a speed (the length alone was read:
a false unit beside a translation's km/h)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, q

LANG = "en"

CASES = [
    pytest.param("Winds of 120 km per hour damaged homes.",
                 [q("120 km per hour", "120", "kilometer / hour")], id="km-per-hour"),
    pytest.param("Winds of 120 km an hour damaged homes.",
                 [q("120 km an hour", "120", "kilometer / hour")], id="km-an-hour"),
    # A rate per day is no speed; the length stays.
    pytest.param("He ran 5 km a day.", [q("5 km", "5", "kilometer")], id="per-day"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_per_time_speeds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

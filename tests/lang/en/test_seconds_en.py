"""Seconds are a duration unit (CLDR's duration-second words), compared in days with
the other durations."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param('Rub the gel in for 30 seconds.',
                 [eq('30 seconds', 'duration', '30', 'second')],
                 id='seconds'),
    pytest.param('The record is 9.58 seconds.',
                 [eq('9.58 seconds', 'duration', '9.58', 'second')],
                 id='decimal-seconds'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_seconds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

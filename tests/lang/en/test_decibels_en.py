"""A sound level in decibels is read like the other languages read it: a count of
decibels (CJK: the unit word stands where a counter would)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param('The noise fell by 35 decibels.',
                 [eq('35', 'count', '35', 'decibels')],
                 id='decibels'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_decibels(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

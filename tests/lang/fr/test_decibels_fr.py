"""A sound level in decibels is read like the other languages read it: a count of
decibels (CJK: the unit word stands where a counter would)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param('Le bruit a baissé de 35 décibels.',
                 [eq('35', 'count', '35', 'décibels')],
                 id='decibels'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_decibels(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

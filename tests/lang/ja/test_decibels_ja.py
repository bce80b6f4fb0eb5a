"""A sound level in decibels is read like the other languages read it: a count of
decibels (CJK: the unit word stands where a counter would)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param('騒音は35デシベル下がった。',
                 [eq('35デシベル', 'count', '35', 'decibels')],
                 id='katakana'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_decibels(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""A sound level in decibels is read like the other languages read it: a count of
decibels (CJK: the unit word stands where a counter would)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param('噪音降低了 35 分贝。',
                 [eq('35 分贝', 'count', '35', 'decibels')],
                 id='simplified'),
    pytest.param('飞机起飞时噪音达到 120 分貝。',
                 [eq('120 分貝', 'count', '120', 'decibels')],
                 id='traditional'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_decibels(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

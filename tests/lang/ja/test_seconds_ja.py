"""Seconds are a duration unit (CLDR's duration-second words), compared in days with
the other durations."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param('ジェルを30秒間こすってください。',
                 [eq('30秒', 'duration', '30', 'second')],
                 id='byoukan'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_seconds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

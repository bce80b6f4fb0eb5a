"""Seconds are a duration unit (CLDR's duration-second words), compared in days with
the other durations."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param('Gosok gel itu selama 30 detik.',
                 [eq('30 detik', 'duration', '30', 'second')],
                 id='detik'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_seconds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

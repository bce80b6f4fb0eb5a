"""Seconds are a duration unit (CLDR's duration-second words), compared in days with
the other durations."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param('Frottez le gel pendant 30 secondes.',
                 [eq('30 secondes', 'duration', '30', 'second')],
                 id='secondes'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_seconds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

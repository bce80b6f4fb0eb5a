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
    # "seconde" is also the ordinal "second": a span only where spans are written.
    pytest.param('Une seconde vague est redoutée.', [], id='seconde-vague'),
    pytest.param('Attendez une seconde, a-t-il dit.', [], id='attendez-une-seconde'),
    pytest.param('Le signal a duré pendant une seconde.',
                 [eq('une seconde', 'duration', '1', 'second')], id='pendant-une-seconde'),
    pytest.param('Une seconde plus tard, tout a explosé.',
                 [eq('Une seconde', 'duration', '1', 'second')], id='une-seconde-plus-tard'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_seconds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

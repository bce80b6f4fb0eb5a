"""Seconds are a duration unit (CLDR's duration-second words), compared in days with
the other durations."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

CASES = [
    pytest.param('Rub the gel in for 30 seconds.',
                 [eq('30 seconds', 'duration', '30', 'second')],
                 id='seconds'),
    pytest.param('The record is 9.58 seconds.',
                 [eq('9.58 seconds', 'duration', '9.58', 'second')],
                 id='decimal-seconds'),
    # "second" is also an ordinal: after a tens word ("twenty second" = 22nd, or a 20-second
    # adjective) no claim; after an article, a span only where spans are written.
    pytest.param('It was his twenty second time at the summit.', [], id='tens-second-ordinal'),
    pytest.param("I'll go back twenty second of June.",
                 [date('June', None, relative='month without year')], id='tens-second-day'),
    pytest.param('There was a one hundred and twenty second pause.', [],
                 id='hundred-tens-second'),
    pytest.param('He ran the race in twenty seconds.',
                 [eq('twenty seconds', 'duration', '20', 'second')], id='tens-seconds-plural'),
    pytest.param('Twenty people came for a second time.',
                 [eq('Twenty', 'count', '20', 'people')], id='a-second-time'),
    pytest.param('For a second, nothing happened.',
                 [eq('a second', 'duration', '1', 'second')], id='for-a-second'),
    pytest.param('A second later the lights went out.',
                 [eq('A second', 'duration', '1', 'second')], id='a-second-later'),
    pytest.param('It lasted one second.', [eq('one second', 'duration', '1', 'second')],
                 id='one-second'),
    # A fraction before the article: half of one, not one.
    pytest.param('Half a second later the lights went out.',
                 [eq('Half a second', 'duration', '0.5', 'second')], id='half-a-second'),
    pytest.param('Half a day later, rescuers arrived.',
                 [eq('Half a day', 'duration', '0.5', 'day')], id='half-a-day'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_seconds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""A duration written in two or more units is one duration in the smallest (common.toml
[compound_measures] durations): "3 years and 6 months" is 42 months. Read apart, "3 years"
was compared with a translation's "three and a half years" as a wrong value."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param('He was jailed for 3 years and 6 months.',
                 [eq('3 years and 6 months', 'duration', '42', 'month')], id='years-months'),
    pytest.param('The flight took 2 hours 30 minutes.',
                 [eq('2 hours 30 minutes', 'duration', '150', 'minute')], id='hours-minutes'),
    pytest.param('She won in 2 hours, 1 minute and 9 seconds.',
                 [eq('2 hours, 1 minute and 9 seconds', 'duration', '7269', 'second')],
                 id='three-parts-comma'),
    pytest.param('The talks lasted about 2 hours 30 minutes.',
                 [eq('about 2 hours 30 minutes', 'duration', '150', 'minute', 'approx')],
                 id='qualified'),
    pytest.param('The film runs 1 h 45 min.',
                 [eq('1 h 45 min', 'duration', '105', 'minute')], id='hour-symbol'),
    pytest.param('The journey takes 3 hr 20 min.',
                 [eq('3 hr 20 min', 'duration', '200', 'minute')], id='hr-min'),
    pytest.param('He spent 2 weeks and 3 days in hospital.',
                 [eq('2 weeks and 3 days', 'duration', '17', 'day')], id='weeks-days'),
    pytest.param('It took 2 hours and 90 minutes.',
                 [eq('2 hours', 'duration', '2', 'hour'),
                  eq('90 minutes', 'duration', '90', 'minute')],
                 id='not-a-part'),
    # A comma joins parts only in a list that goes on.
    pytest.param('The project took 2 years, 3 months later it was done.',
                 [eq('2 years', 'duration', '2', 'year'),
                  eq('3 months', 'duration', '3', 'month')],
                 id='comma-before-a-clause'),
    pytest.param('It took 30 minutes, then 2 hours.',
                 [eq('30 minutes', 'duration', '30', 'minute'),
                  eq('2 hours', 'duration', '2', 'hour')],
                 id='rising'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_compound_durations(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

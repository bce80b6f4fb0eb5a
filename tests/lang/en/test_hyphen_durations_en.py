"""English: a time unit joined to its number by a hyphen before a noun is the span ("a
five-year contract", "a 24-hour strike", "a 14-day quarantine"), as "un contrat de cinq
ans", "karantina 14 hari" and "14 天" are (it was no claim, or a bare count: "approximately
2-week" was a count of 2). "24-year-old" stays an age (no claim)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("The 24-year-old striker signed a five-year contract.",
                 [eq('five-year', 'duration', '5', 'year')], id="spelled-and-age"),
    pytest.param("Workers began a 24-hour strike and a two-week protest.",
                 [eq('24-hour', 'duration', '24', 'hour'),
                  eq('two-week', 'duration', '2', 'week')], id="hour-week"),
    pytest.param("Travellers face a 14-day quarantine.",
                 [eq('14-day', 'duration', '14', 'day')], id="day"),
    pytest.param("It has an incubation period of approximately 2-week.",
                 [eq('approximately 2-week', 'duration', '2', 'week', 'approx')],
                 id="qualified"),
    pytest.param("Inflation hit a 40-year high of 9.1% in June.",
                 [eq('40-year', 'duration', '40', 'year'),
                  eq('9.1%', 'percent', '9.1', 'percent'),
                  Want('June', 'date', None, None, 'eq', None, None, 'month without year')],
                 id="high"),
    pytest.param("A 3-day-old baby was found.", [], id="age-in-days"),
    pytest.param("a two-decade-long war", [], id="another-hyphen"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_hyphen_durations(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

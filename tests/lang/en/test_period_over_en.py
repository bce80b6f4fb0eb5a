"""English: "over" before a span of time right after another amount is that amount's
period ([qualifiers] periods: "$5 billion over five years", as French "sur cinq ans" and
Japanese "5年間で" say), not "more than five years", and so it is opening a sentence before
a comma ("Over five years, the company invested"); elsewhere it bounds the span."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("The plan will cost $5 billion over five years.",
                 [eq('$5 billion', 'money', '5000000000', 'USD'),
                  eq('five years', 'duration', '5', 'year')], id="money"),
    pytest.param("Prices rose 3% over 12 months.",
                 [eq('3%', 'percent', '3', 'percent'),
                  eq('12 months', 'duration', '12', 'month')], id="percent"),
    pytest.param("The company will cut 1,000 jobs over two years.",
                 [eq('1,000', 'count', '1000', 'jobs'),
                  eq('two years', 'duration', '2', 'year')], id="noun-between"),
    pytest.param("Prices rose 8% over a year.",
                 [eq('8%', 'percent', '8', 'percent'),
                  eq('a year', 'duration', '1', 'year')], id="article"),
    # A span word before it, a clause between, "ago" after: a bound.
    pytest.param("He has worked there for over 20 years.",
                 [Want('over 20 years', 'duration', '20', None, 'gt', 'year')], id="for"),
    # Opening a sentence before a comma, "over" is "during": a period, no bound (as the
    # translations say it: « en cinq ans », 5年間で).
    pytest.param("Over five years, the company invested heavily.",
                 [eq('five years', 'duration', '5', 'year')], id="alone"),
    pytest.param("Cases rose to 1,000 in over 12 months.",
                 [eq('1,000', 'count', '1000', None),
                  Want('over 12 months', 'duration', '12', None, 'gt', 'month')], id="in"),
    pytest.param("He was sentenced to 10 years, over 5 years ago.",
                 [eq('10 years', 'duration', '10', 'year'),
                  Want('over 5 years', 'duration', '5', None, 'gt', 'year')], id="comma"),
    pytest.param("Some 40% moved over 5 years ago.",
                 [eq('Some 40%', 'percent', '40', 'percent', 'approx'),
                  Want('over 5 years', 'duration', '5', None, 'gt', 'year')], id="ago"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_period_over(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


# A comma is no decimal sign in English: "1,500%" groups thousands before a percent sign
# too (French "1,500 %" is 1.5 %: tests/lang/fr/test_percent_decimal_fr.py).
def test_percent_groups_in_english() -> None:
    check_claims("Sales rose 1,500%.", [eq('1,500%', 'percent', '1500', 'percent')], LANG)

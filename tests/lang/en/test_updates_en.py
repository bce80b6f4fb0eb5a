"""Successive values of one figure (en): "from X to Y" after a verb of change is two
claims, the old and the new value, not a range (reconcile.extraction.updates)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

CASES = [
    ('Unemployment rose from 7.5% to 8.2%.',
     [eq('7.5%', 'percent', '7.5', 'percent'),
      eq('8.2%', 'percent', '8.2', 'percent')]),
    ('Revenue rose from $2.1 billion to $3.4 billion.',
     [eq('$2.1 billion', 'money', '2100000000', 'USD'),
      eq('$3.4 billion', 'money', '3400000000', 'USD')]),
    ('The toll rose from 2,140 dead to 3,085 dead.',
     [eq('2,140', 'count', '2140', 'dead'),
      eq('3,085', 'count', '3085', 'dead')]),
    # Verbs of change beyond rising and falling: slowing, lengthening, narrowing.
    ('The interval slowed from 2.0 days to 4.7 days.',
     [eq('2.0 days', 'duration', '2', 'day'), eq('4.7 days', 'duration', '4.7', 'day')]),
    ('The program was extended from 3 months to 6 months.',
     [eq('3 months', 'duration', '3', 'month'), eq('6 months', 'duration', '6', 'month')]),
    ('The lead narrowed from 12 points to 4 points.',
     [eq('12', 'count', '12', 'points'), eq('4', 'count', '4', 'points')]),
    # No verb of change: a range.
    ('Prices ranged from 5 to 10 dollars.',
     [Want('from 5 to 10 dollars', 'money', '5', '10', 'range', 'USD')]),
    # The new value written bare is in the old value's unit.
    ('The price rose from $5 to 7.',
     [eq('$5', 'money', '5', 'USD'), eq('7', 'money', '7', 'USD')]),
]

CASES += [
    # The base form after a modal or "to" (was a range of $2 to $3 million)
    ('Costs will increase from $2 million to $3 million.',
     [eq('$2 million', 'money', '2000000', 'USD'), eq('$3 million', 'money', '3000000', 'USD')]),
    ('Prices are expected to fall from 5% to 4%.',
     [eq('5%', 'percent', '5', 'percent'), eq('4%', 'percent', '4', 'percent')]),
    ('Estimates range from 5 to 10 million people.',
     [Want('from 5 to 10 million', 'count', '5000000', '10000000', 'range', 'people')]),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_update(text: str, want: list[Want]) -> None:
    check_claims(text, want, "en")

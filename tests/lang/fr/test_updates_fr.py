"""Successive values of one figure (fr): "from X to Y" after a verb of change is two
claims, the old and the new value, not a range (reconcile.extraction.updates)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

CASES = [
    ('Le taux de chômage est passé de 7,5 % à 8,2 %.',
     [eq('7,5 %', 'percent', '7.5', 'percent'),
      eq('8,2 %', 'percent', '8.2', 'percent')]),
    ("Le chiffre d'affaires est passé de 2,1 milliards d'euros à 3,4 milliards d'euros.",
     [eq("2,1 milliards d'euros", 'money', '2100000000', 'EUR'),
      eq("3,4 milliards d'euros", 'money', '3400000000', 'EUR')]),
    # The new value written bare is in the old value's unit.
    ("L'amende est passée de 1,2 milliard d'euros à 800 millions.",
     [eq("1,2 milliard d'euros", 'money', '1200000000', 'EUR'),
      eq('800 millions', 'money', '800000000', 'EUR')]),
    # The future and the infinitive of "passer" too (was a range of 2,10 to 2,15 €)
    ('Le ticket passera de 2,10 € à 2,15 €.',
     [eq('2,10 €', 'money', '2.1', 'EUR'), eq('2,15 €', 'money', '2.15', 'EUR')]),
    ('Le ticket va passer de 2,10 € à 2,15 €.',
     [eq('2,10 €', 'money', '2.1', 'EUR'), eq('2,15 €', 'money', '2.15', 'EUR')]),
    # A toll that "s'alourdit" (grows heavier) goes from one value to the next (was a range
    # of 12 to 45 deaths).
    ("Le bilan s'est alourdi de 12 à 45 morts.",
     [eq('12', 'count', '12', 'morts'), eq('45', 'count', '45', 'morts')]),
    # "augmenter de X à Y" may be the increase itself: a range, as before
    ('Les prix augmentent de 3 % à 4 % selon les régions.',
     [Want('de 3 % à 4 %', 'percent', '3', '4', 'range', 'percent')]),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_update(text: str, want: list[Want]) -> None:
    check_claims(text, want, "fr")

"""Successive values of one figure (id): "from X to Y" after a verb of change is two
claims, the old and the new value, not a range (reconcile.extraction.updates)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

CASES = [
    ('Tingkat pengangguran naik dari 7,5% menjadi 8,2%.',
     [eq('7,5%', 'percent', '7.5', 'percent'), eq('8,2%', 'percent', '8.2', 'percent')]),
    ('Pendapatan naik dari 2,1 miliar dolar AS menjadi 3,4 miliar dolar AS.',
     [eq('2,1 miliar dolar AS', 'money', '2100000000', 'USD'),
      eq('3,4 miliar dolar AS', 'money', '3400000000', 'USD')]),
    # The new value written bare is in the old value's unit.
    ('Harga naik dari Rp 5.000 menjadi 7.000.',
     [eq('Rp 5.000', 'money', '5000', 'IDR'), eq('7.000', 'money', '7000', 'IDR')]),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_update(text: str, want: list[Want]) -> None:
    check_claims(text, want, "id")

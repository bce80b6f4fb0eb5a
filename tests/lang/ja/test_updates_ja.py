"""Successive values of one figure (ja): "from X to Y" after a verb of change is two
claims, the old and the new value, not a range (reconcile.extraction.updates)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

CASES = [
    ('失業率は7.5%から8.2%に上昇した。',
     [eq('7.5%', 'percent', '7.5', 'percent'), eq('8.2%', 'percent', '8.2', 'percent')]),
    ('売上高は2兆円から3兆円に増えた。',
     [eq('2兆円', 'money', '2000000000000', 'JPY'), eq('3兆円', 'money', '3000000000000', 'JPY')]),
    ('死者は2140人から3085人に増えた。',
     [eq('2140人', 'count', '2140', 'people'), eq('3085人', 'count', '3085', 'people')]),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_update(text: str, want: list[Want]) -> None:
    check_claims(text, want, "ja")

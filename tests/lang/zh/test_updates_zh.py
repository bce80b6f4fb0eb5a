"""Successive values of one figure (zh): "from X to Y" after a verb of change is two
claims, the old and the new value, not a range (reconcile.extraction.updates)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

CASES = [
    ('失业率从7.5%上升至8.2%。',
     [eq('7.5%', 'percent', '7.5', 'percent'), eq('8.2%', 'percent', '8.2', 'percent')]),
    ('死亡人数从2140人上升至3085人。',
     [eq('2140人', 'count', '2140', 'people'), eq('3085人', 'count', '3085', 'people')]),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_update(text: str, want: list[Want]) -> None:
    check_claims(text, want, "zh")

"""Fiscal years and quarters (ja) read as one period, a range of months
(reconcile.extraction.periods)."""

from __future__ import annotations

import pytest

from reconcile import extract_claims

CASES = [
    ('2026年3月期第1四半期（4～6月）の決算を発表した。',
     '2026年3月期第1四半期（4～6月）', '2025-04/2025-06'),
    ('通期予想は2026年3月期に据え置いた。',
     '2026年3月期', '2025-04/2026-03'),
    ('2025年12月期第三四半期の決算。',
     '2025年12月期第三四半期', '2025-07/2025-09'),
]


@pytest.mark.parametrize(("text", "surface", "period"), CASES)
def test_period(text: str, surface: str, period: str) -> None:
    dates = [c for c in extract_claims(text, "ja") if c.kind == "date"]
    assert [(c.surface, c.date, c.low, c.high, c.unit) for c in dates] == [
        (surface, period, None, None, None)]

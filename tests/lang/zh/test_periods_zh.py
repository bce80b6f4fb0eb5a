"""Fiscal years and quarters (zh) read as one period, a range of months
(reconcile.extraction.periods)."""

from __future__ import annotations

import pytest

from reconcile import extract_claims

CASES = [
    ('截至2026年3月的财年第一季度（4-6月），营业利润增长。',
     '截至2026年3月的财年第一季度（4-6月）', '2025-04/2025-06'),
    ('2025年第二季度营收增长。',
     '2025年第二季度', '2025-04/2025-06'),
    ('2024年第4季度营收下降。',
     '2024年第4季度', '2024-10/2024-12'),
    ('截至2025年6月底的财政年度亏损扩大。',
     '截至2025年6月底的财政年度', '2024-07/2025-06'),
]


@pytest.mark.parametrize(("text", "surface", "period"), CASES)
def test_period(text: str, surface: str, period: str) -> None:
    dates = [c for c in extract_claims(text, "zh") if c.kind == "date"]
    assert [(c.surface, c.date, c.low, c.high, c.unit) for c in dates] == [
        (surface, period, None, None, None)]

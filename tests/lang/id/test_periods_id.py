"""Fiscal years and quarters (id) read as one period, a range of months
(reconcile.extraction.periods)."""

from __future__ import annotations

import pytest

from reconcile import extract_claims

CASES = [
    ('Laba kuartal II 2025 naik.',
     'kuartal II 2025', '2025-04/2025-06'),
    ('Penjualan pada triwulan ketiga 2024 turun.',
     'triwulan ketiga 2024', '2024-07/2024-09'),
    ('Laba tahun fiskal yang berakhir Maret 2026 naik.',
     'tahun fiskal yang berakhir Maret 2026', '2025-04/2026-03'),
    # Indonesian papers join the year with a hyphen.
    ('Pertumbuhan ekonomi kuartal II-2023 sebesar 5,17 persen.',
     'kuartal II-2023', '2023-04/2023-06'),
    ('Pada semester I-2023, laba naik 12 persen.',
     'semester I-2023', '2023-01/2023-06'),
]


@pytest.mark.parametrize(("text", "surface", "period"), CASES)
def test_period(text: str, surface: str, period: str) -> None:
    dates = [c for c in extract_claims(text, "id") if c.kind == "date"]
    assert [(c.surface, c.date, c.low, c.high, c.unit) for c in dates] == [
        (surface, period, None, None, None)]

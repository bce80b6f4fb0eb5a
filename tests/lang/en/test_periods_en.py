"""Fiscal years and quarters (en) read as one period, a range of months
(reconcile.extraction.periods)."""

from __future__ import annotations

import pytest

from reconcile import extract_claims

CASES = [
    ('Revenue in the first quarter of the fiscal year ending March 2026 rose.',
     'first quarter of the fiscal year ending March 2026', '2025-04/2025-06'),
    ('It kept its forecast for the fiscal year to March 2026.',
     'fiscal year to March 2026', '2025-04/2026-03'),
    ('Sales fell in the second quarter of 2025.',
     'second quarter of 2025', '2025-04/2025-06'),
    ('Sales fell in Q4 2024.',
     'Q4 2024', '2024-10/2024-12'),
    ('The financial year ended 30 June 2025 was hard.',
     'financial year ended 30 June 2025', '2024-07/2025-06'),
]


@pytest.mark.parametrize(("text", "surface", "period"), CASES)
def test_period(text: str, surface: str, period: str) -> None:
    dates = [c for c in extract_claims(text, "en") if c.kind == "date"]
    assert [(c.surface, c.date, c.low, c.high, c.unit) for c in dates] == [
        (surface, period, None, None, None)]


def test_a_bare_fiscal_year_names_no_months() -> None:
    # FY2025 starts in another month at each company: no period is read from it.
    assert all(c.date is None or "/" not in c.date
               for c in extract_claims("Sales rose in FY2025.", "en"))

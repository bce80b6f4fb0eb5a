"""Fiscal years and quarters (fr) read as one period, a range of months
(reconcile.extraction.periods)."""

from __future__ import annotations

import pytest

from reconcile import extract_claims

CASES = [
    ("Le chiffre d'affaires du premier trimestre de l'exercice qui se terminera en mars "
     "2026 a progressé.",
     "premier trimestre de l'exercice qui se terminera en mars 2026", '2025-04/2025-06'),
    ("Il maintient sa prévision pour l'exercice clos en mars 2026.",
     'exercice clos en mars 2026', '2025-04/2026-03'),
    ('Les ventes ont reculé au deuxième trimestre 2025.',
     'deuxième trimestre 2025', '2025-04/2025-06'),
    ('Les ventes ont reculé au troisième trimestre de 2024.',
     'troisième trimestre de 2024', '2024-07/2024-09'),
]


@pytest.mark.parametrize(("text", "surface", "period"), CASES)
def test_period(text: str, surface: str, period: str) -> None:
    dates = [c for c in extract_claims(text, "fr") if c.kind == "date"]
    assert [(c.surface, c.date, c.low, c.high, c.unit) for c in dates] == [
        (surface, period, None, None, None)]

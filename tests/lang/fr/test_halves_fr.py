"""Calendar half years (fr) read as one period, six months (reconcile.extraction.periods),
not as the whole year."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "fr"

CASES = [
    pytest.param('Au premier semestre 2023, le bénéfice a reculé de 5 %.',
                 [date('premier semestre 2023', '2023-01/2023-06'),
                  eq('5 %', 'percent', '5', 'percent')],
                 id="half-0"),
    pytest.param('Au second semestre 2024, les ventes ont reculé de 3 %.',
                 [date('second semestre 2024', '2024-07/2024-12'),
                  eq('3 %', 'percent', '3', 'percent')],
                 id="half-1"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_half_year(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

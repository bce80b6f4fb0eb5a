"""Calendar half years (en) read as one period, six months (reconcile.extraction.periods),
not as the whole year."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

CASES = [
    pytest.param('In the first half of 2023, profit rose 5%.',
                 [date('first half of 2023', '2023-01/2023-06'),
                  eq('5%', 'percent', '5', 'percent')],
                 id="half-0"),
    pytest.param('H1 2023 revenue was $2 billion.',
                 [date('H1 2023', '2023-01/2023-06'),
                  eq('$2 billion', 'money', '2000000000', 'USD')],
                 id="half-1"),
    pytest.param('In the second half of 2024, sales fell 3%.',
                 [date('second half of 2024', '2024-07/2024-12'),
                  eq('3%', 'percent', '3', 'percent')],
                 id="half-2"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_half_year(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

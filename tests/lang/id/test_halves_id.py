"""Calendar half years (id) read as one period, six months (reconcile.extraction.periods),
not as the whole year."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "id"

CASES = [
    pytest.param('Pada semester I 2023 laba naik 10 persen.',
                 [date('semester I 2023', '2023-01/2023-06'),
                  eq('10 persen', 'percent', '10', 'percent')],
                 id="half-0"),
    pytest.param('Pada semester kedua tahun 2024 laba turun 3 persen.',
                 [date('semester kedua tahun 2024', '2024-07/2024-12'),
                  eq('3 persen', 'percent', '3', 'percent')],
                 id="half-1"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_half_year(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

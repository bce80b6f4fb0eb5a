"""Indonesian years of the common era: an era word makes any number a year ("400 A.D.",
"l'an 400", "tahun 400", 紀元400年, 公元400年); without one a number under 1000 is no year."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "id"

CASES = [
    pytest.param('Kota itu berjaya dari tahun 400 sampai tahun 900.',
                 [date('tahun 400 sampai tahun 900', '0400/0900', 'range')],
                 id='tahun'),
    pytest.param('Selama 2 tahun 400 orang datang.',
                 [eq('2 tahun', 'duration', '2', 'year'),
                  eq('400', 'count', '400', 'orang')],
                 id='years-then-count'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_era_years(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

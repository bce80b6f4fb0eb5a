"""English years of the common era: an era word makes any number a year ("400 A.D.",
"l'an 400", "tahun 400", 紀元400年, 公元400年); without one a number under 1000 is no year."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

CASES = [
    pytest.param('It flourished from about 400 A.D. to 1100 A.D.',
                 [date('400 A.D. to 1100 A.D.', '0400/1100', 'range')],
                 id='ad-after'),
    pytest.param('Vesuvius erupted in AD 79.',
                 [date('AD 79', '0079')],
                 id='ad-before'),
    pytest.param('About 400 people came.',
                 [eq('About 400', 'count', '400', 'people', 'approx')],
                 id='no-era'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_era_years(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

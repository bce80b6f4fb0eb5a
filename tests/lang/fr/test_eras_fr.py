"""French years of the common era: an era word makes any number a year ("400 A.D.",
"l'an 400", "tahun 400", 紀元400年, 公元400年); without one a number under 1000 is no year."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "fr"

CASES = [
    pytest.param("La ville a prospéré de l'an 400 à l'an 900.",
                 [date("l'an 400 à l'an 900", '0400/0900', 'range')],
                 id='l-an'),
    pytest.param('Le Vésuve est entré en éruption en 79 apr. J.-C.',
                 [date('79 apr. J.-C.', '0079')],
                 id='apr-jc'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_era_years(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

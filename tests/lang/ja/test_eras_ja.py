"""Japanese years of the common era: an era word makes any number a year ("400 A.D.",
"l'an 400", "tahun 400", 紀元400年, 公元400年); without one a number under 1000 is no year."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "ja"

CASES = [
    pytest.param('その都市は紀元400年頃から栄えた。',
                 [date('紀元400年', '0400')],
                 id='kigen'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_era_years(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

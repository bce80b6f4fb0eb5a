"""Chinese years of the common era: an era word makes any number a year ("400 A.D.",
"l'an 400", "tahun 400", 紀元400年, 公元400年); without one a number under 1000 is no year."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "zh"

CASES = [
    pytest.param('该城始于公元 400 年左右。',
                 [date('公元 400 年', '0400')],
                 id='gongyuan'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_era_years(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

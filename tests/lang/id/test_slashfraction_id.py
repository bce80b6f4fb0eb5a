"""Indonesian: a fraction written with a slash between two small whole numbers ('2/3') is no
claim, and neither part is a count; larger parts stay numbers."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param('Sekitar 2/3 dari 300 pasien sembuh.',
                 [eq('300', 'count', '300', 'pasien')],
                 id='dua-pertiga'),
    pytest.param('Permintaan turun hingga 2/3 menurut 45 dokter.',
                 [eq('45', 'count', '45', 'dokter')],
                 id='hingga-fraction'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_slashfraction(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

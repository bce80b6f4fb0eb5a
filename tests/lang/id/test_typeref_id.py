"""Indonesian: a number after 'tipe' names a kind (diabetes tipe 2), it counts nothing."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param('Vektor adenovirus tipe 5 telah diteliti selama 12 tahun.',
                 [eq('12 tahun', 'duration', '12', 'year')],
                 id='tipe-5-vector'),
    pytest.param('Ia menderita diabetes tipe 2 selama 12 tahun.',
                 [eq('12 tahun', 'duration', '12', 'year')],
                 id='diabetes-tipe-2'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_typeref(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

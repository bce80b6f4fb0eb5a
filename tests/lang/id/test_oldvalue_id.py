"""Indonesian: the old value of an update written bare ("naik dari 21 menjadi 30 orang")
counts the new value's noun; "menjadi" joins them."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Jumlah korban naik dari 21 menjadi 30 orang pada hari Senin.",
                 [eq('21', 'count', '21', 'orang'), eq('30', 'count', '30', 'orang')],
                 id="menjadi"),
    pytest.param("Jumlah korban naik dari 2.140 menjadi 3.085 pada hari Senin.",
                 [eq('2.140', 'count', '2140', None), eq('3.085', 'count', '3085', None)],
                 id="bare-pair"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_old_value_of_an_update(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

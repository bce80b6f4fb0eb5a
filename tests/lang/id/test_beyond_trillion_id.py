"""Indonesian: "kuadriliun" (10^15), beyond CLDR's compact forms, is a scale word ("Rp1
kuadriliun" was read as Rp 1); "N kali" with a fraction multiplies ("1,5 kali anggaran"),
it counts no occurrences."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Nilainya mencapai Rp1 kuadriliun.",
                 [eq('Rp1 kuadriliun', 'money', '1000000000000000', 'IDR')], id="symbol"),
    pytest.param("Nilainya mencapai 2 kuadriliun rupiah.",
                 [eq('2 kuadriliun rupiah', 'money', '2000000000000000', 'IDR')], id="name"),
    pytest.param("Biaya pembangunan membengkak menjadi 1,5 kali anggaran awal.",
                 [eq('1,5 kali', 'multiplier', '1.5', 'times')], id="fraction-times"),
    pytest.param("Ia sudah dua kali menang.",
                 [eq('dua kali', 'count', '2', 'times')], id="occurrences"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_beyond_trillion(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

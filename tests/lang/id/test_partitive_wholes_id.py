"""Bagian dan keseluruhannya (id): "12 dari 40 pasien", "24 dari 31 provinsi" menghitung
kelompok dan bagiannya, seperti "12 of the 40 patients"; proporsi ("satu dari lima
orang", "3 dari 10") tidak menghitung apa pun."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Menurut laporan, sebanyak 12 dari 40 pasien meninggal dunia.",
                 [eq('12', 'count', '12', 'pasien'), eq('40', 'count', '40', 'pasien')],
                 id="digits-unround-whole"),
    pytest.param("Di 24 dari 31 provinsi, pihak berwenang memperpanjang liburan.",
                 [eq('24', 'count', '24', 'provinsi'), eq('31', 'count', '31', 'provinsi')],
                 id="provinces"),
    pytest.param("Menurut survei, satu dari lima orang dewasa merokok.",
                 [eq('satu dari lima', 'percent', '20', 'percent')],
                 id="proportion-spelled"),
    pytest.param("Menurut survei, 3 dari 10 orang dewasa merokok.",
                 [eq('3 dari 10', 'percent', '30', 'percent')],
                 id="proportion-digits"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_partitive_wholes(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Indonesian proportions ("satu dari lima orang", "satu di antara enam orang"): no count; a
whole over 100 is a count ("162 dari 300 kursi")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Satu dari lima orang dewasa merokok, menurut survei.",
                 [eq('Satu dari lima', 'percent', '20', 'percent')],
                 id="satu-dari-lima"),
    pytest.param("WHO menyatakan sekitar satu di antara enam orang menjadi sakit parah.",
                 [],
                 id="di-antara"),
    pytest.param("Partai itu memenangkan 162 dari 300 kursi.",
                 [eq('162', 'count', '162', 'kursi'), eq('300', 'count', '300', 'kursi')],
                 id="partitive"),
    pytest.param("pasien yang tidak dirawat inap (1.388 dari 5.143, 27%).",
                 [eq('1.388', 'count', '1388', None), eq('5.143', 'count', '5143', None),
                  eq('27%', 'percent', '27', 'percent')],
                 id="large-parts-dari"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_proportions_are_no_counts(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

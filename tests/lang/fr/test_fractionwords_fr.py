"""French: « une demi-douzaine » is 6 (was read as « une douzaine », 12)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Une demi-douzaine de manifestants ont été arrêtés lundi.",
                 [eq('Une demi-douzaine', 'count', '6', 'manifestants')],
                 id="demi-douzaine"),
    pytest.param("Une douzaine de manifestants ont été arrêtés lundi.",
                 [eq('Une douzaine', 'count', '12', 'manifestants')],
                 id="douzaine"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_fraction_of_a_number_word(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""French multiplier verbs in every gender and number (doublé, triplées, quadruplé)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Les ventes ont quadruplé.", [eq('quadruplé', 'multiplier', '4', 'times')],
                 id="quadruple"),
    pytest.param("Les recettes ont été triplées.",
                 [eq('triplées', 'multiplier', '3', 'times')], id="triplees"),
    pytest.param("La dette a été doublée.", [eq('doublée', 'multiplier', '2', 'times')],
                 id="doublee"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_multiplier_words(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

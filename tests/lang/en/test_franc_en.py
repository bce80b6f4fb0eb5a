"""English: "CFA francs" without its bank and a bare "francs" name no one currency: no
claim unless the document states the currency of an amount (it was a count of "cfa")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("A fine of 10,000 CFA francs.", [], id="cfa-alone"),
    pytest.param("It cost 10 francs.", [], id="bare-francs"),
    pytest.param("It cost 10 Swiss francs.", [eq('10 Swiss francs', 'money', '10', 'CHF')],
                 id="swiss-francs"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_francs(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

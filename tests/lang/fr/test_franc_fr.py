"""French: "francs CFA" without its bank and a bare "francs" name no one currency: the
amount takes the one the document states elsewhere, else it is no claim (it was a count
of "francs")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Une amende de 10 000 francs CFA.", [], id="cfa-alone"),
    pytest.param("Le budget est de 5 000 milliards de francs CFA (BCEAO). "
                 "Une amende de 10 000 francs CFA.",
                 [eq('5 000 milliards de francs CFA (BCEAO)', 'money', '5000000000000', 'XOF'),
                  eq('10 000 francs CFA', 'money', '10000', 'XOF')], id="cfa-stated"),
    pytest.param("Il coûte 10 francs.", [], id="bare-francs"),
    pytest.param("Il coûte 10 francs suisses.", [eq('10 francs suisses', 'money', '10', 'CHF')],
                 id="swiss-francs"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_francs(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

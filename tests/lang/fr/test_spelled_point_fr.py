"""French: a spelled decimal comma ("virgule") between a spelled number and one digit word
makes one number; other forms give no claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Le taux atteint trois virgule cinq pour cent.",
                 [eq("trois virgule cinq pour cent", "percent", "3.5", "percent")],
                 id="virgule"),
    pytest.param("Un virgule cinq million de personnes ont défilé.",
                 [eq("Un virgule cinq million", "count", "1500000", "personnes")],
                 id="un-virgule-cinq-million"),
    pytest.param("Le taux atteint trois virgule vingt-cinq pour cent.", [],
                 id="two-digit-decimals-unread"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spelled_point(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

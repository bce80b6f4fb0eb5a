"""English: "quadrillion" (10^15), beyond CLDR's compact forms, is a scale word: "$1
quadrillion" was read as $1 (the word was not known)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("The derivatives market is worth $1 quadrillion.",
                 [eq('$1 quadrillion', 'money', '1000000000000000', 'USD')], id="symbol"),
    pytest.param("It was 1.5 quadrillion yen.",
                 [eq('1.5 quadrillion yen', 'money', '1500000000000000', 'JPY')], id="name"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_quadrillion(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

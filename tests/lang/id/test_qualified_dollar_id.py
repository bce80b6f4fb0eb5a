"""A territory after amounts in the generic dollar names their dollar, as CLDR's names
write it ("Dolar Kanada"); amounts coordinated with "dan" share it."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Ia mengukir uang kertas $5 dan $100 Kanada yang baru.",
                 [eq("$5", "money", "5", "CAD"), eq("$100", "money", "100", "CAD")],
                 id="kanada-after"),
    pytest.param("Harganya $5 di Kanada.", [eq("$5", "money", "5", "USD")],
                 id="territory-not-next"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_qualified_dollar(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

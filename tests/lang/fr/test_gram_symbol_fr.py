"""The one-letter symbol g (gram), spaced from its number and followed by "de" or
punctuation: "500 g de cocaïne" was a count of "g"."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("La police a saisi 500 g de cocaïne.",
                 [eq("500 g", "quantity", "500", "gram")], id="g-de"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_gram_symbol(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

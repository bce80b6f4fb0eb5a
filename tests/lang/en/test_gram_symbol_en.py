"""The one-letter symbol g (gram), read as "m" is: spaced from its number, no currency
before it, nothing after it but punctuation or an allowed word ("of" for g alone:
`letter_then_for`). "500 g of cocaine" was a count of "g"; "2 m of votes" stays unread."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("Police seized 500 g of cocaine.", [eq("500 g", "quantity", "500", "gram")],
                 id="g-of"),
    pytest.param("Police seized 500 g.", [eq("500 g", "quantity", "500", "gram")], id="g-end"),
    pytest.param("He won 2 m of votes.", [], id="m-of-unread"),
    pytest.param("The wall is 3.5 m wide.", [eq("3.5 m", "quantity", "3.5", "meter")],
                 id="m-wide"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_gram_symbol(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

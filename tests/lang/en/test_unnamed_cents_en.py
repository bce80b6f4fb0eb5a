"""A hundredth whose currency is unnamed (en: "25 cents"): money of the one currency with
cents the document states; with none, or two, stated it is no claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param('The company earned €1.8 billion and will pay a dividend of 25 cents a share.',
                 [eq('€1.8 billion', "money", "1800000000", "EUR"),
                  eq('25 cents', "money", "0.25", "EUR")],
                 id="one-currency-stated"),
    pytest.param('It will pay a dividend of 25 cents a share.', [], id="none-stated"),
    pytest.param('It earned $2 billion and €1 billion and pays 25 cents a share.',
                 [eq('$2 billion', "money", "2000000000", "USD"),
                  eq('€1 billion', "money", "1000000000", "EUR")],
                 id="two-stated"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_unnamed_cents(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

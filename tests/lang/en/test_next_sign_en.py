"""A currency sign after an amount that has its own sign, and before another number, opens
the next amount ("$20,000 $30,000"): it was taken by the first and the second became a count.
A sign after an amount with none stays its own ("10 € 50 people")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("Costs were $20,000 $30,000 in total.",
                 [eq("$20,000", "money", "20000", "USD"), eq("$30,000", "money", "30000", "USD")],
                 id="two-prefixed-amounts"),
    pytest.param("budget $ 12,500.00 $ 8,250.50 march",
                 [eq("$ 12,500.00", "money", "12500", "USD"),
                  eq("$ 8,250.50", "money", "8250.50", "USD")],
                 id="tokenised-table"),
    pytest.param("It cost 10 € 50 people.",
                 [eq("10 €", "money", "10", "EUR"), eq("50", "count", "50", "people")],
                 id="sign-after-a-bare-number"),
    pytest.param("It cost $50 million dollars.",
                 [eq("$50 million dollars", "money", "50000000", "USD")],
                 id="repeated-currency-word"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_next_sign(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

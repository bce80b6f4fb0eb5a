"""An amount written in two units of one currency is one amount ([compound_money] data):
the first part alone would be a wrong value (issue #14)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("The ticket cost 2 dollars and 30 cents.",
                 [eq("2 dollars and 30 cents", "money", "2.30", "USD")], id="dollars-cents"),
    pytest.param("He paid $5 and 4 cents.", [eq("$5 and 4 cents", "money", "5.04", "USD")],
                 id="symbol-cents"),
    pytest.param("It cost $2 and 30 people came.",
                 [eq("$2", "money", "2", "USD"), eq("30", "count", "30", "people")],
                 id="no-minor-unit"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_compound_money(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

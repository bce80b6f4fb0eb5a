"""An amount written in two units of one currency is one amount ([compound_money] data):
the first part alone would be a wrong value (issue #14)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Harganya 2 dolar dan 30 sen.",
                 [eq("2 dolar dan 30 sen", "money", "2.30", "USD")], id="dolar-sen"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_compound_money(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

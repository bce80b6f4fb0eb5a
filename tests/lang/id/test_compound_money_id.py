"""An amount written in two units of one currency is one amount ([compound_money] data):
the first part alone would be a wrong value (issue #14)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "id"

CASES = [
    pytest.param("Harganya 2 dolar dan 30 sen.",
                 [eq("2 dolar dan 30 sen", "money", "2.30", "USD")], id="dolar-sen"),
    # Two digits after the amount's currency word are its hundredths, also before a word
    # that opens no counted noun ([counts] stop).
    pytest.param("Harga tiket 5 euro 50 sejak Mei.",
                 [eq("5 euro 50", "money", "5.5", "EUR"),
                  date("Mei", None, relative="month without year")],
                 id="bare-hundredths-then-preposition"),
    pytest.param("Harganya tiga belas dolar lima puluh.",
                 [eq("tiga belas dolar lima puluh", "money", "13.5", "USD")],
                 id="spelled-hundredths"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_compound_money(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""A currency's symbol at home reads in Indonesian text."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Taksi ke Thimphu (Nu 120) dan Haa (Nu 300).",
                 [eq("Nu 120", "money", "120", "BTN"), eq("Nu 300", "money", "300", "BTN")],
                 id="ngultrum"),
    pytest.param("Harga tiket Kč 500.", [eq("Kč 500", "money", "500", "CZK")], id="koruna"),
    pytest.param("Ongkosnya Ksh 1.000.", [eq("Ksh 1.000", "money", "1000", "KES")],
                 id="shilling-kenya"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_home_symbols(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

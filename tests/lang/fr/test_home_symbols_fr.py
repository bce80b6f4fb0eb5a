"""A currency's symbol at home reads in French text, after the number as French writes it;
a symbol that spells a French word ("Le", Sierra Leone's) is never read as one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "fr"

CASES = [
    pytest.param("On rejoint Thimphou (120 Nu) et Haa (300 Nu) en taxi.",
                 [eq("120 Nu", "money", "120", "BTN"), eq("300 Nu", "money", "300", "BTN")],
                 id="ngultrum"),
    pytest.param("Ils paient 1 000 Ft par jour.", [eq("1 000 Ft", "money", "1000", "HUF")],
                 id="forint"),
    pytest.param("Le billet coûtait 20 GH₵.", [eq("20 GH₵", "money", "20", "GHS")],
                 id="cedi"),
    pytest.param("Le 5 mai, le prix a baissé.",
                 [date("5 mai", None, relative="month without year")],
                 id="le-is-an-article"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_home_symbols(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

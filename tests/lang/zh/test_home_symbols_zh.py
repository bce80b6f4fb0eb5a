"""A currency's symbol at home reads in Chinese text (Latin symbols as written there)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("去廷布 (Nu 120) 和哈阿 (Nu 300) 可乘出租车。",
                 [eq("Nu 120", "money", "120", "BTN"), eq("Nu 300", "money", "300", "BTN")],
                 id="ngultrum"),
    pytest.param("票价为 Kč 500。", [eq("Kč 500", "money", "500", "CZK")], id="koruna"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_home_symbols(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

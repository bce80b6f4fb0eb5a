"""A currency's symbol at home reads in Japanese text (Latin symbols as written there)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("バスの運賃は Nu 150 です。", [eq("Nu 150", "money", "150", "BTN")],
                 id="ngultrum"),
    pytest.param("運賃は₦5,000です。", [eq("₦5,000", "money", "5000", "NGN")], id="naira"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_home_symbols(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

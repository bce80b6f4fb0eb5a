"""A sign word before an amount of money ([percent] negative: the sign words of every
measure) makes it negative, as it does a percentage; after another amount it subtracts."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("営業利益は▲100億円だった。",
                 [eq("▲100億円", "money", "-10000000000", "JPY")], id="triangle"),
    pytest.param("営業利益はマイナス100億円だった。",
                 [eq("マイナス100億円", "money", "-10000000000", "JPY")], id="mainasu"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_signed_money(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

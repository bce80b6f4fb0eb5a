"""A sign word before an amount of money ([percent] negative: the sign words of every
measure) makes it negative, as it does a percentage; after another amount it subtracts."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("Net income was minus $1.2 million in the quarter.",
                 [eq("minus $1.2 million", "money", "-1200000", "USD")], id="minus-money"),
    pytest.param("The fund returned negative 1.2 percent.",
                 [eq("negative 1.2 percent", "percent", "-1.2", "percent")], id="negative-percent"),
    pytest.param("Revenue was $5 million minus $2 million in costs.",
                 [eq("$5 million", "money", "5000000", "USD"),
                  eq("$2 million", "money", "2000000", "USD")], id="subtraction"),
    pytest.param("It reported negative cash flow of $3 million.",
                 [eq("$3 million", "money", "3000000", "USD")], id="negative-adjective"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_signed_money(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

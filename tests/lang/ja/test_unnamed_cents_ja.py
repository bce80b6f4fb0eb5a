"""A hundredth whose currency is unnamed (ja: "25セント"): money of the one currency with
cents the document states; with none, or two, stated it is no claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param('純利益は18億ユーロで、1株当たり25セントの配当を支払う。',
                 [eq('18億ユーロ', "money", "1800000000", "EUR"),
                  eq('25セント', "money", "0.25", "EUR")],
                 id="one-currency-stated"),
    pytest.param('1株当たり25セントの配当を支払う。', [], id="none-stated"),
    pytest.param('利益は20億ドルと10億ユーロで、配当は25セント。',
                 [eq('20億ドル', "money", "2000000000", "USD"),
                  eq('10億ユーロ', "money", "1000000000", "EUR")],
                 id="two-stated"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_unnamed_cents(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

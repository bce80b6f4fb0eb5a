"""Unit and currency names that used to become the counted noun of a count: temperature
scales written alone, oil barrels, cubic feet, acres, gallons, pence (GBP hundredths),
metric tons written in katakana, a Fahrenheit prefix with its 温度. A wrong kind is a wrong
claim: these are quantities or money."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q

LANG = "ja"

CASES = [
    pytest.param("生産量は1日25万バレル増えた。",
                 [q("25万バレル", "250000", "oil_barrel")],
                 id="barrel"),
    pytest.param("予算は820億ニュー台湾ドルだった。",
                 [eq("820億ニュー台湾ドル", "money", "82000000000", "TWD")],
                 id="new-taiwan-dollar"),
    pytest.param("輸出は3万2千メートルトンだった。",
                 [q("3万2千メートルトン", "32000", "metric_ton")],
                 id="metric-ton-not-meter"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_unit_names_after_a_number(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""A change and the level it reached are two claims, not a range: "fell 0.3% to 4.1%",
"rose 6.2% to 1,200"; a unit written after the first number alone is no range's. Ranges
stay ranges ("5 to 10%", "$5 to 10 million", "rose 10%-20%") (issue #14: wrong values)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"


def pct_range(surface: str, low: str, high: str) -> Want:
    return Want(surface, "percent", low, high, "range", "percent")


CASES = [
    pytest.param("Unemployment fell 0.3% to 4.1% in March.",
                 [eq("0.3%", "percent", "0.3", "percent"),
                  eq("4.1%", "percent", "4.1", "percent"),
                  Want("March", "date", relative="month without year")], id="by-then-to"),
    pytest.param("The index rose 6.2% to 1,200.", [eq("6.2%", "percent", "6.2", "percent")],
                 id="percent-then-level"),
    pytest.param("Prices rose 10%-20%.", [pct_range("10%-20%", "10", "20")],
                 id="dash-range"),
    pytest.param("Prices rose 10 to 20%.", [pct_range("10 to 20%", "10", "20")],
                 id="unit-once-range"),
    # Bounds within a few times each other read as a range of the change; a smaller
    # second number, or one many times the first, as the level reached.
    pytest.param("Prices rose 10% to 20%.", [pct_range("10% to 20%", "10", "20")],
                 id="range-like-bounds"),
    pytest.param("Shares fell 50% to 20%.",
                 [eq("50%", "percent", "50", "percent"), eq("20%", "percent", "20", "percent")],
                 id="level-below-change"),
    pytest.param("It costs $5 to 10 million.",
                 [Want("$5 to 10 million", "money", "5000000", "10000000", "range", "USD")],
                 id="symbol-before-range"),
    pytest.param("About 5% to 10% of cases are severe.",
                 [Want("About 5% to 10%", "percent", "5", "10", "range", "percent")],
                 id="no-verb-range"),
    # The level reached keeps its own unit: a percentage's new value has no scale word.
    pytest.param("Passengers fell 20 percent to 1.5 million people.",
                 [eq("20 percent", "percent", "20", "percent"),
                  eq("1.5 million", "count", "1500000", "people")], id="percent-then-millions"),
    # A currency before each number is its own unit: a change, then the level.
    pytest.param("Oil fell $2 to $78 a barrel.",
                 [eq("$2", "money", "2", "USD"), eq("$78", "money", "78", "USD")],
                 id="currency-before-change-level"),
    # A scale word after the second number alone is the range's.
    pytest.param("Costs rose $5 to $10 million.",
                 [Want("$5 to $10 million", "money", "5000000", "10000000", "range", "USD")],
                 id="scale-written-once"),
    pytest.param("The Dow lost 1.2% to 38,000 points.",
                 [eq("1.2%", "percent", "1.2", "percent"),
                  eq("38,000", "count", "38000", "points")], id="lost"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_change_level(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

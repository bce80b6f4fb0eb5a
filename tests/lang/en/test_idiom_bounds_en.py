"""Bounds news English writes as idioms ([qualifiers] before): "north of $1bn" is more
than, "shy of 100", "short of 60" and "south of $50" less than (each was an exact value)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "en"

CASES = [
    pytest.param("The deal is valued north of $1bn.",
                 [Want("north of $1bn", "money", "1000000000", None, "gt", "USD")], id="north"),
    pytest.param("Prices stayed south of $50.",
                 [Want("south of $50", "money", None, "50", "lt", "USD")], id="south"),
    pytest.param("The index fell just shy of 100 points.",
                 [Want("shy of 100", "count", None, "100", "lt", "points")], id="shy"),
    pytest.param("The bill fell short of 60 votes.",
                 [Want("short of 60", "count", None, "60", "lt", "votes")], id="short"),
    pytest.param("The town lies 30 km north of Paris.",
                 [Want("30 km", "quantity", "30", "30", "eq", "kilometer")], id="direction"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_idiom_bounds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

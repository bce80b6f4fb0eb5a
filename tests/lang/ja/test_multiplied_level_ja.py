"""A multiplier range before a verb of change: 2～3倍に増えた grew two- to threefold (a range),
not an update from 2 to 3 (an update's joint is a word, から, not a dash)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"


def span(surface: str, kind: str, low: str, high: str, unit: str | None) -> Want:
    return Want(surface, kind, low, high, "range", unit)


CASES = [
    pytest.param("2～3倍に増えた。",
                 [span("2～3倍", "multiplier", "2", "3", "times")],
                 id="range-grew"),
    pytest.param("価格は100～200円に上昇した。",
                 [span("100～200円", "money", "100", "200", "JPY")],
                 id="money-range"),
    pytest.param("感染者は10万人から15万人に増えた。",
                 [eq("10万人", "count", "100000", "people"),
                  eq("15万人", "count", "150000", "people")],
                 id="update-kept"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_a_multiplied_figure_and_its_new_level(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

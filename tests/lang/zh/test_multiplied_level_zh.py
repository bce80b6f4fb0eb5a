"""A multiplier range before a verb of change: 2～3倍に増えた grew two- to threefold (a range),
not an update from 2 to 3 (an update's joint is a word, から, not a dash)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"


def span(surface: str, kind: str, low: str, high: str, unit: str | None) -> Want:
    return Want(surface, kind, low, high, "range", unit)


CASES = [
    pytest.param("价格上涨2～3倍。",
                 [span("2～3倍", "multiplier", "2", "3", "times")],
                 id="range-rose"),
    pytest.param("病例翻倍间隔从 2.0 天延长至 4.7 天。",
                 [eq("翻倍", "multiplier", "2", "times"),
                  eq("2.0 天", "duration", "2", "day"),
                  eq("4.7 天", "duration", "4.7", "day")],
                 id="multiplier-word-counts-nothing"),
    pytest.param("增长了2至3倍。",
                 [span("2至3倍", "multiplier", "2", "3", "times")],
                 id="range-zhi"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_a_multiplied_figure_and_its_new_level(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

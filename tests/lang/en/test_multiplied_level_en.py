"""A figure that doubled or tripled 'to' a new level: the multiplier and the level are two
claims, never one range from the multiplier to the level (2 to 400)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"


def span(surface: str, kind: str, low: str, high: str, unit: str | None) -> Want:
    return Want(surface, kind, low, high, "range", unit)


CASES = [
    pytest.param("Sales doubled to 400 units.",
                 [eq("doubled", "multiplier", "2", "times"), eq("400", "count", "400", "units")],
                 id="doubled-to"),
    pytest.param("Profits tripled to 3,000 stores.",
                 [eq("tripled", "multiplier", "3", "times"),
                  eq("3,000", "count", "3000", "stores")],
                 id="tripled-to"),
    pytest.param("Sales rose 2 to 3 times.",
                 [span("2 to 3 times", "multiplier", "2", "3", "times")],
                 id="range-kept"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_a_multiplied_figure_and_its_new_level(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

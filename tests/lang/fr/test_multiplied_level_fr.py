"""A figure that doubled or tripled 'to' a new level: the multiplier and the level are two
claims, never one range from the multiplier to the level (2 to 400)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"


def span(surface: str, kind: str, low: str, high: str, unit: str | None) -> Want:
    return Want(surface, kind, low, high, "range", unit)


CASES = [
    pytest.param("Les ventes ont doublé à 400 unités.",
                 [eq("doublé", "multiplier", "2", "times"), eq("400", "count", "400", "unités")],
                 id="double-a"),
    pytest.param("Les ventes ont triplé jusqu'à 900 magasins.",
                 [eq("triplé", "multiplier", "3", "times"),
                  Want("jusqu'à 900", "count", None, "900", "lte", "magasins")],
                 id="triple-jusqua"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_a_multiplied_figure_and_its_new_level(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

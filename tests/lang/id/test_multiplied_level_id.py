"""A figure that doubled or tripled 'to' a new level: the multiplier and the level are two
claims, never one range from the multiplier to the level (2 to 400)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"


def span(surface: str, kind: str, low: str, high: str, unit: str | None) -> Want:
    return Want(surface, kind, low, high, "range", unit)


CASES = [
    pytest.param("Kasus meningkat dua kali lipat menjadi 400 orang.",
                 [eq("dua kali lipat", "multiplier", "2", "times"),
                  eq("400", "count", "400", "orang")],
                 id="menjadi"),
    pytest.param("Penjualan naik tiga kali lipat hingga 900 unit.",
                 [eq("tiga kali lipat", "multiplier", "3", "times"),
                  Want("hingga 900", "count", None, "900", "lte", "unit")],
                 id="hingga"),
    pytest.param("Naik 2 hingga 3 kali lipat.",
                 [span("2 hingga 3 kali lipat", "multiplier", "2", "3", "times")],
                 id="range-kept"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_a_multiplied_figure_and_its_new_level(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

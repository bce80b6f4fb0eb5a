"""Spelled fractions by their denominator ([spelled] fractions: fifths, tenths,
hundredths …): "three fifths" is no count of 3 "fifths" (a wrong value); of a scale word it
is a fraction of it; with no exact decimal (sixths) the number gives no claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Il a gagné de quatre centièmes de seconde.", [], id="centiemes"),
    pytest.param("Les trois cinquièmes des membres ont voté contre.",
                 [eq("trois cinquièmes", "percent", "60", "percent")], id="cinquiemes"),
    pytest.param("Plus de deux cinquièmes des tests étaient positifs.",
                 [Want("Plus de deux cinquièmes", "percent", "40", None, "gt", "percent")],
                 id="bound"),
    pytest.param("Deux sixièmes des membres ont voté.", [], id="inexact"),
    pytest.param("Le dixième anniversaire a réuni 500 salariés.",
                 [eq("500", "count", "500", "salariés")], id="ordinal-dixieme"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_fraction_denominators(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

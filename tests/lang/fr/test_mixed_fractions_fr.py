"""A small whole number and a slash fraction are one number ("10 1/2 mile" = 10,5 miles);
one with no exact decimal gives no claim; a space-grouped number stays one number."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Il faut plus de 10 1/2 mile de câble.",
                 [Want("plus de 10 1/2 mile", "quantity", "10.5", None, "gt", "mile")],
                 id="mixed-bound"),
    pytest.param("Il a ajouté 2 1/3 tasses.", [], id="no-exact-decimal"),
    pytest.param("Il y a 10 500 habitants.", [eq("10 500", "count", "10500", "habitants")],
                 id="grouped-unchanged"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_mixed_fractions(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

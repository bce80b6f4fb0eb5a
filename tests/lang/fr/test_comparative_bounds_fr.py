"""Bound words of comparison before a number ("greater than", "en dessous de", 最少) bound
it: read as an exact value before, a wrong value. A comparison of amounts bounds no span of
time after it ([qualifiers] comparatives: "higher than a year earlier")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "fr"

CASES = [
    pytest.param("Le prix est en dessous de 10 dollars.",
                 [Want("en dessous de 10 dollars", "money", None, "10", "lt", "USD")],
                 id="en-dessous"),
    pytest.param("Le prix est au-dessus de 10 dollars.",
                 [Want("au-dessus de 10 dollars", "money", "10", None, "gt", "USD")],
                 id="au-dessus"),
    pytest.param("Le taux doit passer en-dessous de 1 %.",
                 [Want("en-dessous de 1 %", "percent", None, "1", "lt", "percent")],
                 id="hyphen"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_comparative_bounds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Bound words of comparison before a number ("greater than", "en dessous de", 最少) bound
it: read as an exact value before, a wrong value. A comparison of amounts bounds no span of
time after it ([qualifiers] comparatives: "higher than a year earlier")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "zh"

CASES = [
    pytest.param("最少四十五人受伤。",
                 [Want("最少四十五人", "count", "45", None, "gte", "people")], id="zuishao"),
    pytest.param("起码四十五个人受伤。",
                 [Want("起码四十五个", "count", "45", None, "gte", "items")], id="qima"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_comparative_bounds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

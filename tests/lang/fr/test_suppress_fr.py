"""French: a `reconcile: ignore` marker after a sentence yields no claim of its own."""

from __future__ import annotations

import pytest

from extractcases import Want, date, eq
from suppresscases import check_marker, marker_cases

LANG = "fr"
SENTENCE = "En 2016, le laboratoire a versé 1,9 million de dollars à 12 ingénieurs."
CLAIMS = [
    date("2016", "2016"),
    eq("1,9 million de dollars", "money", "1900000", "USD"),
    eq("12", "count", "12", "ingénieurs"),
]

MARKERS = marker_cases(SENTENCE, CLAIMS)


@pytest.mark.parametrize(("text", "wanted", "rules"), MARKERS)
def test_marker_yields_no_claim(text: str, wanted: list[Want], rules: tuple[str, ...]) -> None:
    check_marker(text, wanted, rules, LANG)

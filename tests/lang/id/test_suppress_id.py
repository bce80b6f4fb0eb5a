"""Indonesian: a `reconcile: ignore` marker after a sentence yields no claim of its own."""

from __future__ import annotations

import pytest

from extractcases import Want, date, eq
from suppresscases import check_marker, marker_cases

LANG = "id"
SENTENCE = "Pada 2016 laboratorium itu membayar 1,9 juta dolar AS kepada 12 insinyur."
CLAIMS = [
    date("2016", "2016"),
    eq("1,9 juta dolar AS", "money", "1900000", "USD"),
    eq("12", "count", "12", "insinyur"),
]

MARKERS = marker_cases(SENTENCE, CLAIMS)


@pytest.mark.parametrize(("text", "wanted", "rules"), MARKERS)
def test_marker_yields_no_claim(text: str, wanted: list[Want], rules: tuple[str, ...]) -> None:
    check_marker(text, wanted, rules, LANG)

"""English: a `reconcile: ignore` marker after a sentence yields no claim of its own."""

from __future__ import annotations

import pytest

from extractcases import Want, date, eq
from suppresscases import check_marker, marker_cases

LANG = "en"
SENTENCE = "In 2016 the lab paid $1.9 million to 12 engineers."
CLAIMS = [
    date("2016", "2016"),
    eq("$1.9 million", "money", "1900000", "USD"),
    eq("12", "count", "12", "engineers"),
]

MARKERS = marker_cases(SENTENCE, CLAIMS)


@pytest.mark.parametrize(("text", "wanted", "rules"), MARKERS)
def test_marker_yields_no_claim(text: str, wanted: list[Want], rules: tuple[str, ...]) -> None:
    check_marker(text, wanted, rules, LANG)

"""Numbers beside names, which extraction skips before growth, and Han numerals inside words
(issue #14: speed): the claims around them stay read."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Le G7 a promis 5 milliards de dollars.",
                 [eq("5 milliards de dollars", "money", "5000000000", "USD")],
                 id="name-then-money"),
    pytest.param("La COVID-19 a tué 300 personnes.",
                 [eq("300", "count", "300", "personnes")], id="hyphened-name"),
    pytest.param("Le SARS-CoV-2 a infecté 12 patients.",
                 [eq("12", "count", "12", "patients")], id="two-hyphens"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_prefilter(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Numbers beside names, which extraction skips before growth, and Han numerals inside words
(issue #14: speed): the claims around them stay read."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("The G7 pledged 5 billion dollars.",
                 [eq("5 billion dollars", "money", "5000000000", "USD")], id="name-then-money"),
    pytest.param("COVID-19 killed 300 people.", [eq("300", "count", "300", "people")],
                 id="hyphened-name"),
    pytest.param("SARS-CoV-2 infected 12 patients.", [eq("12", "count", "12", "patients")],
                 id="two-hyphens"),
    pytest.param("The nsp1 protein binds 2 sites.", [eq("2", "count", "2", "sites")],
                 id="glued-name"),
    pytest.param("From COVID-19 to US$29 million in aid.",
                 [eq("US$29 million", "money", "29000000", "USD")], id="name-opens-no-range"),
    pytest.param("A magnitude M6.8 quake hit.", [eq("M6.8", "quantity", "6.8", "magnitude")],
                 id="unit-glued-before"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_prefilter(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

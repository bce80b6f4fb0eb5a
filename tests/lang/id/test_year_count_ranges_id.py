"""Ranges of years and counts: a round first year joins a second year that a word marks
as one ("from 1000 to 1300 AD"), a small marked year takes a plain end ("from AD 1000 to
1300"); a bare four-digit number with a counted noun after it ends a range of counts, not
a year ("from 1000 to 2000 people"); a number that is part of a name (COVID-19) opens no
range (issue #14: dates, ranges, no wrong value)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "id"

CASES = [
    pytest.param("Berlangsung dari tahun 1000 hingga 1300.",
                 [date("1000 hingga 1300", "1000/1300", "range")],
                 id="era-before-first"),
    pytest.param("Dari 1000 hingga 2000 orang datang.",
                 [Want("Dari 1000 hingga 2000", "count", "1000", "2000", "range", "orang")],
                 id="counted-end-no-year"),
    pytest.param("Total untuk COVID-19 hingga 29 juta dolar AS.",
                 [eq("29 juta dolar AS", "money", "29000000", "USD")],
                 id="name-before-connector"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_year_count_ranges(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

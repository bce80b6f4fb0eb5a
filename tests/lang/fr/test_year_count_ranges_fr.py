"""Ranges of years and counts: a round first year joins a second year that a word marks
as one ("from 1000 to 1300 AD"), a small marked year takes a plain end ("from AD 1000 to
1300"); a bare four-digit number with a counted noun after it ends a range of counts, not
a year ("from 1000 to 2000 people"); a number that is part of a name (COVID-19) opens no
range (issue #14: dates, ranges, no wrong value)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "fr"

CASES = [
    pytest.param("Elle dura de 1000 à 1300 apr. J.-C.",
                 [date("1000 à 1300 apr. J.-C.", "1000/1300", "range")],
                 id="era-after-second"),
    pytest.param("Elle dura de l’an 1000 à 1300.",
                 [date("1000 à 1300", "1000/1300", "range")],
                 id="era-before-first"),
    pytest.param("De 1000 à 2000 personnes sont venues.",
                 [Want("De 1000 à 2000", "count", "1000", "2000", "range", "personnes")],
                 id="counted-end-no-year"),
    pytest.param("Cela porte le total pour un vaccin contre la COVID-19 à 29 millions US$.",
                 [eq("29 millions US$", "money", "29000000", "USD")],
                 id="name-before-connector"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_year_count_ranges(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

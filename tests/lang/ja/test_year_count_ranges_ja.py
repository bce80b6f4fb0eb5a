"""Ranges of years and counts: a round first year joins a second year that a word marks
as one ("from 1000 to 1300 AD"), a small marked year takes a plain end ("from AD 1000 to
1300"); a bare four-digit number with a counted noun after it ends a range of counts, not
a year ("from 1000 to 2000 people"); a number that is part of a name (COVID-19) opens no
range (issue #14: dates, ranges, no wrong value)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("COVID-19から2900万ドルへ",
                 [eq("2900万ドル", "money", "29000000", "USD")],
                 id="name-before-connector"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_year_count_ranges(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

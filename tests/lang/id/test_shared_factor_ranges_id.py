"""Ranges whose second bound carries a word that multiplies both (a hundred word, a Han unit
or scale, a tenth-word): read for the first bound too, else it is a wrong value; and two
consecutive numbers joined by an alternative word ([ranges] alternatives: "or", 、) are an
approximate range."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, rng

LANG = "id"

CASES = [
    pytest.param("Dua hingga tiga ratus orang datang.",
                 [rng("Dua hingga tiga ratus", "count", "200", "300", "orang")], id="ratus"),
    pytest.param("Dua atau tiga juta orang mengungsi.",
                 [rng("Dua atau tiga juta", "count", "2000000", "3000000", "orang")],
                 id="atau-juta"),
    pytest.param("Virus akan beredar hingga satu atau dua tahun.",
                 [rng("hingga satu atau dua tahun", "duration", "1", "2", "year")],
                 id="atau-years"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_shared_factor_ranges(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

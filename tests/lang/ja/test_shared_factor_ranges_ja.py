"""Ranges whose second bound carries a word that multiplies both (a hundred word, a Han unit
or scale, a tenth-word): read for the first bound too, else it is a wrong value; and two
consecutive numbers joined by an alternative word ([ranges] alternatives: "or", 、) are an
approximate range."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, rng

LANG = "ja"

CASES = [
    pytest.param("約2～3割の企業が赤字だった。",
                 [Want("約2～3割", "percent", "20", "30", "range", "percent")], id="wari"),
    pytest.param("二、三百人が集まった。",
                 [rng("二、三百人", "count", "200", "300", "people")], id="comma-hyaku"),
    pytest.param("二、三人が集まった。", [rng("二、三人", "count", "2", "3", "people")],
                 id="comma-ones"),
    pytest.param("二、三万人が集まった。",
                 [rng("二、三万人", "count", "20000", "30000", "people")], id="comma-man"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_shared_factor_ranges(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

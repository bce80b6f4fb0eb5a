"""Ranges whose second bound carries a word that multiplies both (a hundred word, a Han unit
or scale, a tenth-word): read for the first bound too, else it is a wrong value; and two
consecutive numbers joined by an alternative word ([ranges] alternatives: "or", 、) are an
approximate range."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, rng

LANG = "fr"

CASES = [
    pytest.param("Deux à trois cents personnes sont venues.",
                 [rng("Deux à trois cents", "count", "200", "300", "personnes")], id="cents"),
    pytest.param("Deux ou trois cents personnes sont venues.",
                 [rng("Deux ou trois cents", "count", "200", "300", "personnes")],
                 id="ou-cents"),
    pytest.param("Deux ou trois millions de personnes ont fui.",
                 [rng("Deux ou trois millions", "count", "2000000", "3000000", "personnes")],
                 id="ou-millions"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_shared_factor_ranges(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Un pourcentage d'un (fr) : « un point de pourcentage » est une affirmation, comme
« 1 point de pourcentage »."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Le taux a augmenté d'un point de pourcentage.",
                 [eq('un point de pourcentage', 'percent', '1', 'percentage point')],
                 id="one-point"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_percent_of_one(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

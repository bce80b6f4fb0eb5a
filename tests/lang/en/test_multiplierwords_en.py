"""English multiplier words beyond double/triple: -fold words and verb forms."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("Sales rose twofold.", [eq('twofold', 'multiplier', '2', 'times')],
                 id="twofold"),
    pytest.param("A fivefold increase.", [eq('fivefold', 'multiplier', '5', 'times')],
                 id="fivefold"),
    pytest.param("Prices quadrupled.", [eq('quadrupled', 'multiplier', '4', 'times')],
                 id="quadrupled"),
    pytest.param("The tripling of costs.", [eq('tripling', 'multiplier', '3', 'times')],
                 id="tripling"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_multiplier_words(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

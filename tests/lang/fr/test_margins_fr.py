"""A sign word after its "plus" ([percent] margin) is a margin either side, as "±3%" is:
unsigned. "plus or minus 3%" (a poll's margin of error) was read as -3 %; the sign word
alone still makes a value negative."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Le sondage a une marge d'erreur de plus ou moins 3 %.",
                 [eq('3 %', 'percent', '3', 'percent')],
                 id='percent'),
    pytest.param('Une précision de plus ou moins 2 °C.',
                 [eq('2 °C', 'quantity', '2', 'degree_Celsius')],
                 id='temperature'),
    pytest.param('La croissance a été de moins 3 %.',
                 [eq('moins 3 %', 'percent', '-3', 'percent')],
                 id='sign-alone'),
    # "au moins" is a bound, read before the sign word.
    pytest.param('La croissance a atteint au moins 3 %.',
                 [Want('au moins 3 %', 'percent', '3', None, 'gte', 'percent')],
                 id='at-least'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_margins(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""A sign word after its "plus" ([percent] margin) is a margin either side, as "±3%" is:
unsigned. "plus or minus 3%" (a poll's margin of error) was read as -3 %; the sign word
alone still makes a value negative."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param('Margin of error survei plus minus 3 persen.',
                 [eq('3 persen', 'percent', '3', 'percent')],
                 id='percent'),
    pytest.param('Tingkat kesalahan plus-minus 2,5 persen.',
                 [eq('2,5 persen', 'percent', '2.5', 'percent')],
                 id='hyphen'),
    pytest.param('Pertumbuhan ekonomi minus 3 persen.',
                 [eq('minus 3 persen', 'percent', '-3', 'percent')],
                 id='sign-alone'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_margins(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

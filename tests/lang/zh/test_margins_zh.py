"""A sign word after its "plus" ([percent] margin) is a margin either side, as "±3%" is:
unsigned. "plus or minus 3%" (a poll's margin of error) was read as -3 %; the sign word
alone still makes a value negative."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param('误差为正负3%。',
                 [eq('3%', 'percent', '3', 'percent')],
                 id='percent'),
    pytest.param('增长率为负3%。',
                 [eq('负3%', 'percent', '-3', 'percent')],
                 id='sign-alone'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_margins(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

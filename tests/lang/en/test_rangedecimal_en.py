"""English: both bounds of a range are written in one style: a bound whose point could be
grouping ('99.999') is a decimal when the other bound's point is one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "en"

CASES = [
    pytest.param('The gel removed 99.99% to 99.999% of the bacteria.',
                 [Want('99.99% to 99.999%', 'percent', '99.99', '99.999', 'range', 'percent')],
                 id='percent-range'),
    pytest.param('Yields were between 2.5% and 3.125% in the survey.',
                 [Want('between 2.5% and 3.125%', 'percent', '2.5', '3.125', 'range', 'percent')],
                 id='three-decimals-high'),
    pytest.param('The gel removed 99.999% to 99.9999% of the bacteria.',
                 [Want('99.999% to 99.9999%', 'percent', '99.999', '99.9999', 'range', 'percent')],
                 id='three-decimals-low'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_rangedecimal(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""French: both bounds of a range are written in one style: a bound whose comma could be
grouping ('99,999') is a decimal when the other bound's comma is one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "fr"

CASES = [
    pytest.param('Le gel élimine de 99,99 % à 99,999 % des bactéries.',
                 [Want('de 99,99 % à 99,999 %', 'percent', '99.99', '99.999', 'range', 'percent')],
                 id='percent-range'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_rangedecimal(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Indonesian: both bounds of a range are written in one style ('99,99% hingga 99,999%'), and
'hingga' after a percent joins a range ('10% hingga 20%'), as after a bare number."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "id"

CASES = [
    pytest.param('Gel itu membunuh 99,99% hingga 99,999% bakteri.',
                 [Want('99,99% hingga 99,999%', 'percent', '99.99', '99.999', 'range', 'percent')],
                 id='percent-range-decimals'),
    pytest.param('Harga naik 10% hingga 20% di pasar.',
                 [Want('10% hingga 20%', 'percent', '10', '20', 'range', 'percent')],
                 id='percent-range'),
    pytest.param('Harga naik 10 persen hingga 20 persen di pasar.',
                 [Want('10 persen hingga 20 persen', 'percent', '10', '20', 'range', 'percent')],
                 id='percent-word-range'),
    pytest.param('Harga naik hingga 20% di pasar.',
                 [Want('hingga 20%', 'percent', None, '20', 'lte', 'percent')],
                 id='up-to-percent'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_rangedecimal(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

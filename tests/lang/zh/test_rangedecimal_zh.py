"""Chinese: both bounds of a range are written in one style: '99.999' is a decimal when the
other bound's point is one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "zh"

CASES = [
    pytest.param('洗手液可杀死 99.99% 至 99.999% 的细菌。',
                 [Want('99.99% 至 99.999%', 'percent', '99.99', '99.999', 'range', 'percent')],
                 id='percent-range'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_rangedecimal(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

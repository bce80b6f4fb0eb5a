"""Japanese: both bounds of a range are written in one style: '99.999' is a decimal when the
other bound's point is one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "ja"

CASES = [
    pytest.param('消毒液は細菌の99.99%～99.999%を除去する。',
                 [Want('99.99%～99.999%', 'percent', '99.99', '99.999', 'range', 'percent')],
                 id='percent-range'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_rangedecimal(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

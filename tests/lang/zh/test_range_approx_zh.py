"""Chinese: an approximation after a range belongs to the range (3-5%左右 is 3 to 5 %,
was 5 % alone and the 3 dropped)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "zh"

CASES = [
    pytest.param("增速为3-5%左右。",
                 [Want('3-5%左右', 'percent', '3', '5', 'range', 'percent')], id="hyphen"),
    pytest.param("增速为3%至5%左右。",
                 [Want('3%至5%左右', 'percent', '3', '5', 'range', 'percent')], id="zhi"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_range_approx(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

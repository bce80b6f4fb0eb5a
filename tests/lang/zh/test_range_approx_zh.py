"""Chinese: an approximation after a range belongs to the range (3-5%左右 is 3 to 5 %,
was 5 % alone and the 3 dropped); so does an upper bound (15至20分钟以内: within 15 to 20
minutes was at most 20 minutes, the 15 dropped); a lower bound does not (20人以上)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "zh"

CASES = [
    pytest.param("增速为3-5%左右。",
                 [Want('3-5%左右', 'percent', '3', '5', 'range', 'percent')], id="hyphen"),
    pytest.param("增速为3%至5%左右。",
                 [Want('3%至5%左右', 'percent', '3', '5', 'range', 'percent')], id="zhi"),
    pytest.param("在15至20分钟以内完成。",
                 [Want('15至20分钟以内', 'duration', '15', '20', 'range', 'minute')],
                 id="within"),
    pytest.param("在15至20分钟之内完成。",
                 [Want('15至20分钟之内', 'duration', '15', '20', 'range', 'minute')],
                 id="zhinei"),
    pytest.param("在20分钟以内完成。",
                 [Want('20分钟以内', 'duration', None, '20', 'lte', 'minute')], id="alone"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_range_approx(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Japanese: an upper bound after a range belongs to the range (15～20分以内: within 15 to
20 minutes, was at most 20 minutes and the 15 dropped), as an approximation does
(3～5％程度); alone it bounds its number (20分以内)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "ja"

CASES = [
    pytest.param("15～20分以内に完了する。",
                 [Want('15～20分以内', 'duration', '15', '20', 'range', 'minute')], id="within"),
    pytest.param("3～5％程度上昇した。",
                 [Want('3～5％程度', 'percent', '3', '5', 'range', 'percent')], id="about"),
    pytest.param("20分以内に完了する。",
                 [Want('20分以内', 'duration', None, '20', 'lte', 'minute')], id="alone"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_range_bounds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Japanese: an approximation after a range belongs to the range (3～5％程度 is 3 to 5 %,
was 5 % alone); ▲/△ before a percentage are minus signs (前年同期比▲1.2%)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("伸び率は3～5％程度。",
                 [Want('3～5％程度', 'percent', '3', '5', 'range', 'percent')], id="range-approx"),
    pytest.param("前年同期比▲1.2%。", [eq('▲1.2%', 'percent', '-1.2', 'percent')],
                 id="black-triangle"),
    pytest.param("前年比△3%。", [eq('△3%', 'percent', '-3', 'percent')], id="white-triangle"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_range_marks(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

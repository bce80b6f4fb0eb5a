"""Japanese forms found by faithful five-language stories (nineteenth round): the decimal
point newspapers print as ・ between runs of digits, before a percent sign, points, a
multiplier or after a zero (０・０２％, １・２ポイント); between other numbers it stays
unread (三・四人: three or four people; １・２月: January and February)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("比率は０・０２％で、９・４％に上昇し、１・２ポイント増えた。",
                 [eq("０・０２％", "percent", "0.02", "percent"),
                  eq("９・４％", "percent", "9.4", "percent"),
                  eq("１・２ポイント", "percent", "1.2", "percentage point")],
                 id="point-before-a-percent"),
    pytest.param("輸出は３・５倍に増えた。",
                 [eq("３・５倍", "multiplier", "3.5", "times")],
                 id="point-before-a-multiplier"),
    pytest.param("三・四人が負傷した。", [], id="three-or-four-people"),
    pytest.param("１・２位を占めた。", [], id="first-and-second"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round19(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

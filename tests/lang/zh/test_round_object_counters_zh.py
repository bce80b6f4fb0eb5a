"""颗/顆 and 枚 count objects (zh): satellites, stars, missiles, medals ("20颗卫星", "3枚金牌");
one of them is no count, as with every counter."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("将20颗卫星送入轨道。", [eq("20颗", "count", "20", '卫星')], id="satellites"),
    pytest.param("他获得3枚金牌。", [eq("3枚", "count", "3", '金牌')], id="medals"),
    pytest.param("共有兩顆衛星。", [eq("兩顆", "count", "2", '衛星')], id="traditional"),
    pytest.param("发射了1颗卫星。", [], id="one"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_round_object_counters(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Japanese weather reports give a wind speed in metres, per second understood: 風速40メートル
and 毎秒40メートル are 40 m/s (they were 40 m, a length beside a translation's 40 m/s)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, q

LANG = "ja"

CASES = [
    pytest.param("最大瞬間風速40メートルを観測した。",
                 [q("風速40メートル", "40", "meter / second")], id="fusoku"),
    pytest.param("風速は毎秒40メートルに達した。",
                 [q("毎秒40メートル", "40", "meter / second")], id="maibyo"),
    pytest.param("高さ40メートルの塔。", [q("40メートル", "40", "meter")], id="height-stays"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_wind_speed(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

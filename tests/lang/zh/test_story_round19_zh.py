"""Chinese forms found by faithful five-language stories (nineteenth round): bound words
before a verb or a distance (最长达7天, 最长需要两天, 最遠150公里, 最高調漲9%) and an
approximating one before "needs" (约需45分钟); tenths of one (不到一成) and of households
(4成家庭: 成家, "to marry", is no word after a number)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("约480户居民停水停电最长达7天。",
                 [eq("约480户", "count", "480", "households", "approx"),
                  Want("最长达7天", "duration", None, "7", "lte", "day")],
                 id="longest-reaching"),
    pytest.param("修复最长需要两天。",
                 [Want("最长需要两天", "duration", None, "2", "lte", "day")],
                 id="longest-needing"),
    pytest.param("火山灰最遠飄到150公里外。",
                 [Want("最遠飄到150公里", "quantity", None, "150", "lte", "kilometer")],
                 id="farthest-with-a-verb-between"),
    pytest.param("熔岩流最遠150公里。",
                 [Want("最遠150公里", "quantity", None, "150", "lte", "kilometer")],
                 id="farthest"),
    pytest.param("学费最高調漲9%。",
                 [Want("最高調漲9%", "percent", None, "9", "lte", "percent")],
                 id="raised-by-up-to"),
    pytest.param("灭火约需45分钟。",
                 [eq("约需45分钟", "duration", "45", "minute", "approx")],
                 id="about-needs"),
    pytest.param("僅有不到一成進入商店。",
                 [Want("不到一成", "percent", None, "10", "lt", "percent")],
                 id="less-than-a-tenth"),
    pytest.param("收入最高的4成家庭受惠。",
                 [eq("4成", "percent", "40", "percent")],
                 id="tenths-of-households"),
    pytest.param("政策一成不变。", [], id="unchanging-is-no-tenth"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round19(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

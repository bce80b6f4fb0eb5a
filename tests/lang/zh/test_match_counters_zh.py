"""Chinese: 场/場 (games, performances, events) and 球 (goals) are counters ("在52场比赛中打进
41球" and "连胜 15 场" gave no claim)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("他上赛季在52场比赛中打进41球。",
                 [eq('52场', 'count', '52', '比赛'), eq('41球', 'count', '41', 'goals')],
                 id="games-goals"),
    pytest.param("一场大雨过后，现场有3场演出取消。", [eq('3场', 'count', '3', '演出')],
                 id="one-and-scene"),
    pytest.param("全国共有3000个足球场。", [eq('3000个', 'count', '3000', 'items')],
                 id="field-is-no-counter"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_match_counters(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

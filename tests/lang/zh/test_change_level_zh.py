"""A verb of change right before a change and the level it reached: two claims, not a
range ("下降0.3%至4.1%"); a range stays one ("5%至10%", "上涨10至20%")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("失业率下降0.3%至4.1%。",
                 [eq("0.3%", "percent", "0.3", "percent"), eq("4.1%", "percent", "4.1", "percent")],
                 id="by-then-to"),
    pytest.param("指数上涨6.2%至1200点。", [eq("6.2%", "percent", "6.2", "percent")],
                 id="percent-then-level"),
    pytest.param("价格上涨10至20%。",
                 [Want("10至20%", "percent", "10", "20", "range", "percent")], id="range"),
    pytest.param("5%至10%的病例较重。",
                 [Want("5%至10%", "percent", "5", "10", "range", "percent")], id="no-verb-range"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_change_level(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

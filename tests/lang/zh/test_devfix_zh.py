"""Chinese forms seen wrong in the dev data (#14): a spaced range dash, "N+", rates per a
round denominator and vague amounts times a scale word."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "zh"

CASES = [
    pytest.param("咽痛 (13 -25%) 较为常见。",
                 [Want("13 -25%", "percent", "13", "25", "range", "percent")],
                 id="spaced-dash-is-range"),
    pytest.param("有 300+ 人参加。",
                 [Want("300+ 人", "count", "300", None, "gt", "people")], id="plus-count"),
    pytest.param("发病率为 0.31/10 万。", [], id="rate-slash-10-wan"),
    pytest.param("发病率为每 10 万人 0.31 例。",
                 [Want("0.31 例", "count", "0.31", "0.31", "eq", "cases")],
                 id="rate-mei-10-wan"),
    pytest.param("这导致数十万次检测被推迟。",
                 [Want("数十万次", "count", "200000", "990000", "several", "times")],
                 id="shu-shi-wan"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_devfix(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Chinese forms seen wrong in the dev data (#14): a spaced range dash, "N+", rates per a
round denominator and vague amounts times a scale word."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "zh"

CASES = [
    pytest.param("咽痛 (13 -25%) 较为常见。",
                 [Want("13 -25%", "percent", "13", "25", "range", "percent")],
                 id="spaced-dash-is-range"),
    pytest.param("有 300+ 人参加。",
                 [Want("300+ 人", "count", "300", None, "gt", "people")], id="plus-count"),
    pytest.param("发病率为 0.31/10 万。", [], id="rate-slash-10-wan"),
    pytest.param("他抵达时身上带着 4 美分。", [eq("4 美分", "money", "0.04", "USD")],
                 id="us-cents"),
    # The rate's value is no count either: 0.31 例 is a fraction of a counter's things.
    pytest.param("发病率为每 10 万人 0.31 例。",
                 [],
                 id="rate-mei-10-wan"),
    pytest.param("这导致数十万次检测被推迟。",
                 [Want("数十万次", "count", "200000", "990000", "several", '检测')],
                 id="shu-shi-wan"),
]

DEVGOLD = [
    pytest.param("最初估计值为 1.4 到 2.4。", [], id="fraction-range-of-nothing"),
    pytest.param("病死率为 6.0% (97,039/1,617,204)。",
                 [eq("6.0%", "percent", "6.0", "percent"),
                  eq("97,039", "count", "97039", None),
                  eq("1,617,204", "count", "1617204", None)], id="grouped-count-ratio"),
    pytest.param("总资本支出为 26 亿美元（以 2013 年的美元价值计）。结果预计在 4 月公布。",
                 [eq("26 亿美元", "money", "2600000000", "USD"), date("2013 年", "2013"),
                  date("4 月", None,
                       relative="month without year")], id="price-level-year-anchors-nothing"),
    pytest.param("各国检测占比均未超过总人口的 3%。",
                 [Want("未超过总人口的 3%", "percent", None, "3", "lte", "percent")],
                 id="negated-qualifier-share-of-whole"),
    pytest.param("近年来全国人口的 3%。", [eq("3%", "percent", "3", "percent")],
                 id="one-char-qualifier-not-in-gap"),
]


@pytest.mark.parametrize(("text", "wanted"), [*CASES, *DEVGOLD])
def test_devfix(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

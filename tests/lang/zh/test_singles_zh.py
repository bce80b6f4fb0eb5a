"""Chinese forms that made lone facts on faithful translations (issue #15): "must not
exceed" (不要/不得超过: at most), ranks, clock times, a count before its share in
parentheses, the last N days, feet and pounds."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q

LANG = "zh"

NEGATED = [
    pytest.param("小学生的学习单元最好不要超过20分钟。",
                 [Want("不要超过20分钟", "duration", None, "20", "lte", "minute")],
                 id="buyao-chaoguo"),
    pytest.param("每次时间不得超过 3 小时。",
                 [Want("不得超过 3 小时", "duration", None, "3", "lte", "hour")],
                 id="bude-chaoguo"),
    pytest.param("时间超过 3 小时。",
                 [Want("超过 3 小时", "duration", "3", None, "gt", "hour")],
                 id="chaoguo-still-gt"),
]

REFERENCES = [
    pytest.param("尚不清楚上述两种治疗方案能否对重症患者有效。", [], id="shangshu-liangzhong"),
    pytest.param("研究了两种治疗方案。", [eq("两种", "count", "2", "kinds")],
                 id="liangzhong-counts"),
]

ORDINAL_RANGES = [
    pytest.param("RBD 位于 S1 片段的第 318 至 510 个氨基酸中。", [], id="dai-range"),
    pytest.param("共有 318 至 510 个氨基酸。",
                 [Want("318 至 510 个", "count", "318", "510", "range", "items")],
                 id="plain-range-counts"),
]

OCCURRENCES = [
    pytest.param("东京两次举办夏季奥运会。", [eq("两次", "count", "2", "times")],
                 id="ci-occurrences"),
    pytest.param("我们可以升级到每周两次。", [eq("两次", "count", "2", "times")],
                 id="meizhou-liangci"),
    pytest.param("伊朗实际病例数可能比报道数高出 5 倍。",
                 [eq("5 倍", "multiplier", "5", "times")], id="bei-multiplier"),
]

TERRITORY_MONEY = [
    pytest.param("近期作品包括加拿大新版 5 元和 100 元纸币正面的总理肖像。",
                 [eq("5 元", "money", "5", "CAD"), eq("100 元", "money", "100", "CAD")],
                 id="territory-yuan-coordinated"),
    pytest.param("日本 5 元硬币", [eq("5 元", "money", "5", "JPY")], id="territory-adjacent"),
    pytest.param("他花了 100 元。", [eq("100 元", "money", "100", "CNY")], id="yuan-alone"),
    pytest.param("美国游客在北京花了 100 元。", [eq("100 元", "money", "100", "CNY")],
                 id="territory-too-far"),
    pytest.param("票价为 5 和 10 元。",
                 [eq("5", "money", "5", "CNY"), eq("10 元", "money", "10", "CNY")],
                 id="coordinated-share-unit"),
]

AGES = [
    pytest.param("病毒从一名 7 个月大的婴儿身上分离得出。", [], id="geyue-da-age"),
    pytest.param("他等了 4 个月。", [eq("4 个月", "duration", "4", "month")],
                 id="geyue-span"),
]

RANKS = [
    pytest.param("她以第 10 名完赛。", [], id="di-ming"),
]

CLOCK = [
    pytest.param("比赛于上午 10 点开始。", [], id="shangwu-dian"),
]

SHARES = [
    pytest.param("而 4,470 名 (62.4%) 患者没有基础疾病。",
                 [eq("4,470 名", "count", "4470", "people"),
                  eq("62.4%", "percent", "62.4", "percent")], id="count-before-share"),
]

SPANS = [
    pytest.param("过去 14 天内访问的国家。", [eq("14 天", "duration", "14", "day")],
                 id="last-days"),
]

UNITS = [
    pytest.param("病房被 20 英尺深的洪水淹没。", [q("20 英尺", "20", "foot")], id="feet"),
    pytest.param("两颗卫星重量都超过 1000 磅。",
                 [eq("两颗", "count", "2", '卫星'),
                  Want("超过 1000 磅", "quantity", "1000", None, "gt", "pound")],
                 id="pounds-mass"),
]


ALL = [
    *AGES, *ORDINAL_RANGES, *OCCURRENCES,
    *NEGATED, *REFERENCES, *TERRITORY_MONEY, *RANKS, *CLOCK, *SHARES, *SPANS, *UNITS,
]


@pytest.mark.parametrize(("text", "wanted"), ALL)
def test_singles(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Japanese forms that made lone facts on faithful translations (issue #15): ranks (9位: a
place, no count), clock times, a count before its share in parentheses, the last N days,
feet and pounds."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q

LANG = "ja"

REFERENCES = [
    pytest.param("上記の二つの方法が同じ効果をもたらすかは不明です。", [], id="jouki-futatsu"),
    pytest.param("二つの方法を試した。", [eq("二つ", "count", "2", "items")], id="futatsu-counts"),
]

ORDINAL_RANGES = [
    pytest.param("RBDは第318～510番目のアミノ酸にある。", [], id="ordinal-range"),
    pytest.param("第3～5章を読む。", [], id="dai-range"),
]

OCCURRENCES = [
    pytest.param("東京は夏季オリンピックを2回開催した。", [eq("2回", "count", "2", "times")],
                 id="kai-occurrences"),
    pytest.param("報告を週2回に増やす。", [eq("2回", "count", "2", "times")], id="shu-ni-kai"),
    pytest.param("イランの症例は報告の5倍かもしれない。",
                 [eq("5倍", "multiplier", "5", "times")], id="bai-multiplier"),
]

TERRITORY_MONEY = [
    pytest.param("カナダの新5ドル紙幣と新100ドル紙幣の肖像画。",
                 [eq("5ドル", "money", "5", "CAD"), eq("100ドル", "money", "100", "CAD")],
                 id="canada-dollar-bills"),
]

AGES = [
    pytest.param("生後4か月のマウスは糖尿病ではない。", [], id="seigo-age"),
    pytest.param("4か月待った。", [eq("4か月", "duration", "4", "month")], id="kagetsu-span"),
]

RANKS = [
    pytest.param("9位のハンガリーの選手より遅れ、女子の10位でフィニッシュしました。", [],
                 id="rank-i"),
    pytest.param("彼は3位に入った。", [], id="rank-san"),
    pytest.param("東京は夏季オリンピックを2回開催した。", [eq("2回", "count", "2", "times")],
                 id="kai-still-counts"),
]

CLOCK = [
    pytest.param("試合は午前10時に始まった。", [], id="gozen-ji"),
]

SHARES = [
    pytest.param("4,470人（62.4%）には基礎疾患がなかった。",
                 [eq("4,470人", "count", "4470", "people"),
                  eq("62.4%", "percent", "62.4", "percent")], id="count-before-share"),
]

SPANS = [
    pytest.param("過去14日間に訪れた国。", [eq("14日間", "duration", "14", "day")],
                 id="last-days"),
]

UNITS = [
    pytest.param("病棟は20フィートの高さまで浸水した。", [q("20フィート", "20", "foot")],
                 id="feet"),
    pytest.param("衛星の重さは1,000ポンド以上でした。",
                 [Want("1,000ポンド以上", "quantity", "1000", None, "gte", "pound")],
                 id="pounds-mass"),
]


ALL = [
    *AGES, *ORDINAL_RANGES, *OCCURRENCES,
    *REFERENCES, *TERRITORY_MONEY, *RANKS, *CLOCK, *SHARES, *SPANS, *UNITS,
]


@pytest.mark.parametrize(("text", "wanted"), ALL)
def test_singles(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

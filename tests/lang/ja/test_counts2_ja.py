"""Japanese counts, wave 2: no count of one, 目 ordinals, 弱/強 after a number, Han
durations of one and halves, vague × scale, centuries, spaced counters, more counters."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"


def several(surface: str, kind: str, low: str, high: str, unit: str | None) -> Want:
    return Want(surface, kind, low, high, "several", unit)


ONE = [
    pytest.param("1人が死亡した。", [], id="one-person"),
    pytest.param("最大の進歩の1つです。", [], id="one-item"),
    pytest.param("1隻が派遣された。", [], id="one-ship"),
    pytest.param("1回だけ会った。", [], id="one-time"),
    pytest.param("2回会った。", [eq("2回", "count", "2", "times")], id="two-times"),
    pytest.param("1年後に広がる。", [eq("1年", "duration", "1", "year")], id="one-year"),
    pytest.param("1年間働いた。", [eq("1年間", "duration", "1", "year")], id="one-year-kan"),
    pytest.param("一年後に戻った。", [eq("一年", "duration", "1", "year")], id="han-one-year"),
    pytest.param("1年半かかった。", [eq("1年半", "duration", "1.5", "year")], id="half"),
    pytest.param("最初の一年は苦しかった。", [], id="first-year"),
    pytest.param("遺体は1日ほど前からそこにあった。",
                 [eq("1日ほど", "duration", "1", "day", "approx")], id="day-hodo"),
    pytest.param("工事は3日程度かかる。", [eq("3日程度", "duration", "3", "day", "approx")],
                 id="day-teido"),
    pytest.param("10日以上続いた。", [Want("10日以上", "duration", "10", None, "gte", "day")],
                 id="day-ijou"),
    pytest.param("5月3日ほどに届く。", [Want("5月3日", "date", relative="month without year")],
                 id="date-day"),
]

ORDINALS = [
    pytest.param("2回目の審議の前に。", [], id="kaime"),
    pytest.param("彼の1,000枚目の切手。", [], id="maime"),
    pytest.param("3人目の患者。", [], id="ninme"),
    pytest.param("少なくとも17世紀にさかのぼる。", [], id="century-qualified"),
    pytest.param("10～11世紀にかけて。", [], id="century-range"),
    pytest.param("第 3 回の会議。", [], id="ordinal-spaced"),
    pytest.param("その約3分の1は水域です。",
                 [eq("約3分の1", "percent", "33.33", "percent", "approx")], id="fraction"),
    pytest.param("3分の2以上が賛成した。",
                 [Want('3分の2以上', 'percent', '66.67', None, 'gte', 'percent')],
                 id="fraction-ijou"),
]

OTHER = [
    pytest.param("4万人弱が住む。", [Want("4万人弱", "count", None, "40000", "lt", "people")],
                 id="jaku"),
    pytest.param("4万人強が住む。", [Want("4万人強", "count", "40000", None, "gt", "people")],
                 id="kyou"),
    pytest.param("数千万ドルを費やした。",
                 [several("数千万ドル", "money", "20000000", "99990000", "USD")],
                 id="suusenman"),
    pytest.param("数万人が集まった。",
                 [several("数万人", "count", "20000", "90000", "people")], id="suuman"),
    pytest.param("何千という川から水を集める。",
                 [several("何千", "count", "2000", "9999", None)], id="nanzen-toiu"),
    pytest.param("何百もの人々が集まった。",
                 [several("何百", "count", "200", "999", None)], id="nanbyaku-mono"),
    pytest.param("何千が集まった。", [], id="nanzen-alone"),
    pytest.param("橋には2車線がある。", [eq("2車線", "count", "2", "lanes")], id="shasen"),
    pytest.param("2点間の動き。", [eq("2点", "count", "2", "items")], id="ten"),
    pytest.param("約 9400 戸が停電した。",
                 [eq("約 9400 戸", "count", "9400", "households", "approx")], id="spaced"),
]


@pytest.mark.parametrize(("text", "wanted"), [*ONE, *ORDINALS, *OTHER])
def test_counts2(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

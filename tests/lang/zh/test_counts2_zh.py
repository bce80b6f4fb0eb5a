"""Chinese counts, wave 2: counters and after-qualifiers one space after spaced digits, no
count of one, Han durations of one and halves, vague × scale, spaced ordinals, centuries."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"


def gt(surface: str, kind: str, value: str, unit: str | None) -> Want:
    return Want(surface, kind, value, None, "gt", unit)


def several(surface: str, kind: str, low: str, high: str, unit: str | None) -> Want:
    return Want(surface, kind, low, high, "several", unit)


SPACED = [
    pytest.param("报告中共有 78 项建议。", [eq("78 项", "count", "78", "items")], id="xiang"),
    pytest.param("大约 6000 人参加了游行。", [eq("大约 6000 人", "count", "6000", "people",
                                               "approx")], id="ren-approx"),
    pytest.param("该地区约有 9400 户家庭断水。",
                 [eq("约有 9400 户", "count", "9400", '家庭', "approx")], id="yueyou"),
    # 约合 ("about, converted") before a converted amount approximates it.
    pytest.param("合同金额为54亿欧元（约合59亿美元）。",
                 [eq("54亿欧元", "money", "5400000000", "EUR"),
                  eq("约合59亿美元", "money", "5900000000", "USD", "approx")], id="yuehe"),
    pytest.param("超过 1,400 名学生参加。", [gt("超过 1,400 名", "count", "1400", "学生")],
                 id="grouped-ming"),
    pytest.param("他制作过 1000 多版邮票。", [gt("1000 多", "count", "1000", None)],
                 id="duo-alone"),
    pytest.param("有 40 多个国家报告病例。", [gt("40 多个", "count", "40", "国家")],
                 id="duo-ge"),
    pytest.param("共有 25 份样本。", [eq("25 份", "count", "25", '样本')], id="fen"),
    pytest.param("第 1000 张邮票发行了。", [], id="ordinal-spaced"),
    pytest.param("这是第1000张邮票。", [], id="ordinal-attached"),
    pytest.param("有28个国家。", [eq("28个", "count", "28", '国家')], id="attached-still"),
]

ONE = [
    pytest.param("1人死亡。", [], id="one-person"),
    pytest.param("一个感染者可能传染他人。", [], id="yige"),
    pytest.param("一年内，疫情扩散。", [eq("一年", "duration", "1", "year")], id="yinian"),
    pytest.param("尸体已经在那里一天左右。",
                 [eq("一天左右", "duration", "1", "day", "approx")], id="yitian-zuoyou"),
    pytest.param("同一天，他离开了。", [], id="same-day"),
    pytest.param("第一周内完成。", [], id="first-week"),
    pytest.param("一年一度的节日。", [], id="yearly"),
    pytest.param("在接下来的一周中发布。", [], id="next-week"),
    pytest.param("学校关闭了一周。", [eq("一周", "duration", "1", "week")], id="yizhou"),
    pytest.param("他工作了两年半。", [eq("两年半", "duration", "2.5", "year")], id="half"),
    pytest.param("他读三年级。", [], id="grade"),
    pytest.param("至少需要一年半到两年。",
                 [Want("至少需要一年半到两年", "duration", "1.5", "2", "range", "year")],
                 id="half-range"),
    pytest.param("病例数大约每七天半翻一倍。",
                 [Want("大约每七天半", "duration", "7.5", "7.5", "approx", "day")],
                 id="half-approx"),
    pytest.param("发病第 10 天出现高峰。", [], id="ordinal-day"),
]

OTHER = [
    pytest.param("损失数千万美元。",
                 [several("数千万美元", "money", "20000000", "99990000", "USD")],
                 id="shuqianwan"),
    pytest.param("东京举办过两届奥运会。", [eq("两届", "count", "2", "editions")], id="jie"),
    pytest.param("届时 3 人出席。", [eq("3 人", "count", "3", "people")], id="jieshi-not"),
    pytest.param("风格在 10 - 11 世纪达到顶峰。", [], id="century-range"),
    pytest.param("在11世纪。", [], id="century"),
    pytest.param("约三分之一是水域。",
                 [eq('约三分之一', 'percent', '33.33', 'percent', 'approx')], id="fraction"),
    pytest.param("三分之二以上的人同意。",
                 [Want('三分之二以上', 'percent', '66.67', None, 'gte', 'percent')],
                 id="fraction-yishang"),
    pytest.param("1/3 以上的人同意。", [], id="slash-no-spaced-qualifier"),
]


@pytest.mark.parametrize(("text", "wanted"), [*SPACED, *ONE, *OTHER])
def test_counts2(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

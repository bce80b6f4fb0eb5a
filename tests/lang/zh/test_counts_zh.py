"""Chinese counts: counters, compact headline counts (死/伤), vague amounts (数百, 上千),
verbs of exceeding, 成 percents and qualifier false friends; every claim, exactly."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"


def several(surface: str, kind: str, low: str, high: str, unit: str | None) -> Want:
    return Want(surface, kind, low, high, "several", unit)


def gt(surface: str, kind: str, value: str, unit: str | None) -> Want:
    return Want(surface, kind, value, None, "gt", unit)


COUNTERS = [
    pytest.param("1423栋房屋倒塌。", [eq("1423栋", "count", "1423", '房屋')],
                 id="dong"),
    pytest.param("670座桥梁受损。", [eq("670座", "count", "670", '桥梁')], id="zuo"),
    pytest.param("他以7万4521票当选。", [eq("7万4521票", "count", "74521", "votes")],
                 id="piao"),
    pytest.param("一百五十万剂疫苗运抵。", [eq("一百五十万剂", "count", "1500000", "doses")],
                 id="ji-doses"),
    pytest.param("3辆汽车被烧毁。", [eq("3辆", "count", "3", '汽车')], id="liang"),
    pytest.param("2架飞机降落。", [eq("2架", "count", "2", '飞机')], id="jia"),
    pytest.param("七艘船出港。", [eq("七艘", "count", "7", "ships")], id="sou-han"),
    pytest.param("5头牛死亡。", [eq("5头", "count", "5", "animals")], id="tou"),
    pytest.param("大约 3 万只斑鹿。",
                 [eq("大约 3 万只", "count", "30000", "animals", "approx")], id="zhi"),
    pytest.param("发生7起事故。", [eq("7起", "count", "7", '事故')], id="qi"),
    pytest.param("新增8例病例。", [eq("8例", "count", "8", '病例')], id="li"),
    pytest.param("9户家庭受灾。", [eq("9户", "count", "9", '家庭')], id="hu"),
    pytest.param("12所学校停课。", [eq("12所", "count", "12", '学校')], id="suo"),
    pytest.param("二进制数只能取两个值。", [eq("两个", "count", "2", "items")],
                 id="zhineng-is-no-counter"),
    pytest.param("他四处奔走。", [], id="sichu-is-everywhere"),
]

HEADLINES = [
    pytest.param("死亡人数增至2310死4120伤",
                 [eq("2310死", "count", "2310", "dead"), eq("4120伤", "count", "4120",
                                                           "injured")], id="si-shang"),
    pytest.param("九死一生。", [], id="idiom-not-counted"),
    pytest.param("31人死亡 渡轮起火", [eq("31人", "count", "31", "people")], id="ren-heading"),
]

VAGUE = [
    pytest.param("数百人被疏散。", [several("数百人", "count", "200", "999", "people")],
                 id="shubai"),
    pytest.param("數千人被疏散。", [several("數千人", "count", "2000", "9999", "people")],
                 id="shuqian-trad"),
    pytest.param("几十人受伤。", [several("几十人", "count", "20", "99", "people")],
                 id="jishi"),
    pytest.param("上百人受伤。", [several("上百人", "count", "100", "999", "people")],
                 id="shangbai"),
    pytest.param("上千人受伤。", [several("上千人", "count", "1000", "9999", "people")],
                 id="shangqian"),
    pytest.param("成千上万人受伤。",
                 [several("成千上万人", "count", "1000", "99999", "people")],
                 id="chengqianshangwan"),
    pytest.param("数百万美元。",
                 [several("数百万美元", "money", "2000000", "9990000", "USD")],
                 id="shubaiwan-stays-scaled"),
]

EXCEED = [
    pytest.param("死亡人数超过2300人。", [gt("超过2300人", "count", "2300", "people")],
                 id="chaoguo"),
    pytest.param("死亡人数逾2300人。", [gt("逾2300人", "count", "2300", "people")], id="yu"),
    pytest.param("确诊人数突破2300人。", [gt("突破2300人", "count", "2300", "people")],
                 id="tupo"),
    pytest.param("100多人受伤。", [gt("100多人", "count", "100", "people")], id="duo"),
]

TENTHS = [
    pytest.param("六成受访者支持。", [eq("六成", "percent", "60", "percent")], id="cheng"),
    pytest.param("约7成的人同意。", [eq("约7成", "percent", "70", "percent", "approx")],
                 id="cheng-digit"),
    pytest.param("一成不变。", [], id="yichengbubian"),
    pytest.param("他三成为冠军。", [], id="chengwei-is-become"),
]

FALSE_FRIENDS = [
    pytest.param("发生50次余震。", [eq("50次", "count", "50", '余震')], id="yuzhen"),
    pytest.param("该地区最多的50人。", [eq("50人", "count", "50", "people")],
                 id="zuiduo-de"),
]


@pytest.mark.parametrize(("text", "wanted"),
                         [*COUNTERS, *HEADLINES, *VAGUE, *EXCEED, *TENTHS, *FALSE_FRIENDS])
def test_counts(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

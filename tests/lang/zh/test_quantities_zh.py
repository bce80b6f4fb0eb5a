"""Chinese measured quantities, magnitudes, temperatures and percentage points."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q, qrange

LANG = "zh"


def check(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)




QUANTITIES = [
    pytest.param("两颗卫星在距离地球 491 英里的上空相撞。",
                 [eq("两颗", "count", "2", '卫星'), q("491 英里", "491", "mile")], id="mile"),
    pytest.param("新建的电车线长20公里，连接港口与大学。",
                 [q("20公里", "20", "kilometer")], id="gongli"),
    pytest.param("文森峰海拔 4892 米，是南极洲最高峰。",
                 [q("4892 米", "4892", "meter")], id="mi"),
    pytest.param("保护区面积达100平方公里。",
                 [q("100平方公里", "100", "square_kilometer")], id="square-km"),
    pytest.param("这两颗卫星都重 1,000 磅。", [q("1,000 磅", "1000", "pound")], id="bang"),
    pytest.param("该厂每年生产1000吨钢材。", [q("1000吨", "1000", "metric_ton")], id="dun"),
    pytest.param("卫星以每小时 17,500 英里的速度飞行。",
                 [q("每小时 17,500 英里", "17500", "mile / hour")], id="per-hour-mile"),
    pytest.param("高铁列车时速300公里。",
                 [q("时速300公里", "300", "kilometer / hour")], id="shisu"),
    pytest.param("常见的限速是 35-40 英里/小时。",
                 [qrange("35-40 英里/小时", "35", "40", "mile / hour")], id="mph-range"),
    pytest.param("高铁时速300至350公里。",
                 [qrange("时速300至350公里", "300", "350", "kilometer / hour")],
                 id="shisu-range"),
    pytest.param("北京今天最高气温达到摄氏38度。",
                 [q("摄氏38度", "38", "degree_Celsius")], id="sheshi"),
    # Traditional characters after the number (was no claim; CLDR's names are simplified).
    pytest.param("台北今天最高氣溫達到37攝氏度。",
                 [q("37攝氏度", "37", "degree_Celsius")], id="sheshidu-traditional"),
    pytest.param("氣溫達到70華氏度。", [q("70華氏度", "70", "degree_Fahrenheit")],
                 id="huashidu-traditional"),
    pytest.param("哈尔滨今天最低气温零下12度。",
                 [q("零下12度", "-12", "degree_Celsius")], id="lingxia"),
    pytest.param("北京今天最高气温38℃。", [q("38℃", "38", "degree_Celsius")],
                 id="celsius-sign"),
    pytest.param("北京今天最高气温38度。", [q("38度", "38", "degree_Celsius")],
                 id="du-with-cue"),
    pytest.param("该岛发生6.5级地震。", [q("6.5级", "6.5", "magnitude")], id="ji-dizhen"),
    pytest.param("该岛发生里氏6.5级强烈地震。", [q("里氏6.5级", "6.5", "magnitude")],
                 id="lishi"),
    pytest.param("失业率下降了3个百分点。",
                 [eq("3个百分点", "percent", "3", "percentage point")], id="baifendian"),
]

NON_QUANTITIES = [
    pytest.param("这是一个3级景区。", [], id="ji-without-quake"),
    pytest.param("这个角是30度。", [], id="du-without-cue"),
    # 千克 is a kilogram: its 千 is no numeral of grams.
    pytest.param("猪肉价格为每千克30元。", [eq("30元", "money", "30", "CNY")],
                 id="qianke-not-1000-grams"),
]


@pytest.mark.parametrize(("text", "wanted"), [*QUANTITIES, *NON_QUANTITIES])
def test_quantities(text: str, wanted: list[Want]) -> None:
    check(text, wanted)

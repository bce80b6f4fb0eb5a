"""Chinese forms found by faithful five-language stories (seventeenth round): 人数倍增 is
no "several times" (数 ends the noun 人数); 倍增 doubles; 高于/低于 bound the number
after them (but not a forecast's percent after 的); 卖超/买超 are a market's net selling
and buying, no "more than"; 第4季 and 一季度 are quarters."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq, q

LANG = "zh"

CASES = [
    pytest.param("外國出生居民人數倍增至290萬人。", [eq("290萬人", "count", "2900000", "people")],
                 id="number-of-people-doubled"),
    pytest.param("出口额倍增。", [Want("倍增", "multiplier", "2", "2", "eq", "times")],
                 id="doubled"),
    pytest.param("氣溫已連續14天高於攝氏40度。",
                 [eq("14天", "duration", "14", "day"),
                  Want("高於攝氏40度", "quantity", "40", None, "gt", "degree_Celsius")],
                 id="higher-than-celsius"),
    pytest.param("通胀率低于2%。", [Want("低于2%", "percent", None, "2", "lt", "percent")],
                 id="lower-than"),
    pytest.param("失业率高于预期的5.2%。", [eq("5.2%", "percent", "5.2", "percent")],
                 id="higher-than-the-forecast"),
    pytest.param("外資2月賣超32億美元。",
                 [date("2月", None, relative="month without year"),
                  eq("32億美元", "money", "3200000000", "USD")], id="net-selling"),
    pytest.param("2024年第4季GDP增长。", [date("2024年第4季", "2024-10/2024-12")],
                 id="quarter-ji"),
    pytest.param("2024年一季度GDP增长5.3%。",
                 [date("2024年一季度", "2024-01/2024-03"), eq("5.3%", "percent", "5.3", "percent")],
                 id="quarter-without-di"),
    pytest.param("列车最高时速350公里。", [q("时速350公里", "350", "kilometer / hour")],
                 id="top-speed-is-a-value"),
    pytest.param("参赛人数比去年多8%。", [eq("8%", "percent", "8", "percent")],
                 id="year-on-year-base"),
    pytest.param("菲律賓政府撥出2500萬披索。",
                 [eq("2500萬披索", "money", "25000000", "PHP")], id="peso-philippines-hant"),
    pytest.param("斯里兰卡各政党花费约42亿卢比。",
                 [eq("约42亿卢比", "money", "4200000000", "LKR", "approx")], id="rupee-sri-lanka"),
    pytest.param("上一季度，公司营收为135亿美元。",
                 [eq("135亿美元", "money", "13500000000", "USD")], id="previous-quarter"),
    pytest.param("並附帶續約一年的選項。", [eq("一年", "duration", "1", "year")],
                 id="renewal-not-about"),
    pytest.param("选民可拨打1919查询结果。", [], id="phone-lone-run"),
    pytest.param("热线接到电话3000多个。",
                 [Want("3000多个", "count", "3000", None, "gt", "items")], id="calls-counted"),
    pytest.param("停電影響180萬瓩發電容量。",
                 [q("180萬瓩", "1800000", "kilowatt")], id="kilowatt-wa"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round17(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

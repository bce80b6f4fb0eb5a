"""Chinese forms found by faithful five-language stories (nineteenth round): bound words
before a verb or a distance (最长达7天, 最长需要两天, 最遠150公里, 最高調漲9%) and an
approximating one before "needs" (约需45分钟); tenths of one (不到一成) and of households
(4成家庭: 成家, "to marry", is no word after a number); 个多小时 is a unit of hours as 个多月
is of months (8个多小时); a verb of lasting before 至 joins two dates (持续至)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "zh"

CASES = [
    pytest.param("约480户居民停水停电最长达7天。",
                 [eq("约480户", "count", "480", '居民', "approx"),
                  Want("最长达7天", "duration", None, "7", "lte", "day")],
                 id="longest-reaching"),
    pytest.param("修复最长需要两天。",
                 [Want("最长需要两天", "duration", None, "2", "lte", "day")],
                 id="longest-needing"),
    pytest.param("火山灰最遠飄到150公里外。",
                 [Want("最遠飄到150公里", "quantity", None, "150", "lte", "kilometer")],
                 id="farthest-with-a-verb-between"),
    pytest.param("熔岩流最遠150公里。",
                 [Want("最遠150公里", "quantity", None, "150", "lte", "kilometer")],
                 id="farthest"),
    pytest.param("学费最高調漲9%。",
                 [Want("最高調漲9%", "percent", None, "9", "lte", "percent")],
                 id="raised-by-up-to"),
    pytest.param("灭火约需45分钟。",
                 [eq("约需45分钟", "duration", "45", "minute", "approx")],
                 id="about-needs"),
    pytest.param("僅有不到一成進入商店。",
                 [Want("不到一成", "percent", None, "10", "lt", "percent")],
                 id="less-than-a-tenth"),
    pytest.param("收入最高的4成家庭受惠。",
                 [eq("4成", "percent", "40", "percent")],
                 id="tenths-of-households"),
    pytest.param("政策一成不变。", [], id="unchanging-is-no-tenth"),
    # 8个多小时: more than eight hours (个 + 多 + the unit: [qualifiers] in_units), as 20多个月
    pytest.param("消防人员花了8个多小时才将火扑灭。",
                 [Want("8个多小时", "duration", "8", None, "gt", "hour")],
                 id="eight-odd-hours"),
    pytest.param("他们等了两个多月。",
                 [Want("两个多月", "duration", "2", None, "gt", "month")],
                 id="months-unit-unchanged"),
    pytest.param("上一次喷发从2024年11月20日持续至12月9日。",
                 [date("2024年11月20日持续至12月9日", "2024-11-20/2024-12-09", "range")],
                 id="lasting-until-joins-dates"),
    pytest.param("会议于2024年3月4日和5日举行。",
                 [date("2024年3月4日和5日", "2024-03-04/2024-03-05", "range")],
                 id="two-days-that-follow"),
    pytest.param("列车12节车厢中有5节脱轨。",
                 [eq("12节", "count", "12", '车厢'), eq("5节", "count", "5", "sections")],
                 id="counter-of-carriages"),
    pytest.param("气温不低于35摄氏度。",
                 [Want("不低于35摄氏度", "quantity", "35", None, "gte", "degree_Celsius")],
                 id="not-lower-than"),
    pytest.param("一包500公克的咖啡。",
                 [eq("500公克", "quantity", "500", "gram")],
                 id="gram-of-taiwan"),
    pytest.param("干旱從2023年12月延續到2024年4月。",
                 [date("2023年12月延續到2024年4月", "2023-12/2024-04", "range")],
                 id="continuing-until-joins-dates"),
    pytest.param("6月份達64萬標準箱，較上月成長5%。",
                 [date("6月", None, relative="month without year"),
                  eq("64萬標準箱", "count", "640000", "teu"),
                  eq("5%", "percent", "5", "percent")],
                 id="previous-month-as-a-base"),
    # A pair named again opens a clause about those two: no count again; another noun's
    # pair is one.
    pytest.param("兩家銀行將合併。兩家銀行合計放款為9.8兆日圓。兩名警察受伤，兩名嫌犯被捕。",
                 [eq("兩家", "count", "2", "companies"),
                  eq("9.8兆日圓", "money", "9800000000000", "JPY"),
                  eq("兩名", "count", "2", "警察"), eq("兩名", "count", "2", "嫌犯")],
                 id="pair-named-again"),
    # An approximating word opening the base of a multiple or share, before its 的.
    pytest.param("熔岩约为上次喷发前的三倍。",
                 [eq("三倍", "multiplier", "3", "times", "approx")],
                 id="about-across-the-base-of-a-multiple"),
    pytest.param("旅游业约占冰岛国内生产总值的8%。",
                 [eq("8%", "percent", "8", "percent", "approx")],
                 id="about-across-the-base-of-a-share"),
    pytest.param("他们的收入是去年的两倍。",
                 [date("去年", None, relative="去年"), eq("两倍", "multiplier", "2", "times")],
                 id="no-word-across-the-base"),
    pytest.param("咖啡价格比一年前高出40美分。",
                 [eq("40美分", "money", "0.4", "USD")],
                 id="base-of-a-comparison"),
    pytest.param("人口較10年前2015年普查的4710萬人增加3.2%。",
                 [eq("10年", "duration", "10", "year"), date("2015年", "2015"),
                  eq("4710萬人", "count", "47100000", "people"),
                  eq("3.2%", "percent", "3.2", "percent")],
                 id="span-before-a-year-in-apposition"),
    pytest.param("一年前，他离开了公司。",
                 [eq("一年", "duration", "1", "year")],
                 id="ago-without-comparison"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round19(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

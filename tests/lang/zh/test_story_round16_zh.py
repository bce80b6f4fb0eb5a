"""Chinese forms found by faithful five-language stories (sixteenth round): watt-hours
(吉瓦时), mAh and pixels (像素) are units; 支 counts teams; an average may be a fraction
of a counter's things (平均每年7.6个); 最高达到, 最长为 bound; 增加一倍 doubles; 长达 is no
bound ("a 360 km-long range")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq, q

LANG = "zh"

CASES = [
    pytest.param("计划翻一番至40吉瓦时。",
                 [Want("翻一番", "multiplier", "2", "2", "eq", "times"),
                  q("40吉瓦时", "40", "gigawatt_hour")], id="gigawatt-hours"),
    pytest.param("配备5000mAh電池。", [q("5000mAh", "5000", "milliampere_hour")], id="mah"),
    pytest.param("前鏡頭為3200萬像素。", [q("3200萬像素", "32000000", "pixel")], id="pixels"),
    pytest.param("共有42支救援队参与。", [eq("42支", "count", "42", "teams")], id="counter-zhi"),
    pytest.param("平均每年有7.6個颱風。", [eq("7.6個", "count", "7.6", '颱風')],
                 id="average-decimal-count"),
    pytest.param("入住率最高达到90%。",
                 [Want("最高达到90%", "percent", None, "90", "lte", "percent")],
                 id="highest-reaching"),
    pytest.param("电子签证有效期最长为90天。",
                 [Want("最长为90天", "duration", None, "90", "lte", "day")], id="longest-is"),
    pytest.param("祖国党的议席增加了一倍多。",
                 [Want("增加了一倍多", "multiplier", "2", None, "gt", "times")],
                 id="more-than-doubled"),
    pytest.param("酒店容量提高一倍。", [Want("提高一倍", "multiplier", "2", "2", "eq", "times")],
                 id="doubled"),
    pytest.param("重新形成长达 360 公里的山脉。", [q("360 公里", "360", "kilometer")],
                 id="changda-no-bound"),
    pytest.param("格林尼治时间周五晚上 9 点 19 分发生地震。", [], id="friday-evening-no-nights"),
    pytest.param("2025年的暴雨。3月15日至17日河水上涨。",
                 [date("2025年", "2025"),
                  date("3月15日至17日", "2025-03-15/2025-03-17", "range",
                       relative="month without year", anchor="2025")],
                 id="days-of-a-month-no-year"),
    pytest.param("将于本周与绿党展开谈判。",
                 [date("本周", None, relative="本周")], id="this-week"),
    pytest.param("上周五公布了数据。", [], id="last-friday-no-week"),
    pytest.param("今年一月出口增长3%。",
                 [date("今年一月", None, relative="今年"), eq("3%", "percent", "3", "percent")],
                 id="this-year-january-stays"),
    pytest.param("将機隊規模擴大一倍。",
                 [Want("擴大一倍", "multiplier", "2", "2", "eq", "times")], id="expand-double"),
    pytest.param("配備兩具發動機。", [eq("兩具", "count", "2", "units")], id="counter-ju"),
    pytest.param("收在3万5909元7角。", [eq("3万5909元7角", "money", "35909.7", "CNY")],
                 id="minor-unit-after-wan"),
    pytest.param("2025年的稻米。1至3月产量增长。",
                 [date("2025年", "2025"),
                  date("1至3月", "2025-01/2025-03", "range", relative="month without year",
                       anchor="2025")], id="months-of-a-year-no-year"),
    pytest.param("每年节约12亿美元。", [eq("12亿美元", "money", "1200000000", "USD")],
                 id="saves-not-about"),
    pytest.param("每年至少12亿美元。",
                 [Want("至少12亿美元", "money", "1200000000", None, "gte", "USD")],
                 id="at-least-after-every-year"),
    pytest.param("公司每年至少节约12亿美元。",
                 [Want("至少节约12亿美元", "money", "1200000000", None, "gte", "USD")],
                 id="at-least-saves"),
    pytest.param("吞吐量为360萬標準箱。", [eq("360萬標準箱", "count", "3600000", "teu")],
                 id="teu"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round16(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

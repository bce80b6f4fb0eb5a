"""Chinese forms found by faithful five-language stories (fifteenth round): a range of
counts whose first end looks like a year (2000至3000张), a range whose currency is named
once before the first number (新台幣20元至65元), and the modal "up to" (最高可达, 最多可)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, rng

LANG = "zh"

CASES = [
    pytest.param("将出售2000至3000张门票。",
                 [rng("2000至3000张", "count", "2000", "3000", "sheets")], id="count-range"),
    pytest.param("票價介於新台幣20元至65元之間。",
                 [rng("新台幣20元至65元", "money", "20", "65", "TWD")], id="named-once-range"),
    pytest.param("港幣20元至人民幣65元", [Want("港幣20元", "money", "20", "20", "eq", "HKD"),
                                      Want("人民幣65元", "money", "65", "65", "eq", "CNY")],
                 id="two-currencies-no-range"),
    pytest.param("转会费最高可达9500万英镑。",
                 [Want("最高可达9500万英镑", "money", None, "95000000", "lte", "GBP")],
                 id="zuigao-keda"),
    pytest.param("通勤族最多可省下48分鐘。",
                 [Want("最多可省下48分鐘", "duration", None, "48", "lte", "minute")],
                 id="zuiduo-ke"),
    pytest.param("共接獲37宗熄火通報。", [Want("37宗", "count", "37", "37", "eq", "cases")],
                 id="zong-cases"),
    pytest.param("这是今年夏天的第二次热浪。", [], id="this-summer"),
    pytest.param("出口約佔總量的92%。",
                 [Want("約佔總量的92%", "percent", "92", "92", "approx", "percent")],
                 id="yue-zhan-share"),
    pytest.param("至多400亿美元。",
                 [Want("至多400亿美元", "money", None, "40000000000", "lte", "USD")],
                 id="zhiduo"),
    pytest.param("日元一度跌至1美元兑155.2日元。",
                 [Want("155.2日元", "money", "155.2", "155.2", "eq", "JPY")],
                 id="exchange-rate-base"),
    pytest.param("官員表示，海水溫度約攝氏26度。",
                 [Want("約攝氏26度", "quantity", "26", "26", "approx", "degree_Celsius")],
                 id="qualifier-before-unit-prefix"),
    pytest.param("罚款最高120萬歐元。",
                 [Want("最高120萬歐元", "money", None, "1200000", "lte", "EUR")],
                 id="zuigao-up-to"),
    pytest.param("当天最高气温46.2摄氏度。",
                 [Want("46.2摄氏度", "quantity", "46.2", "46.2", "eq", "degree_Celsius")],
                 id="zuigao-compound"),
    pytest.param("股价创历史最高85美元。", [Want("85美元", "money", "85", "85", "eq", "USD")],
                 id="zuigao-record"),
    pytest.param("上月就业人数增加6.7万人。",
                 [Want("上月", "date", None, None, "eq", None, None, "上月"),
                  Want("6.7万人", "count", "67000", "67000", "eq", "people")], id="shangyue"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round15(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

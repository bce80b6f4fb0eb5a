"""Chinese claim extraction (Simplified and Traditional): every claim of a sentence, exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractcases import Want, cases, check_claims, date, eq
from reconcile import extract_claims

LANG = "zh"


def check(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


MONEY = [
    pytest.param("該公司融資4400萬美元。",
                 [eq("4400萬美元", "money", "44000000", "USD")], id="digits-wan-trad"),
    pytest.param("他們支付了1000万元。",
                 [eq("1000万元", "money", "10000000", "CNY")], id="digits-wan-simp-yuan"),
    pytest.param("營收為16.4億美元。",
                 [eq("16.4億美元", "money", "1640000000", "USD")], id="decimal-yi-trad"),
    pytest.param("营收为16.4亿美元。",
                 [eq("16.4亿美元", "money", "1640000000", "USD")], id="decimal-yi-simp"),
    pytest.param("公司投資了三百萬美元。",
                 [eq("三百萬美元", "money", "3000000", "USD")], id="han-sanbaiwan"),
    pytest.param("公司投資了十億元。",
                 [eq("十億元", "money", "1000000000", "CNY")], id="han-shiyi"),
    pytest.param("他捐了五千萬美元。",
                 [eq("五千萬美元", "money", "50000000", "USD")], id="han-wuqianwan"),
    pytest.param("公司估值一億五千萬美元。",
                 [eq("一億五千萬美元", "money", "150000000", "USD")], id="han-compound"),
    pytest.param("他們支付了1億5000萬美元。",
                 [eq("1億5000萬美元", "money", "150000000", "USD")], id="digit-compound"),
    pytest.param("他捐了一百零五萬美元。",
                 [eq("一百零五萬美元", "money", "1050000", "USD")], id="han-ling"),
    pytest.param("估值达到1.5万亿元。",
                 [eq("1.5万亿元", "money", "1500000000000", "CNY")], id="wanyi"),
    pytest.param("他們支付了100美金。", [eq("100美金", "money", "100", "USD")], id="meijin"),
    pytest.param("他支付了US$300萬。", [eq("US$300萬", "money", "3000000", "USD")],
                 id="US$"),
    pytest.param("他支付了USD 300萬。", [eq("USD 300萬", "money", "3000000", "USD")],
                 id="USD"),
    pytest.param("他支付了$300萬。", [eq("$300萬", "money", "3000000", "USD")], id="dollar"),
    pytest.param("他花了¥500万。", [eq("¥500万", "money", "5000000", "CNY")], id="yen-sign"),
    pytest.param("他支付了1,000萬美元。",
                 [eq("1,000萬美元", "money", "10000000", "USD")], id="grouped-wan"),
    pytest.param("他支付了１２３萬美元。",
                 [eq("１２３萬美元", "money", "1230000", "USD")], id="full-width"),
]

COUNTS = [
    pytest.param("公司有三人。", [eq("三人", "count", "3", "people")], id="han-ren"),
    pytest.param("三百萬人上街。", [eq("三百萬人", "count", "3000000", "people")],
                 id="han-scaled-ren"),
    pytest.param("共有50名研究人員簽名。", [eq("50名", "count", "50", '研究人員')], id="ming"),
]

RANGES = [
    # A Han numeral after the hyphen goes on the range (a Latin word there would make the
    # scale word part of a compound adjective: "a 5 million-dollar house", no claim).
    pytest.param("投资5万-十万元。",
                 [Want("5万-十万元", "money", "50000", "100000", "range", "CNY")],
                 id="hyphen-han-second"),
    pytest.param("該公司融資4400萬至5000萬美元。",
                 [Want("4400萬至5000萬美元", "money", "44000000", "50000000", "range", "USD")],
                 id="zhi"),
    pytest.param("該公司融資4400萬到5000萬美元。",
                 [Want("4400萬到5000萬美元", "money", "44000000", "50000000", "range", "USD")],
                 id="dao"),
    pytest.param("他捐了4400萬~5000萬美元。",
                 [Want("4400萬~5000萬美元", "money", "44000000", "50000000", "range", "USD")],
                 id="tilde"),
    pytest.param("他捐了10至20萬美元。",
                 [Want("10至20萬美元", "money", "100000", "200000", "range", "USD")],
                 id="scale-once"),
    pytest.param("10萬至20萬人參加。",
                 [Want("10萬至20萬人", "count", "100000", "200000", "range", "people")],
                 id="count-range"),
    pytest.param("2016年至2020年他持續捐款。",
                 [date("2016年至2020年", "2016/2020", "range")], id="year-range-zhi"),
    pytest.param("從2016年到2020年。", [date("2016年到2020年", "2016/2020", "range")],
                 id="year-range-dao"),
    pytest.param("2016至2020年他持續捐款。",
                 [date("2016至2020年", "2016/2020", "range")], id="year-range-year-once"),
]

QUALIFIERS = [
    pytest.param("他捐了近1億美元。",
                 [eq("近1億美元", "money", "100000000", "USD", "approx")], id="jin"),
    pytest.param("收入超過190萬美元。",
                 [Want("超過190萬美元", "money", "1900000", None, "gt", "USD")], id="chaoguo"),
    pytest.param("至少募資1億美元。",
                 [Want("至少募資1億美元", "money", "100000000", None, "gte", "USD")],
                 id="zhishao-with-verb"),
    pytest.param("有20多人參加。", [Want("20多人", "count", "20", None, "gt", "people")],
                 id="duo"),
    pytest.param("不到72小時就完成了。",
                 [Want("不到72小時", "duration", None, "72", "lt", "hour")], id="budao"),
    pytest.param("約300萬美元。", [eq("約300萬美元", "money", "3000000", "USD", "approx")],
                 id="yue"),
    pytest.param("將近一百萬人參加。",
                 [eq("將近一百萬人", "count", "1000000", "people", "approx")], id="jiangjin"),
    pytest.param("他捐了幾百萬美元。",
                 [Want("幾百萬美元", "money", "2000000", "9990000", "several", "USD")],
                 id="ji"),
]

DATES = [
    pytest.param("2024年2月29日發佈。", [date("2024年2月29日", "2024-02-29")], id="full-date"),
    pytest.param("2019年3月成立。", [date("2019年3月", "2019-03")], id="year-month"),
    pytest.param("2023年成立，同年7月融資。",
                 [date("2023年", "2023"),
                  date("同年7月", "2023-07", relative="同年", anchor="2023")], id="tongnian"),
    pytest.param("2022年底完成。", [date("2022年底", "2022")], id="end-of-year"),
    pytest.param("去年他離開了。", [date("去年", None, relative="去年")],
                 id="qunian-unresolved"),
    pytest.param("他在二〇一六年加入。", [date("二〇一六年", "2016")], id="han-digit-year"),
]

DURATIONS = [
    pytest.param("計劃持續72小時。", [eq("72小時", "duration", "72", "hour")], id="xiaoshi"),
    pytest.param("該項目歷時3個月。", [eq("3個月", "duration", "3", "month")], id="geyue"),
    pytest.param("他花了10天。", [eq("10天", "duration", "10", "day")], id="tian"),
    pytest.param("他花了幾周時間。",
                 [Want("幾周", "duration", "2", "9", "several", "week")], id="jizhou"),
]

MULTIPLIERS = [
    # "grew by N times": N to N + 1 times the base (增加了一倍 is twice).
    pytest.param("利潤增長了100倍。",
                 [Want("100倍", "multiplier", "100", "101", "range", "times")],
                 id="100-bei"),
    pytest.param("價格是原來的2倍。", [eq("2倍", "multiplier", "2", "times")], id="2-bei"),
    pytest.param("工資翻倍。", [eq("翻倍", "multiplier", "2", "times")], id="fanbei"),
    # 翻N番 is N doublings.
    pytest.param("病例数翻了一番。", [eq("翻了一番", "multiplier", "2", "times")],
                 id="fan-yi-fan"),
    pytest.param("收入翻了两番。", [eq("翻了两番", "multiplier", "4", "times")],
                 id="fan-liang-fan"),
    # 数 ends the word before it (人数: the number of people): no "several" times two.
    pytest.param("人数翻番。", [eq("翻番", "multiplier", "2", "times")],
                 id="shu-ends-a-word-before-a-multiplier"),
]

LOCALE_FORMATS = [
    pytest.param("他持有25%的股份。", [eq("25%", "percent", "25", "percent")], id="percent"),
    pytest.param("他持有0.25%的股份。", [eq("0.25%", "percent", "0.25", "percent")],
                 id="decimal-percent"),
    pytest.param("他持有百分之二十五的股份。",
                 [eq("百分之二十五", "percent", "25", "percent")], id="baifenzhi"),
    # "one hundredth" written out: the same percentage; another whole (五百分之二: two
    # five-hundredths) is no percentage (it was 2 %, or 2333 % for 五百分之2333).
    pytest.param("利率为一百分之五。",
                 [eq("一百分之五", "percent", "5", "percent")], id="yi-baifenzhi"),
    pytest.param("概率为五百分之二。", [], id="other-whole-no-percent"),
]

NON_CLAIMS = [
    pytest.param("這兩個人是朋友。", [], id="zhe-liang-ge-ren"),
    pytest.param("他是全球第三。", [], id="di-san"),
    pytest.param("GPT-3發佈了。", [], id="GPT-3"),
    pytest.param("他用Dota2和K80和ChatGPT4和5G。", [], id="identifiers"),
    pytest.param("詳見https://example.com/news-23-66198.html。", [], id="url"),
    pytest.param("會議在10:30開始。", [], id="clock-time"),
]

@pytest.mark.parametrize(("text", "wanted"), cases(globals()))
def test_extract(text: str, wanted: list[Want]) -> None:
    check(text, wanted)


def test_values_are_exact_decimals() -> None:
    (claim,) = extract_claims("營收為16.4億美元。", LANG)
    assert isinstance(claim.low, Decimal)
    assert str(claim.low) == "1640000000"
    assert str(claim.high) == "1640000000"


def test_simplified_and_traditional_scales_agree() -> None:
    simplified = extract_claims("营收为16.4亿美元，另有4400万美元。", LANG)
    traditional = extract_claims("營收為16.4億美元，另有4400萬美元。", LANG)
    assert [(c.low, c.unit) for c in simplified] == [(c.low, c.unit) for c in traditional]
    assert [c.low for c in simplified] == [Decimal("1640000000"), Decimal("44000000")]


def test_language_is_detected_when_not_given() -> None:
    claims = extract_claims("該公司於2019年3月向投資者融資4400萬美元，並計劃擴大團隊。")
    assert [(c.kind, c.lang) for c in claims] == [("date", "zh"), ("money", "zh")]

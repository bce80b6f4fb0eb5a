"""Japanese claim extraction: one short sentence per case, every claim it states, exactly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from extractcases import Want, cases, check_claims, date, eq
from reconcile import extract_claims

LANG = "ja"


def check(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


MONEY = [
    pytest.param("同社は1000万ドルを調達した。",
                 [eq("1000万ドル", "money", "10000000", "USD")], id="digits-man-dollar"),
    pytest.param("同社は500万円を支払った。",
                 [eq("500万円", "money", "5000000", "JPY")], id="yen"),
    pytest.param("同社は１２３万円を支払った。",
                 [eq("１２３万円", "money", "1230000", "JPY")], id="full-width"),
    pytest.param("同社は1億5000万ドルを調達した。",
                 [eq("1億5000万ドル", "money", "150000000", "USD")], id="compound-oku-man"),
    pytest.param("予算は1兆2000億円だった。",
                 [eq("1兆2000億円", "money", "1200000000000", "JPY")], id="compound-cho-oku"),
    pytest.param("同社は三百万円を支払った。",
                 [eq("三百万円", "money", "3000000", "JPY")], id="han-sanbyakuman"),
    pytest.param("同社は十億円を投じた。",
                 [eq("十億円", "money", "1000000000", "JPY")], id="han-juoku"),
    pytest.param("同社は五千万ドルを集めた。",
                 [eq("五千万ドル", "money", "50000000", "USD")], id="han-gosenman-dollar"),
    pytest.param("彼は300万米ドルを支払った。",
                 [eq("300万米ドル", "money", "3000000", "USD")], id="bei-doru"),
    pytest.param("彼はUS$300万を支払った。",
                 [eq("US$300万", "money", "3000000", "USD")], id="US$"),
    pytest.param("彼はUSD 300万を支払った。",
                 [eq("USD 300万", "money", "3000000", "USD")], id="USD"),
    pytest.param("彼は$300万を支払った。",
                 [eq("$300万", "money", "3000000", "USD")], id="dollar-sign"),
    pytest.param("彼は500万元を支払った。",
                 [eq("500万元", "money", "5000000", "CNY")], id="yuan"),
    pytest.param("収益は16.4億ドルだった。",
                 [eq("16.4億ドル", "money", "1640000000", "USD")], id="decimal-oku"),
    pytest.param("彼は1,000万ドルを支払った。",
                 [eq("1,000万ドル", "money", "10000000", "USD")], id="grouped-man"),
]

LOCALE_FORMATS = [
    pytest.param("シェアは25％に達した。",
                 [eq("25％", "percent", "25", "percent")], id="full-width-percent"),
    pytest.param("シェアは0.25%だった。",
                 [eq("0.25%", "percent", "0.25", "percent")], id="decimal-percent"),
    pytest.param("収益は1.5億ドルだった。",
                 [eq("1.5億ドル", "money", "150000000", "USD")], id="decimal-before-scale"),
]

COUNTS = [
    pytest.param("三人の子供がいる。", [eq("三人", "count", "3", "people")], id="han-counter"),
    pytest.param("社員3人が退職した。", [eq("3人", "count", "3", "people")], id="digit-counter"),
    pytest.param("研究者50名が署名した。", [eq("50名", "count", "50", "people")], id="mei"),
]

RANGES = [
    pytest.param("3億-五億円を投資する。",
                 [Want("3億-五億円", "money", "300000000", "500000000", "range", "JPY")],
                 id="hyphen-han-second"),
    pytest.param("給与は10万〜20万ドルだった。",
                 [Want("10万〜20万ドル", "money", "100000", "200000", "range", "USD")],
                 id="wave-dash"),
    pytest.param("給与は10万～20万ドルだった。",
                 [Want("10万～20万ドル", "money", "100000", "200000", "range", "USD")],
                 id="full-width-tilde"),
    pytest.param("給与は10万~20万ドルだった。",
                 [Want("10万~20万ドル", "money", "100000", "200000", "range", "USD")],
                 id="ascii-tilde"),
    pytest.param("給与は10万-20万ドルだった。",
                 [Want("10万-20万ドル", "money", "100000", "200000", "range", "USD")],
                 id="hyphen"),
    pytest.param("給与は10万–20万ドルだった。",
                 [Want("10万–20万ドル", "money", "100000", "200000", "range", "USD")],
                 id="en-dash"),
    pytest.param("給与は10〜20万ドルだった。",
                 [Want("10〜20万ドル", "money", "100000", "200000", "range", "USD")],
                 id="scale-once"),
    pytest.param("給与は10万ドルから20万ドルに上がった。",  # a change: the old and new pay
                 [Want("10万ドル", "money", "100000", "100000", "eq", "USD"),
                  Want("20万ドル", "money", "200000", "200000", "eq", "USD")],
                 id="kara"),
    pytest.param("給与は10万ドルから20万ドルの間だった。",
                 [Want("10万ドルから20万ドル", "money", "100000", "200000", "range", "USD")],
                 id="kara-range"),
    pytest.param("2016年〜2020年に寄付した。",
                 [date("2016年〜2020年", "2016/2020", "range")], id="year-range"),
    pytest.param("2016年から2020年まで寄付した。",
                 [date("2016年から2020年", "2016/2020", "range")], id="year-range-kara"),
]

QUALIFIERS = [
    pytest.param("5000万ドル以上を寄付した。",
                 [Want("5000万ドル以上", "money", "50000000", None, "gte", "USD")], id="ijou"),
    pytest.param("彼は190万ドルを超える収入を得た。",
                 [Want("190万ドルを超える", "money", "1900000", None, "gt", "USD")],
                 id="wo-koeru"),
    pytest.param("彼は190万ドル超えの収入を得た。",
                 [Want("190万ドル超え", "money", "1900000", None, "gt", "USD")], id="koe"),
    pytest.param("約300万ドルを受け取った。",
                 [eq("約300万ドル", "money", "3000000", "USD", "approx")], id="yaku"),
    pytest.param("少なくとも1億ドルが必要だ。",
                 [Want("少なくとも1億ドル", "money", "100000000", None, "gte", "USD")],
                 id="sukunakutomo"),
    pytest.param("5000万ドル近くを集めた。",
                 [eq("5000万ドル近く", "money", "50000000", "USD", "approx")], id="chikaku"),
    pytest.param("数百万ドルが失われた。",
                 [Want("数百万ドル", "money", "2000000", "9990000", "several", "USD")],
                 id="suu"),
]

DATES = [
    pytest.param("2024年2月29日に発表した。",
                 [date("2024年2月29日", "2024-02-29")], id="full-date"),
    pytest.param("２０２４年２月２９日に発表した。",
                 [date("２０２４年２月２９日", "2024-02-29")], id="full-width-date"),
    pytest.param("2019年3月に設立された。", [date("2019年3月", "2019-03")], id="year-month"),
    pytest.param("2023年に設立された。", [date("2023年", "2023")], id="year"),
    pytest.param("2023年に設立された。同年7月に資金を調達した。",
                 [date("2023年", "2023"),
                  date("同年7月", "2023-07", relative="同年", anchor="2023")], id="dounen"),
    pytest.param("2015年に設立。翌年、彼は辞めた。",
                 [date("2015年", "2015"), date("翌年", "2016", relative="翌年", anchor="2015")],
                 id="yokunen"),
    pytest.param("昨年、彼は退任した。", [date("昨年", None, relative="昨年")],
                 id="sakunen-unresolved"),
    pytest.param("彼は二〇一六年に入社した。", [date("二〇一六年", "2016")], id="han-digit-year"),
]

DURATIONS = [
    pytest.param("期間は3か月だった。", [eq("3か月", "duration", "3", "month")], id="kagetsu"),
    pytest.param("調査は18ヶ月続いた。", [eq("18ヶ月", "duration", "18", "month")],
                 id="ke-getsu"),
    pytest.param("3年間働いた。", [eq("3年間", "duration", "3", "year")], id="nenkan"),
    pytest.param("約72時間続いた。",
                 [eq("約72時間", "duration", "72", "hour", "approx")], id="jikan"),
]

MULTIPLIERS = [
    pytest.param("利益は100倍になった。", [eq("100倍", "multiplier", "100", "times")],
                 id="100-bai"),
    pytest.param("給与は2倍になった。", [eq("2倍", "multiplier", "2", "times")], id="2-bai"),
    pytest.param("売上は倍増した。", [eq("倍増", "multiplier", "2", "times")], id="baizou"),
    pytest.param("彼は二重国籍を持つ。", [], id="nijuu-is-dual"),
    pytest.param("数倍に増えた。",
                 [Want("数倍", "multiplier", "2", "9", "several", "times")], id="suubai"),
]

NON_CLAIMS = [
    pytest.param("彼は第三位だった。", [], id="dai-san"),
    pytest.param("GPT-3が公開された。", [], id="GPT-3"),
    pytest.param("K80とDota2とChatGPT4と5Gを使った。", [], id="identifiers"),
    pytest.param("詳細はhttps://example.com/news-23-66198.htmlを参照。", [], id="url"),
    pytest.param("会議は10:30に始まった。", [], id="clock-time"),
    pytest.param("この二人は友人だ。", [], id="kono-futari"),
]

@pytest.mark.parametrize(("text", "wanted"), cases(globals()))
def test_extract(text: str, wanted: list[Want]) -> None:
    check(text, wanted)


def test_values_are_exact_decimals() -> None:
    (claim,) = extract_claims("収益は16.4億ドルだった。", LANG)
    assert isinstance(claim.low, Decimal)
    assert str(claim.low) == "1640000000"
    assert str(claim.high) == "1640000000"


def test_impossible_calendar_dates_are_not_reported() -> None:
    for claim in extract_claims("2023年2月30日に発表した。", LANG):
        if claim.date is not None and len(claim.date) == len("YYYY-MM-DD"):
            dt.date.fromisoformat(claim.date)


def test_language_is_detected_when_not_given() -> None:
    claims = extract_claims("同社は2019年3月に投資家から1000万ドルを調達したと発表した。")
    assert [(c.kind, c.lang) for c in claims] == [("date", "ja"), ("money", "ja")]

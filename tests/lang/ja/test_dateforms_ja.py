"""Japanese date forms: numeric dates (CLDR order y/MM/dd), spaced and Han-numeral 年月日
dates, era years (令和, 平成, 昭和, 元年) and comparison bases that are not dates (前年比)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "ja"

NUMERIC = [
    pytest.param("2019/11/08に発表した。", [date("2019/11/08", "2019-11-08")], id="year-first"),
    pytest.param("2012-06-21に開業した。", [date("2012-06-21", "2012-06-21")], id="iso"),
    # Year last in a year-first locale: read only when one order is possible.
    pytest.param("書類は14/07/1983付だ。", [date("14/07/1983", "1983-07-14")],
                 id="year-last-one-reading"),
    pytest.param("書類は03/04/1983付だ。", [date("03/04/1983", "1983")],
                 id="year-last-two-readings-year-only"),
]

CJK = [
    pytest.param("2016 年に開業した。", [date("2016 年", "2016")], id="spaced-year"),
    pytest.param("2016 年 6 月 21 日に開業した。", [date("2016 年 6 月 21 日", "2016-06-21")],
                 id="spaced-full"),
    pytest.param("1977 年から 1981 年まで務めた。",
                 [date("1977 年から 1981 年", "1977/1981", "range")], id="spaced-range"),
    pytest.param("清（1644～1912年）の時代。", [date("1644～1912年", "1644/1912", "range")],
                 id="range-marker-once"),
    pytest.param("1960年代を通して活躍した。", [date("1960年代", "1960/1969")],
                 id="decade"),
    # 1800年代: the 1800s decade or the 19th century; no claim.
    pytest.param("1800年代以来の伝統。", [], id="decade-or-century"),
    pytest.param("2017年十一月に開業した。", [date("2017年十一月", "2017-11")], id="han-month"),
    pytest.param("2015年に入社し、六月二十一日に退社した。",
                 [date("2015年", "2015"),
                  date("六月二十一日", "2015-06-21", relative="month without year",
                       anchor="2015")], id="han-month-day"),
    pytest.param("2012年6月21日に開業した。", [date("2012年6月21日", "2012-06-21")],
                 id="full-date"),
]

ERAS = [
    pytest.param("令和3年に開始した。", [date("令和3年", "2021")], id="reiwa"),
    pytest.param("令和 3 年に開始した。", [date("令和 3 年", "2021")], id="reiwa-spaced"),
    pytest.param("平成28年4月に開始した。", [date("平成28年4月", "2016-04")], id="heisei-month"),
    pytest.param("昭和64年1月7日に崩御した。", [date("昭和64年1月7日", "1989-01-07")],
                 id="showa-last-year"),
    pytest.param("令和元年5月1日に即位した。", [date("令和元年5月1日", "2019-05-01")],
                 id="gannen"),
    pytest.param("平成三十年に開始した。", [date("平成三十年", "2018")], id="han-era-year"),
    # Heisei ended in its 31st year: a later Heisei year names no real year.
    pytest.param("平成40年に完成予定だった。", [], id="past-era-end"),
]

NOT_DATES = [
    pytest.param("売上は前年比5%増だった。", [eq("5%", "percent", "5", "percent")],
                 id="zennenhi"),
    pytest.param("売上は前年同期比5%増だった。", [eq("5%", "percent", "5", "percent")],
                 id="zennen-douki"),
    pytest.param("売上は前年度比5%増だった。", [eq("5%", "percent", "5", "percent")],
                 id="zennendohi"),
    pytest.param("売上は昨年比5%増だった。", [eq("5%", "percent", "5", "percent")],
                 id="sakunenhi"),
    pytest.param("上限は最大2030だった。", [Want("最大2030", "count", None, "2030", "lte")],
                 id="bounded-number-is-no-year"),
    pytest.param("創立30周年を迎えた。", [], id="anniversary"),
    pytest.param("2015年に入社し、前年に準備した。",
                 [date("2015年", "2015"), date("前年", "2014", relative="前年", anchor="2015")],
                 id="zennen-still-relative"),
]


@pytest.mark.parametrize("text,wanted", [*NUMERIC, *CJK, *ERAS, *NOT_DATES])
def test_dateforms(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

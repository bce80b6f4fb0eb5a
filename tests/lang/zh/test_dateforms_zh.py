"""Chinese date forms: numeric dates (CLDR order y/M/d), spaced, Han-numeral and 号 dates,
Minguo years, and what is not a date (周年, 去年同期, 同比)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "zh"

NUMERIC = [
    pytest.param("2019/11/08发布。", [date("2019/11/08", "2019-11-08")], id="year-first"),
    pytest.param("2012-06-21开业。", [date("2012-06-21", "2012-06-21")], id="iso"),
    pytest.param("2019/13/08发布。", [], id="impossible-month"),
    # A point joins a year-first date with two digits each for month and day.
    pytest.param("发布于2010.01.29。", [date("2010.01.29", "2010-01-29")], id="dotted"),
]

CJK = [
    pytest.param("2012年6月21号开幕。", [date("2012年6月21号", "2012-06-21")],
                 id="hao-day-marker"),
    pytest.param("2012年6月21號開幕。", [date("2012年6月21號", "2012-06-21")],
                 id="hao-traditional"),
    pytest.param("他住在12号楼。", [], id="hao-without-month"),
    pytest.param("2017年十一月开幕。", [date("2017年十一月", "2017-11")], id="han-month"),
    pytest.param("二〇一七年十二月三十一日开幕。",
                 [date("二〇一七年十二月三十一日", "2017-12-31")], id="han-full"),
    pytest.param("2016 年开幕。", [date("2016 年", "2016")], id="spaced-year"),
    pytest.param("2016 年 6 月 21 日开幕。", [date("2016 年 6 月 21 日", "2016-06-21")],
                 id="spaced-full"),
    pytest.param("2012年至2014年在任。", [date("2012年至2014年", "2012/2014", "range")],
                 id="range"),
    pytest.param("影响可能超过 2002-2004 年的疫情。",
                 [date("2002-2004 年", "2002/2004", "range")], id="range-marker-once"),
    pytest.param("2007-08 年金融危机。", [date("2007-08 年", "2007/2008", "range")],
                 id="short-range-marker-once"),
    pytest.param("1970 年代后期。", [date("1970 年代", "1970/1979")], id="decade"),
    pytest.param("自2010年以来增长。", [date("2010年", "2010")], id="since"),
    pytest.param("民國110年開始。", [date("民國110年", "2021")], id="minguo"),
]

NOT_DATES = [
    pytest.param("庆祝建校30 周年。", [], id="anniversary-spaced"),
    pytest.param("庆祝建校30周年。", [], id="anniversary"),
    pytest.param("历时3周完成。", [Want("3周", "duration", "3", "3", "eq", "week")],
                 id="weeks-still-duration"),
    pytest.param("营收较去年同期增长5%。", [eq("5%", "percent", "5", "percent")],
                 id="qunian-tongqi"),
    pytest.param("营收同比增长5%，环比增长3%。",
                 [eq("5%", "percent", "5", "percent"), eq("3%", "percent", "3", "percent")],
                 id="tongbi-huanbi"),
]


@pytest.mark.parametrize("text,wanted", [*NUMERIC, *CJK, *NOT_DATES])
def test_dateforms(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Japanese forms found by faithful five-language stories (eighteenth round): に満たない
bounds below ("fewer than"), 近かった is "nearly"; a year written with its last two
digits before a month (20年1月20日) takes its century from a four-digit year of its
sentence, and without one from the story's time (never a span of 26 years); a measure
in brackets after a speed restates it per the same hour (時速35マイル（56キロ）); N日 after 約
or past 31 is a number of days (約32日, 45日)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "ja"

CASES = [
    pytest.param("油彩画は400点に満たない。",
                 [Want("400点に満たない", "count", None, "400", "lt", "items")],
                 id="fewer-than-mitanai"),
    pytest.param("1949年には３割近かった。",
                 [date("1949年", "1949"), eq("３割近かった", "percent", "30", "percent", "approx")],
                 id="nearly-past-tense"),
    pytest.param("ストは2019年12月５日から20年１月20日まで47日間続いた。",
                 [date("2019年12月５日から20年１月20日", "2019-12-05/2020-01-20", "range"),
                  eq("47日間", "duration", "47", "day")],
                 id="two-digit-year-after-a-full-year"),
    pytest.param("1998年に始まり、05年3月に終わった。",
                 [date("1998年", "1998"), date("05年3月", "2005-03")],
                 id="two-digit-year-next-century"),
    # its months are of that year, its century the story's
    pytest.param("物価上昇率は26年１～３月期に1.5％に鈍化する。",
                 [date("26年１～３月", None, "range", relative="year without century"),
                  eq("1.5％", "percent", "1.5", "percent")],
                 id="two-digit-year-alone-is-no-span"),
    pytest.param("2024年の実績を受け、26年１～３月期に1.5％に鈍化する。",
                 [date("2024年", "2024"), date("26年１～３月", "2026-01/2026-03", "range"),
                  eq("1.5％", "percent", "1.5", "percent")],
                 id="two-digit-year-before-months-after-a-full-year"),
    pytest.param("98年3月に設立された。", [date("98年3月", None, relative="year without century")],
                 id="two-digit-year-without-century"),
    pytest.param("2026年度予算（25年10月1日～26年9月30日）を閣議決定した。",
                 [date("2026年", "2026"),
                  date("25年10月1日～26年9月30日", "2025-10-01/2026-09-30", "range")],
                 id="two-digit-year-in-the-nearest-century"),
    pytest.param("政府は2026年度予算で、26年度末の債務残高を見込む。",
                 [date("2026年", "2026"), date("26年", "2026")], id="two-digit-fiscal-year"),
    pytest.param("過去最高だった25年度の予算を下回る。",
                 [date("25年", None, relative="year without century")],
                 id="fiscal-year-is-no-span"),
    pytest.param("訪日客は23年比6.8％増えた。",
                 [date("23年", None, relative="year without century"),
                  eq("6.8％", "percent", "6.8", "percent")],
                 id="two-digit-year-base-is-no-span"),
    pytest.param("2025年の売上は23年末の４倍近くに達した。",
                 [date("2025年", "2025"), date("23年末", "2023"),
                  eq("４倍近く", "multiplier", "4", "times", "approx")],
                 id="two-digit-year-end"),
    pytest.param("列車を運転して31年になる。", [eq("31年", "duration", "31", "year")],
                 id="years-of-driving-stay-a-span"),
    pytest.param("制限速度は時速35～40マイル（56～64キロ）とされる。",
                 [Want("時速35～40マイル", "quantity", "35", "40", "range", "mile / hour"),
                  Want("56～64キロ", "quantity", "56", "64", "range", "kilometer / hour")],
                 id="speed-restated-in-brackets"),
    pytest.param("かつて約32日だった航海は、いまや45日かかる。",
                 [eq("約32日", "duration", "32", "day", "approx"),
                  eq("45日", "duration", "45", "day")],
                 id="days-past-31-or-approximate-are-a-span"),
    pytest.param("会議は15日に開かれた。", [], id="a-day-of-the-month-stays-unread"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round18(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

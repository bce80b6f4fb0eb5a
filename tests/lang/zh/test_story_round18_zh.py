"""Chinese forms found by faithful five-language stories (eighteenth round): a quarter
without a year is read in a sentence without digits too; a comparative before a past
span (高于过去12个月) bounds no span, and a percent right after 个月 is its own; a year
written with its last two digits takes its century from a year of its sentence; a
measure in brackets after a speed restates it per the same hour."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "zh"

CASES = [
    pytest.param("公司第三季度销售下滑。",
                 [date("第三季度", None, "range", relative="month without year")],
                 id="quarter-in-a-sentence-without-digits"),
    pytest.param("此次涨幅高于过去12个月1.8%的通胀率。",
                 [eq("12个月", "duration", "12", "month"),
                  eq("1.8%", "percent", "1.8", "percent")],
                 id="comparative-before-a-past-span"),
    pytest.param("罢工从2019年12月5日持续到20年1月20日。",
                 [date("2019年12月5日持续到20年1月20日", "2019-12-05/2020-01-20", "range")],
                 id="two-digit-year-after-a-full-year"),
    pytest.param("限速为时速35至40英里（56至64公里）。",
                 [Want("时速35至40英里", "quantity", "35", "40", "range", "mile / hour"),
                  Want("56至64公里", "quantity", "56", "64", "range", "kilometer / hour")],
                 id="speed-restated-in-brackets"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round18(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

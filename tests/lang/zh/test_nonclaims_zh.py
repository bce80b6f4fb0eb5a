"""Chinese numbers that are not claims: clock times, scores, ordinals, article numbers and
ages (a DECISION: ages are no claims)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

NON_CLAIMS = [
    pytest.param("下午3点开始。", [], id="clock-xiawu"),
    pytest.param("会议3点半结束。", [], id="clock-dianban"),
    pytest.param("格林尼治时间约 12 时许，车辆被拖离。", [], id="clock-shixu"),
    pytest.param("23岁的男子被捕。", [], id="age"),
    pytest.param("这位 64 岁的司机没有受伤。", [], id="age-spaced"),
    pytest.param("第5条规定。", [], id="article"),
    pytest.param("他获得第3名。", [], id="ordinal"),
    pytest.param("主队以6-6战平。", [], id="score-draw"),
    pytest.param("请拨打010-12345678咨询。", [], id="phone-area-code"),
    pytest.param("请拨打+86 10 1234 5678咨询。", [], id="phone-international"),
    pytest.param("主队3-1获胜。", [], id="score-downwards"),
    pytest.param("5-17岁的儿童接受了检测。", [], id="age-range"),
    # A qualifier between the age and its word (was a count of more than 30)
    pytest.param("一名30多岁的男子受伤。", [], id="age-duo"),
    pytest.param("一名30余歲的男子受傷。", [], id="age-yu"),
    pytest.param("详见表3名单。", [], id="table-number"),
    pytest.param("供应商添加了表4所示的术语。", [], id="table-suoshi"),
]

STILL_CLAIMS = [
    pytest.param("在24小时内。", [eq("24小时", "duration", "24", "hour")],
                 id="xiaoshi-is-duration"),
    pytest.param("他提出3点建议。", [], id="dian-without-time-word"),
    pytest.param("代表3人出席。", [eq("3人", "count", "3", "people")], id="daibiao-is-no-table"),
    pytest.param("30多人受伤。", [Want("30多人", "count", "30", None, "gt", "people")],
                 id="duo-count-is-no-age"),
    pytest.param("在3天之内完成。", [Want("3天之内", "duration", None, "3", "lte", "day")],
                 id="zhinei-within"),
]


@pytest.mark.parametrize(("text", "wanted"), [*NON_CLAIMS, *STILL_CLAIMS])
def test_nonclaims(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

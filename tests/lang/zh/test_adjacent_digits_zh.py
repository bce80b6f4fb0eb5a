"""Two consecutive Han digits side by side name two numbers at once, an approximate range
(两三个 = 2 or 3, 三四十 = 30 or 40, 六七万 = 60,000 or 70,000); read digit by digit they
would be a wrong value (23, 34). Two digits that are not consecutive (三五, 九八) have no
exact reading and give no claim; three digits or more, or a zero among them, are a number
written digit by digit (二〇二三)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, rng

LANG = "zh"

CASES = [
    pytest.param("约有两三个人受伤。", [rng("两三个", "count", "2", "3", "items")],
                 id="liang-san"),
    pytest.param("事故造成三四十人死亡。", [rng("三四十人", "count", "30", "40", "people")],
                 id="tens"),
    pytest.param("有五六百人参加了集会。", [rng("五六百人", "count", "500", "600", "people")],
                 id="hundreds"),
    pytest.param("损失约六七万元。", [rng("六七万元", "money", "60000", "70000", "CNY")],
                 id="wan-money"),
    pytest.param("他在那里住了三四天。", [rng("三四天", "duration", "3", "4", "day")],
                 id="days"),
    pytest.param("一两个月后恢复。", [rng("一两个月", "duration", "1", "2", "month")],
                 id="yi-liang"),
    pytest.param("三五个人站在门口。", [], id="not-consecutive"),
    pytest.param("十三十四个人站在门口。", [], id="two-whole-numbers"),
    pytest.param("二〇二三年开始施工。", [date("二〇二三年", "2023")], id="digit-by-digit"),
    pytest.param("增长了三点二三个百分点。",
                 [Want("三点二三个百分点", "percent", "3.23", "3.23", "eq", "percentage point")],
                 id="decimal-digits"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_adjacent_digits(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

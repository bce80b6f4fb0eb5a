"""Minutes and seconds (zh): 41分5秒 is one time, 2,465 seconds (分 before a number of seconds
is a minute; read alone, 5秒 was a wrong value); 90分 (a score) stays no claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("救护车平均需要41分5秒。", [eq("41分5秒", "duration", "2465", "second")],
                 id="minutes-seconds"),
    pytest.param("他跑了4分41秒。", [eq("4分41秒", "duration", "281", "second")],
                 id="race"),
    pytest.param("他考了90分。", [], id="score"),
    pytest.param("价格为3元5角2分。", [eq("3元5角2分", "money", "3.52", "CNY")], id="money"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_minutes_seconds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

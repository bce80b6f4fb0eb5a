"""Chinese: two consecutive numbers joined by 或, each with the same counter, are an
approximate range (两个或三个 was two counts, 2 and 3)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("有两个或三个人受伤。", [Want('两个或三个', 'count', '2', '3', 'range', 'items')],
                 id="liangge-huo-sange"),
    pytest.param("有3人或4人受伤。", [Want('3人或4人', 'count', '3', '4', 'range', 'people')],
                 id="digits-ren"),
    # Not consecutive: two numbers.
    pytest.param("有3人或5人受伤。",
                 [eq('3人', 'count', '3', 'people'), eq('5人', 'count', '5', 'people')],
                 id="not-consecutive"),
    # Different counters: two numbers.
    pytest.param("有3个或4人受伤。",
                 [eq('3个', 'count', '3', 'items'), eq('4人', 'count', '4', 'people')],
                 id="other-counter"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_counter_alternatives(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

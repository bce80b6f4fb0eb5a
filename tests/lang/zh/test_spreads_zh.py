"""Chinese: a value, the spread of its measurements in brackets (ASCII or full width), then
the unit ("4.8 (3.0-7.2) 天"): the value takes the unit; a confidence level is no claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("平均潜伏期为 4.8 (3.0-7.2) 天。",
                 [eq("4.8 (3.0-7.2) 天", "duration", "4.8", "day")], id="mean-range-unit"),
    pytest.param("平均潜伏期为4.8（3.0-7.2）天。",
                 [eq("4.8（3.0-7.2）天", "duration", "4.8", "day")], id="full-width"),
    pytest.param("死亡率为1.44%（95% CI：1.10-1.86%）。",
                 [eq("1.44%", "percent", "1.44", "percent"),
                  Want("1.10-1.86%", "percent", "1.1", "1.86", "range", "percent")],
                 id="confidence-interval"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spreads(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

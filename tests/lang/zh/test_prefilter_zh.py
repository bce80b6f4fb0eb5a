"""Numbers beside names, which extraction skips before growth, and Han numerals inside words
(issue #14: speed): the claims around them stay read."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("G7承诺提供50亿美元。",
                 [eq("50亿美元", "money", "5000000000", "USD")], id="name-then-money"),
    pytest.param("COVID-19 导致300人死亡。", [eq("300人", "count", "300", "people")],
                 id="hyphened-name"),
    pytest.param("一些国家有5名患者。", [eq("5名", "count", "5", '患者')],
                 id="han-one-in-a-word"),
    pytest.param("统一标准下检测了12个样本。", [eq("12个", "count", "12", '样本')],
                 id="han-one-ends-a-word"),
    pytest.param("一种新药使3人康复。", [eq("3人", "count", "3", "people")],
                 id="han-one-with-a-counter"),
    pytest.param("一至两个月后", [Want("一至两个月", "duration", "1", "2", "range", "month")],
                 id="han-one-opens-a-range"),
    pytest.param("一年后有5人", [eq("一年", "duration", "1", "year"),
                                 eq("5人", "count", "5", "people")], id="han-one-duration"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_prefilter(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

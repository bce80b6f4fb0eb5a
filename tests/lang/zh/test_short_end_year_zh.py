"""Chinese: after a year written 2010年, a range connector and two digits with the year
marker are the range's end year (2010年至15年: 2010 to 2015; was 2010 and a span of
15 years)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "zh"


CASES = [
    pytest.param("2010年至15年间，产量翻了一番。",
                 [date("2010年至15年", "2010/2015", "range"),
                  eq("翻了一番", "multiplier", "2", "times")], id="zhi"),
    pytest.param("该公司从2010年到20年增长了三倍。",
                 [date("2010年到20年", "2010/2020", "range"),
                  Want("三倍", "multiplier", "3", "4", "range", "times")],
                 id="cong-dao"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_short_end_year(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

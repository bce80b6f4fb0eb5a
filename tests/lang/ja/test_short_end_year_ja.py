"""Japanese: after a year written 2010年, a range connector and two digits with the year
marker are the range's end year (2010年から15年まで: 2010 to 2015; was 2010 and a span of
15 years). 15年間 is a span; a short year that would go backwards is not taken."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "ja"


CASES = [
    pytest.param("2010年から15年までに生産は倍増した。",
                 [date("2010年から15年", "2010/2015", "range"),
                  eq("倍増", "multiplier", "2", "times")], id="made"),
    pytest.param("1995年から05年まで続いた。", [date("1995年から05年", "1995/2005", "range")],
                 id="next-century"),
    pytest.param("2010年から15年間、生産は増え続けた。",
                 [date("2010年", "2010"),
                  eq("15年間", "duration", "15", "year")], id="span-kan"),
    pytest.param("2018年から15年まで続いた。",
                 [date("2018年", "2018"),
                  eq("15年", "duration", "15", "year")], id="backwards"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_short_end_year(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

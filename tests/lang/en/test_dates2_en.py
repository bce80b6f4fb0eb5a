"""English dates, wave 2: decades, cross-month and year ranges, yearless days."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "en"

DECADES = [
    pytest.param("Born in the 1960s, she", [date("1960s", "1960/1969")], id="decade"),
    pytest.param("By the mid-1980s it grew.", [date("1980s", "1980/1989")], id="mid-decade"),
    pytest.param("In the late 1970s it fell.", [date("1970s", "1970/1979")], id="late-decade"),
    pytest.param("Music of the 1950's.", [date("1950's", "1950/1959")], id="apostrophe"),
    pytest.param("Music of the '60s.", [], id="two-digit-no-century"),
    pytest.param("Built in the 1800s.", [], id="decade-or-century"),
]


@pytest.mark.parametrize(("text", "wanted"), DECADES)
def test_decades(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Indonesian dates, wave 2: decades, cross-month and year ranges, yearless days."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "id"

DECADES = [
    pytest.param("Pada tahun 1960-an, ia", [date("1960-an", "1960/1969")], id="decade"),
    pytest.param("Pada akhir 1970-an, ia", [date("1970-an", "1970/1979")], id="late-decade"),
    pytest.param("Sejak 1990an, ia", [date("1990an", "1990/1999")], id="no-hyphen"),
    pytest.param("Pada usia 60-an, ia", [], id="two-digit-no-century"),
    pytest.param("Pada tahun 1800-an, ia", [], id="decade-or-century"),
]


@pytest.mark.parametrize(("text", "wanted"), DECADES)
def test_decades(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""A weekday name with a day and month in brackets after it, the way news dates an event
without its year ("Kamis (12/3)"): a yearless date, in the order of the language's numeric
dates. Two numbers in brackets with no weekday before them are no date."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "id"

CASES = [
    pytest.param("Pemerintah mengumumkan pada Kamis (12/3) bahwa 100 orang positif.",
                 [date("12/3", None, relative="month without year"),
                  eq("100", "count", "100", "orang")],
                 id="weekday"),
    pytest.param("Skor akhir (12/3) dalam pertandingan.", [], id="no-weekday"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_weekday_day_month(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Date forms found with a peer's time suite: a day after a weekday name is no count of
the next weekday ("from Saturday 13 to Sunday 15 July": 13 counted "sunday"); a day and
month followed by a year in two digits ("October 31, '74") gives no claim rather than
the year the text stated before."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "en"

CASES = [
    pytest.param("The festival runs from Saturday 13 to Sunday 15 July.",
                 [date("15 July", None, relative="month without year")], id="weekday-day"),
    pytest.param("In 2013 he returned. On October 31, '74, he left.",
                 [date("2013", "2013")], id="short-year"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_date_forms(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

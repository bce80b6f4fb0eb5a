"""Date forms found with a peer's time suite: a day after a weekday name is no count
("du samedi 13 au dimanche 15 juillet": 13 was a count); a day and month followed by a
year in two digits gives no claim ("le 31 octobre 74" took the year the text stated
before, 2013-10-31, a wrong date), while a count after a date stays one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "fr"

CASES = [
    pytest.param("Le festival aura lieu du samedi 13 au dimanche 15 juillet.",
                 [date("15 juillet", None, relative="month without year")], id="weekday-day"),
    pytest.param("En 2013, il est revenu. Le 31 octobre 74, il était parti.",
                 [date("2013", "2013")], id="short-year"),
    pytest.param("Le 31 octobre, 74 personnes sont parties.",
                 [date("31 octobre", None, relative="month without year"),
                  eq("74", "count", "74", "personnes")], id="count-after-date"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_date_forms(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

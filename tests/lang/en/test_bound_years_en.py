"""A bare year (four plain digits) after a bound or approximating word, with no counted
noun, is a date: "around 1890", "at least 2013", "au-delà de 2020" were counts. The new
level of a verb of change stays a count ("rose to more than 2000")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

CASES = [
    pytest.param("The virus emerged around 1890 in Europe.",
                 [date("around 1890", "1890", "approx")], id="around"),
    pytest.param("Research dates back to at least 2013.",
                 [date("at least 2013", "2013", "gte")], id="at-least"),
    pytest.param("The toll rose to more than 2000.",
                 [Want("more than 2000", "count", "2000", None, "gt", None)], id="new-level"),
    pytest.param("Some 2000 people fled.",
                 [eq("Some 2000", "count", "2000", "people", "approx")], id="counted"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_bound_years(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

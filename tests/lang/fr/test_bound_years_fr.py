"""A bare year (four plain digits) after a bound or approximating word, with no counted
noun, is a date: "around 1890", "at least 2013", "au-delà de 2020" were counts. The new
level of a verb of change stays a count ("rose to more than 2000")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date

LANG = "fr"

CASES = [
    pytest.param("Les Jeux sont reportés au-delà de 2020.",
                 [date("au-delà de 2020", "2020", "gt")], id="au-dela"),
    pytest.param("Le bilan est passé à plus de 2000.",
                 [Want("plus de 2000", "count", "2000", None, "gt", None)], id="new-level"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_bound_years(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""An amount written in two units of one currency is one amount ([compound_money] data):
the first part alone would be a wrong value (issue #14)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Le ticket coûte 5 euros et 30 centimes.",
                 [eq("5 euros et 30 centimes", "money", "5.30", "EUR")], id="euros-centimes"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_compound_money(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

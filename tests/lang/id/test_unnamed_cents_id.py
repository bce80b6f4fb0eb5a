"""A hundredth whose currency is unnamed (id: "25 sen"): money of the one currency with
cents the document states; with none, or two, stated it is no claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param('Laba bersih €1,8 miliar dan dividen 25 sen per saham.',
                 [eq('€1,8 miliar', "money", "1800000000", "EUR"),
                  eq('25 sen', "money", "0.25", "EUR")],
                 id="one-currency-stated"),
    pytest.param('Perusahaan membayar dividen 25 sen per saham.', [], id="none-stated"),
    pytest.param('Laba $2 miliar dan €1 miliar, dividen 25 sen per saham.',
                 [eq('$2 miliar', "money", "2000000000", "USD"),
                  eq('€1 miliar', "money", "1000000000", "EUR")],
                 id="two-stated"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_unnamed_cents(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

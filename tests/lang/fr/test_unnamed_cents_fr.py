"""A hundredth whose currency is unnamed (fr: "25 centimes"): money of the one currency with
cents the document states; with none, or two, stated it is no claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Le groupe a gagné 1,8 milliard d'euros ; dividende : 25 centimes par action.",
                 [eq("1,8 milliard d'euros", "money", "1800000000", "EUR"),
                  eq('25 centimes', "money", "0.25", "EUR")],
                 id="one-currency-stated"),
    pytest.param('Il versera un dividende de 25 centimes par action.', [], id="none-stated"),
    pytest.param("Il a gagné 2 milliards de dollars et 1 milliard d'euros ; 25 centimes l'action.",
                 [eq('2 milliards de dollars', "money", "2000000000", "USD"),
                  eq("1 milliard d'euros", "money", "1000000000", "EUR")],
                 id="two-stated"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_unnamed_cents(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

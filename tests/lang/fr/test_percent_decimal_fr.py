"""French: a comma before exactly three digits and a percent sign is the decimal sign
("4,800 %" is 4.8 %, "99,999 %" 99.999 %), as before a scale word; before anything else it
may still group thousands ("1,500 euros" in a text that writes English-style numbers)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Le taux est passé à 4,800 % cette année.",
                 [eq('4,800 %', 'percent', '4.8', 'percent'),
                  Want('cette année', 'date', None, None, 'eq', None, None, 'cette année')],
                 id="sign"),
    pytest.param("Le taux atteint 99,999 % de pureté.",
                 [eq('99,999 %', 'percent', '99.999', 'percent')], id="three-nines"),
    pytest.param("Le taux atteint 1,500 pour cent.",
                 [eq('1,500 pour cent', 'percent', '1.5', 'percent')], id="word"),
    pytest.param("Il a gagné 1,500 euros.",
                 [eq('1,500 euros', 'money', '1500', 'EUR')], id="money-groups"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_percent_decimal(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""French: a number after "multiplié(e)(s) par" or "d'un facteur" is a multiplier
([multipliers] prefixes), as "triplé" and "3 fois" are; it was a bare count."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Ce chiffre a été multiplié par trois en dix ans.",
                 [eq('multiplié par trois', 'multiplier', '3', 'times'),
                  eq('dix ans', 'duration', '10', 'year')], id="spelled"),
    pytest.param("Le nombre de cas a été multiplié par 2,5.",
                 [eq('multiplié par 2,5', 'multiplier', '2.5', 'times')], id="decimal"),
    pytest.param("Le prix a été multiplié par près de 4.",
                 [eq('multiplié par près de 4', 'multiplier', '4', 'times', 'approx')],
                 id="qualified"),
    pytest.param("Les ventes ont été multipliées par 3 fois.",
                 [eq('3 fois', 'multiplier', '3', 'times')], id="suffix-too"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_multiplier_prefixes(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

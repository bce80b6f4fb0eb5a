"""French: the old value of an update written bare (« passé de 21 à 30 personnes ») counts
the new value's noun; « de » is also « of »: a bare number, then one with a unit within a
range's span of it, is a range of the change (« une baisse de 50 à 60 % »)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "fr"

CASES = [
    pytest.param("Le nombre de morts est passé de 21 à 30 personnes lundi.",
                 [eq('21', 'count', '21', 'personnes'), eq('30', 'count', '30', 'personnes')],
                 id="shared-noun"),
    pytest.param("Les commerçants ont constaté une baisse de 50 à 60 % en mars.",
                 [Want('de 50 à 60 %', 'percent', '50', '60', 'range', 'percent'),
                  date('mars', None, relative='month without year')],
                 id="baisse-de-range"),
    pytest.param("Le chômage est passé de 5 % à 7 % en un an.",
                 [eq('5 %', 'percent', '5', 'percent'), eq('7 %', 'percent', '7', 'percent'),
                  eq('un an', 'duration', '1', 'year')],
                 id="units-on-both"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_old_value_of_an_update(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

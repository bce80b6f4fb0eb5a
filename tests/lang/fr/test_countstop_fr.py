"""French: a preposition that opens a place or a time after a number hides no counted
noun ("1,3 milliard en Inde" counts no Inde); a noun before it still counts; « à »
joins ranges and is no stop."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Environ 59 millions de personnes en Afrique du Sud et 1,3 milliard en Inde "
                 "sont confinées.",
                 [eq('Environ 59 millions', 'count', '59000000', 'personnes', 'approx'),
                  eq('1,3 milliard', 'count', '1300000000', None)],
                 id="place-after-scale"),
    pytest.param("Il a vendu 5 000 exemplaires en France.",
                 [eq('5 000', 'count', '5000', 'exemplaires')],
                 id="noun-then-place"),
    pytest.param("Il y avait 2 à 3 personnes dans la salle.",
                 [Want('2 à 3', 'count', '2', '3', 'range', 'personnes')],
                 id="range-a"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_count_stop(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

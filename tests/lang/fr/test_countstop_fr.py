"""French: a preposition that opens a place or a time, or a verb, after a number hides no
counted noun ("1,3 milliard en Inde" counts no Inde); a noun before it still counts;
« à » joins ranges and is no stop."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

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
    pytest.param("Parmi eux, 5 sont hospitalisés et trois d’entre eux sont morts.",
                 [eq('5', 'count', '5', None), eq('trois', 'count', '3', None)],
                 id="verb-and-partitive-after"),
    pytest.param("Au total, 12 qui étaient à bord ont survécu.",
                 [eq('12', 'count', '12', None)],
                 id="relative-pronoun"),
    # A time preposition ("d'ici": by) is no counted noun either.
    pytest.param("Le groupe vise 2 millions d’ici 2026.",
                 [eq('2 millions', 'count', '2000000', None), date('2026', '2026')],
                 id="dici-time"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_count_stop(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""French bounds of a span of time only (« dans les 14 jours »: within 14 days); before a
count the same words bound nothing (« dans les 3 pays »)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Les cas doivent être déclarés dans les 14 jours suivant l'arrivée.",
                 [Want('dans les 14 jours', 'duration', None, '14', 'lte', 'day')],
                 id="dans-les-jours"),
    pytest.param("Le chantier sera fini d'ici 3 ans selon le maire.",
                 [Want("d'ici 3 ans", 'duration', None, '3', 'lte', 'year')],
                 id="d-ici"),
    pytest.param("Il a visité les villes dans les 3 pays voisins.",
                 [eq('3', 'count', '3', 'pays')],
                 id="dans-les-pays"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_bounds_of_a_span_of_time(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

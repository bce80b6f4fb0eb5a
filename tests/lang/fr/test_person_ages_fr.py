"""French: "de N ans" after a person noun of news (joueur, attaquant, pilote, étudiant,
bébé … in [nonclaims] age_person) is an age, no claim (it was a duration of N years); a
span of time after another noun stays one ("une peine de 10 ans")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("L'attaquant de 23 ans a marqué 36 buts en 35 matches.",
                 [eq('36', 'count', '36', 'buts'), eq('35', 'count', '35', 'matches')],
                 id="player"),
    pytest.param("Le pilote de 30 ans a remporté 5 courses.",
                 [eq('5', 'count', '5', 'courses')], id="driver"),
    pytest.param("Son fils de 12 ans a été blessé.", [], id="son"),
    pytest.param("Une mère de 3 enfants a été arrêtée.",
                 [eq('3', 'count', '3', 'enfants')], id="mother-of-children"),
    pytest.param("Il a purgé une peine de 10 ans.",
                 [eq('10 ans', 'duration', '10', 'year')], id="sentence"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_person_ages(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

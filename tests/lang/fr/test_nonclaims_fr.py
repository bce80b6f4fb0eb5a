"""French numbers that are not claims: clock times, scores, phone numbers, product names,
article numbers, ordinals and ages (a DECISION: ages are no claims)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

NON_CLAIMS = [
    pytest.param("La réunion commence à 21 h 00 ce soir.", [], id="clock-h-spaced"),
    pytest.param("La réunion commence à 21h30 ce soir.", [], id="clock-h"),
    pytest.param("La réunion commence à 9:30 ce matin.", [], id="clock-colon"),
    pytest.param("Il a gagné 3-1 dimanche.", [], id="score-gagne"),
    pytest.param("Une victoire 21-14 à domicile.", [], id="score-downwards"),
    pytest.param("Appelez le +33 6 12 34 56 78 maintenant.", [], id="phone-international"),
    pytest.param("Appelez le 06 12 34 56 78 maintenant.", [], id="phone-local"),
    pytest.param("Il a acheté un iPhone 15 hier.", [], id="iphone"),
    pytest.param("Un Boeing 737 a atterri.", [], id="boeing"),
    pytest.param("L'article 5 de la loi s'applique.", [], id="article"),
    pytest.param("Voir la section 3.2 du rapport.", [], id="section"),
    pytest.param("Il est arrivé 3e de la course.", [], id="ordinal"),
    pytest.param("Un homme âgé de 23 ans a été arrêté.", [], id="age-age-de"),
    pytest.param("Une femme âgée de 41 ans a été blessée.", [], id="age-agee-de"),
    pytest.param("Des patients âgés de 30 à 65 ans ont été inclus.", [], id="age-range"),
    pytest.param("Des patients âgés entre 30 et 65 ans ont été inclus.", [], id="age-between"),
    pytest.param("La réunion commence à 14.30 au siège.", [], id="clock-a-dotted"),
]

STILL_CLAIMS = [
    pytest.param("De 10 à 20 personnes.",
                 [Want("De 10 à 20", "count", "10", "20", "range", "personnes")],
                 id="range-with-a"),
    pytest.param("Il a vécu 23 ans à Paris.", [eq("23 ans", "duration", "23", "year")],
                 id="duration-not-age"),
]


@pytest.mark.parametrize(("text", "wanted"), [*NON_CLAIMS, *STILL_CLAIMS])
def test_nonclaims(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

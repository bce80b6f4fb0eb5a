"""Forms found by faithful five-language stories (twenty-third round), in every language
where they apply: fr "à partir de 18 heures" is a time of day, as "dès 18 heures" is."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

CASES = [
    # A time of day after a phrase of several words ("à partir de"), as after one word.
    pytest.param("fr", "Le fret sera touché à partir de 18 heures lundi.", [],
                 id="fr-a-partir-de-hour"),
    pytest.param("fr", "Le fret sera touché dès 18 heures lundi.", [], id="fr-des-hour"),
    # ... while a span after "de" that no such phrase ends stays a span.
    pytest.param("fr", "Après plus de 18 heures de négociations, rien.",
                 [Want("plus de 18 heures", "duration", "18", None, "gt", "hour")],
                 id="fr-de-span"),
    pytest.param("fr", "Il a marché pendant 18 heures.",
                 [eq("18 heures", "duration", "18", "hour")], id="fr-pendant-span"),
]


@pytest.mark.parametrize(("lang", "text", "wanted"), CASES)
def test_story_round23(lang: str, text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, lang)

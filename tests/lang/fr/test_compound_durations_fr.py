"""Une durée écrite en plusieurs unités est une seule durée, dans la plus petite (common.toml
[compound_measures] durations) : « 3 ans et 6 mois » font 42 mois."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param('Il a été condamné à 3 ans et 6 mois de prison.',
                 [eq('3 ans et 6 mois', 'duration', '42', 'month')], id='years-months'),
    pytest.param('Le vol a duré 2 heures 30 minutes.',
                 [eq('2 heures 30 minutes', 'duration', '150', 'minute')], id='hours-minutes'),
    pytest.param('Il a couru en 2 heures, 1 minute et 9 secondes.',
                 [eq('2 heures, 1 minute et 9 secondes', 'duration', '7269', 'second')],
                 id='three-parts'),
    pytest.param("Il est resté 2 semaines et 3 jours à l'hôpital.",
                 [eq('2 semaines et 3 jours', 'duration', '17', 'day')], id='weeks-days'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_compound_durations(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

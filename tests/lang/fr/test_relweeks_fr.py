"""French relative months and weeks (« le même mois », « la semaine prochaine »)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "fr"

CASES = [
    pytest.param("En mars 2020, les cas ont augmenté. Le même mois, 5 personnes sont mortes.",
                 [date('mars 2020', '2020-03'),
                  date('Le même mois', '2020-03', relative='le même mois', anchor='2020-03'),
                  eq('5', 'count', '5', 'personnes')],
                 id="meme-mois"),
    pytest.param("Plus tôt cette semaine-là, 5 personnes sont mortes.",
                 [date('cette semaine-là', None, relative='cette semaine-là'),
                  eq('5', 'count', '5', 'personnes')],
                 id="semaine-la"),
    pytest.param("La finale a lieu la semaine prochaine.",
                 [date('la semaine prochaine', None, relative='la semaine prochaine')],
                 id="semaine-prochaine"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_relative_months_and_weeks(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

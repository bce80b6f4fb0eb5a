"""French proportions (« un adulte sur cinq », « trois Français sur dix »): no count; a grouped
or small number before « sur un total » stays a count."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Un adulte sur cinq fume, selon l'enquête.",
                 [eq('Un adulte sur cinq', 'percent', '20', 'percent')],
                 id="un-sur-cinq"),
    pytest.param("Trois Français sur dix ont voté pour lui.",
                 [eq('Trois Français sur dix', 'percent', '30', 'percent')],
                 id="trois-sur-dix"),
    pytest.param("Au total, 6 000 personnes sur un total de 330 000 habitants sont touchées.",
                 [eq('6 000', 'count', '6000', 'personnes'),
                  eq('330 000', 'count', '330000', 'habitants')],
                 id="sur-un-total"),
    # "un" before a noun is an article: one as the whole of 45 is no proportion.
    pytest.param("Pour le slalom géant, 45 skieuses sur un total de 117 ne sont pas classées.",
                 [eq('45', 'count', '45', 'skieuses'), eq('117', 'count', '117', None)],
                 id="small-number-sur-un-total"),
    # Two counts of thousands joined by "sur" are the parts of a ratio, each a count, as
    # "1 388/5 143" gives them.
    pytest.param("que chez ceux non hospitalisés (1 388 sur 5 143, 27 %).",
                 [eq('1 388', 'count', '1388', None), eq('5 143', 'count', '5143', None),
                  eq('27 %', 'percent', '27', 'percent')],
                 id="large-parts-sur"),
    pytest.param("Le projet est étalé sur 5 ans selon le maire.",
                 [eq('5 ans', 'duration', '5', 'year')],
                 id="sur-duration"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_proportions_are_no_counts(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

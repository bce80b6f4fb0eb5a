"""Which date dates a claim (fr): its own clause, a date opening its sentence, a topic
date; not a date stated in passing in another clause (reconcile.scope)."""

from __future__ import annotations

import pytest

from scopecases import check_years

CASES = [
    ('Le déficit doit passer de 5,8 % du PIB en 2024 à 4,5 % en 2025.',
     [('5,8 %', 2024), ('4,5 %', 2025)]),
    ('La participation a atteint 71,4 %, contre 64,9 % en 2021. Elle a progressé de 3 %.',
     [('71,4 %', None), ('64,9 %', 2021), ('3 %', None)]),
    ('En 2016, la société a levé 50 millions de dollars. Elle a embauché 300 personnes.',
     [('50 millions de dollars', 2016), ('300', 2016)]),
    # A date inside a clause dates that clause only; a date opening the sentence is a
    # topic that dates the sentences after it.
    ('Le virus a été isolé pour la première fois en 2012 chez un patient. '
     'Plus de 30 % des patients avaient de la fièvre.',
     [('Plus de 30 %', None)]),
    ('Fin 2019, la société comptait 300 salariés. Elle a vendu 40 % de ses parts.',
     [('300', 2019), ('40 %', 2019)]),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_scope(text: str, want: list[tuple[str, int | None]]) -> None:
    check_years(text, "fr", want)

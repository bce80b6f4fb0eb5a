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
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_scope(text: str, want: list[tuple[str, int | None]]) -> None:
    check_years(text, "fr", want)

"""French: a number after 'type' names a kind (diabète de type 2), it counts nothing."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param('Le vecteur adénoviral de type 5 est étudié depuis 12 ans.',
                 [eq('12 ans', 'duration', '12', 'year')],
                 id='de-type-5'),
    pytest.param("Elle souffre d'un diabète de type 2 depuis 12 ans.",
                 [eq('12 ans', 'duration', '12', 'year')],
                 id='diabete-type-2'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_typeref(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

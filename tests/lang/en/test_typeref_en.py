"""English: a number after 'type' names a kind (type 2 diabetes), it counts nothing."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param('The adenovirus type 5 vector has been studied for 12 years.',
                 [eq('12 years', 'duration', '12', 'year')],
                 id='type-5-vector'),
    pytest.param('She has had type 2 diabetes for 12 years.',
                 [eq('12 years', 'duration', '12', 'year')],
                 id='type-2-diabetes'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_typeref(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

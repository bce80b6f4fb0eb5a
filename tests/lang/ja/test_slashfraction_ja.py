"""Japanese: a fraction written with a slash between two small whole numbers ('2/3') is no
claim, and neither part is a count; larger parts stay numbers."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param('患者300人の約2/3が回復した。',
                 [eq('300人', 'count', '300', 'people')],
                 id='two-thirds'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_slashfraction(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

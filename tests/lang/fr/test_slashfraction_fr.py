"""French: a fraction written with a slash between two small whole numbers ('2/3') is no claim,
and neither part is a count; larger parts stay numbers."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param('Environ 2/3 des 300 patients ont guéri.',
                 [eq('300', 'count', '300', 'patients')],
                 id='deux-tiers'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_slashfraction(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""English: a fraction written with a slash between two small whole numbers ('2/3') is no
claim, and neither part is a count; larger parts stay numbers."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param('About 2/3 of the 300 patients recovered.',
                 [eq('300', 'count', '300', 'patients')],
                 id='two-thirds'),
    pytest.param('The ratio was 6.0% (97,039/1,617,204) in the report.',
                 [eq('6.0%', 'percent', '6.0', 'percent'), eq('97,039', 'count', '97039', None),
                  eq('1,617,204', 'count', '1617204', None)],
                 id='large-parts-stay'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_slashfraction(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

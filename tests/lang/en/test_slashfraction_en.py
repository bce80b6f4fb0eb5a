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
    # The same ratio written with "of" (its percentage after it): two counts, as the slash
    # gives them (a smaller part, "732 of 1,037", is no count of thousands).
    pytest.param('higher than among those not hospitalized (732 of 1,037, 71%; '
                 '1,388 of 5,143, 27%).',
                 [eq('71%', 'percent', '71', 'percent'), eq('1,388', 'count', '1388', None),
                  eq('5,143', 'count', '5143', None), eq('27%', 'percent', '27', 'percent')],
                 id='large-parts-of'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_slashfraction(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

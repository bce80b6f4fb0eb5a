"""English: "as many as", "as much as", "as high as" state an upper bound (lte)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "en"

CASES = [
    pytest.param("As many as 300 people died.",
                 [Want('As many as 300', 'count', None, '300', 'lte', 'people')], id="many"),
    pytest.param("It could cost as much as $5 billion.",
                 [Want('as much as $5 billion', 'money', None, '5000000000', 'lte', 'USD')],
                 id="much"),
    pytest.param("Rates as high as 7% were seen.",
                 [Want('as high as 7%', 'percent', None, '7', 'lte', 'percent')], id="high"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_upper_bounds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

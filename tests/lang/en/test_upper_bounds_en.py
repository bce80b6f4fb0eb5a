"""English: "as many as" and "as much as" state an upper bound (lte); "as high as" a peak."""

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
    # "as high as" names the peak a value reached (translators write "reaching 20 feet",
    # 高达): no bound.
    pytest.param("Flood waters rose as high as 20 feet.",
                 [Want('20 feet', 'quantity', '20', '20', 'eq', 'foot')], id="high-peak"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_upper_bounds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""English products: "N <times-word> M" is a product or a repetition of a figure,
neither a multiplier nor a count; a multiplier followed by other words stays one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

CASES = [
    pytest.param('He scored 11 times 4 runs.',
                 [],
                 id='times-number'),
    pytest.param('Sales rose five times to 30 million dollars.',
                 [eq('five times', 'multiplier', '5', 'times'),
                  eq('30 million dollars', 'money', '30000000', 'USD')],
                 id='times-then-to'),
    pytest.param('Profits tripled in 2019.',
                 [eq('tripled', 'multiplier', '3', 'times'),
                  date('2019', '2019')],
                 id='word-multiplier'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_products(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Chinese: a fraction written with a slash between two small whole numbers ('2/3') is no
claim, and neither part is a count; larger parts stay numbers."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param('大约 2/3 的 300 名患者康复。',
                 [eq('300 名', 'count', '300', '患者')],
                 id='two-thirds'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_slashfraction(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

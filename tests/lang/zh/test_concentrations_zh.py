"""百万分之 (CLDR's prefix form, zh) and ppm: a concentration; a fraction with a counter is
no count (29.2 张: a rate's value, not 29.2 sheets)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param('二氧化碳浓度达到百万分之419。',
                 [eq("百万分之419", "quantity", "419", "ppm")],
                 id="prefix"),
    pytest.param('二氧化碳浓度达到419ppm。',
                 [eq("419ppm", "quantity", "419", "ppm")],
                 id="short"),
    pytest.param('床位数从德国的 29.2 张到葡萄牙的 4.2 张不等。',
                 [],
                 id="fraction-of-a-counter"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_concentrations(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

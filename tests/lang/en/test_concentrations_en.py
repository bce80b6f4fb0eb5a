"""Parts per million (CLDR concentr-permillion, en): "419 parts per million" and "419 ppm"
are one concentration, not a rate per million; a temperature written "1.5C" reads beside a
word of warming."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param('CO2 concentrations reached 419 parts per million.',
                 [eq("419 parts per million", "quantity", "419", "ppm")],
                 id="long"),
    pytest.param('CO2 concentrations reached 419 ppm.',
                 [eq("419 ppm", "quantity", "419", "ppm")],
                 id="short"),
    pytest.param('The death rate was 5 per million.',
                 [],
                 id="rate-stays-no-claim"),
    pytest.param('Limiting warming to 1.5C is the goal.',
                 [eq("1.5C", "quantity", "1.5", "degree_Celsius")],
                 id="warming-cue"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_concentrations(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""ppm (ja): a concentration; 度 beside 温暖化 is a temperature, and a fraction with a counter
(1.5度 as "times") is no count."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param('大気中の二酸化炭素濃度は419ppmに達した。',
                 [eq("419ppm", "quantity", "419", "ppm")],
                 id="ppm"),
    pytest.param('温暖化を1.5度に抑える目標だ。',
                 [eq("1.5度", "quantity", "1.5", "degree_Celsius")],
                 id="warming-cue"),
    pytest.param('目標は1.5度に抑えることだ。',
                 [],
                 id="fraction-of-a-counter"),
    pytest.param('1.5万人が参加した。',
                 [eq("1.5万人", "count", "15000", "people")],
                 id="scaled-count-stays"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_concentrations(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

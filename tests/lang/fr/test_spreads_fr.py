"""French: a spread in brackets after a value ("4,8 jours (3,0-7,2)", "5 (2-9) jours"): the
value keeps or takes the unit; a confidence level ("IC à 95 %") is no claim, a range with
its own unit is (it was three claims: 1,44 %, 95 % and the range)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("La période d’incubation moyenne était de 4,8 jours (3,0-7,2).",
                 [eq("4,8 jours", "duration", "4.8", "day")], id="unit-before-spread"),
    pytest.param("Il a fallu en moyenne 5 jours (2-9) jusqu'au diagnostic.",
                 [eq("5 jours", "duration", "5", "day")], id="bare-spread-after-unit"),
    pytest.param("Il a fallu en moyenne 5 (2-9) jours jusqu'au diagnostic.",
                 [eq("5 (2-9) jours", "duration", "5", "day")], id="unit-after-spread"),
    pytest.param("Le taux de létalité était de 1,44 % (IC à 95 % : 1,10-1,86 %).",
                 [eq("1,44 %", "percent", "1.44", "percent"),
                  Want("1,10-1,86 %", "percent", "1.1", "1.86", "range", "percent")],
                 id="confidence-interval"),
    pytest.param("Le R0 était de 3,77 (IC à 95 % : 3,51-4,05), et le R0 ajusté.", [],
                 id="bare-ratio-ci"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spreads(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

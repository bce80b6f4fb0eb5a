"""A unit of length, a per-word and a time unit are a speed (the length alone was read:
a false unit beside a translation's km/h)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, q

LANG = "fr"

CASES = [
    pytest.param("Des vents de 120 km par heure ont endommagé des maisons.",
                 [q("120 km par heure", "120", "kilometer / hour")], id="km-par-heure"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_per_time_speeds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

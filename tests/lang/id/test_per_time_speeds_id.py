"""A unit of length, a per-word and a time unit are a speed (the length alone was read:
a false unit beside a translation's km/h)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, q

LANG = "id"

CASES = [
    pytest.param("Angin berkecepatan 120 km per jam merusak rumah.",
                 [q("120 km per jam", "120", "kilometer / hour")], id="km-per-jam"),
    pytest.param("Jarak 120 km per hari ditempuh.", [q("120 km", "120", "kilometer")],
                 id="per-hari"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_per_time_speeds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""廿, 卅, 卌: one character for twenty, thirty, forty. 卅三人 was 3 people (the tens lost),
a wrong value; now 33."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("事故造成卅三人死亡。", [eq("卅三人", "count", "33", "people")], id="sa-san"),
    pytest.param("另有廿五人受伤。", [eq("廿五人", "count", "25", "people")], id="nian-wu"),
    pytest.param("至少卌五人受伤。", [Want("至少卌五人", "count", "45", None, "gte", "people")],
                 id="xi-bound"),
    pytest.param("另有廿人受伤。", [eq("廿人", "count", "20", "people")], id="alone"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_tens_characters(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

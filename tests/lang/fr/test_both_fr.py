"""French "tous deux", "toutes deux", "leurs deux …": a number after a determiner names
known things ("both", "their two"), not a count."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("La salive et le sang peuvent toutes deux transporter le virus.", [],
                 id="toutes-deux"),
    pytest.param("Ils sont tous deux morts.", [], id="tous-deux"),
    pytest.param("Leurs deux enfants sont partis.", [], id="leurs-deux"),
    pytest.param("Deux enfants sont partis.",
                 [eq("Deux", "count", "2", "enfants")], id="a-count"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_both(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

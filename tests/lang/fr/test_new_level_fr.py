"""A bare number right after a verb of change and the word that joins its new level ("rose
to 1,234") is a claim though its noun stands before it ([updates] data)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Le bilan est passé de 1 100 à 1 234.",
                 [eq("1 100", "count", "1100", None), eq("1 234", "count", "1234", None)],
                 id="de-a"),
    pytest.param("Le bilan a grimpé à 1 234.", [eq("1 234", "count", "1234", None)],
                 id="grimpe-a"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_new_level(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

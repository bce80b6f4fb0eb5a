"""A decimal point spelled out between two spelled numbers: read apart they would be two
wrong numbers, so neither is a claim (issue #14: never a wrong value on a spelled form)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Environ trois virgule cinq millions de personnes ont fui.", [],
                 id="spelled-point"),
    pytest.param("À ce moment, 5 personnes sont parties.", [eq("5", "count", "5", "personnes")],
                 id="word-elsewhere"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spelled_point(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

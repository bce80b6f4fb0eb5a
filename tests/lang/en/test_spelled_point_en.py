"""A decimal point spelled out between two spelled numbers: read apart they would be two
wrong numbers, so neither is a claim (issue #14: never a wrong value on a spelled form)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("Some three point five million people fled.", [],
                 id="spelled-point"),
    pytest.param("At that point 5 people left.", [eq("5", "count", "5", "people")],
                 id="word-elsewhere"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spelled_point(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

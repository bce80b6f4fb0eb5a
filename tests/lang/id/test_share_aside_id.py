"""A share in brackets between a number and its counted noun: the noun is the number's
(it was a bare count); the share is a claim of its own."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Dari jumlah itu, 74.439 (60,7%) kasus dikonfirmasi.",
                 [eq("74.439", "count", "74439", "kasus"),
                  eq("60,7%", "percent", "60.7", "percent")], id="share-then-noun"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_share_aside(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

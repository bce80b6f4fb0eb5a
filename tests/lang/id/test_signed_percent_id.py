"""A sign word right before a percentage makes it negative ("minus"); a qualifier read
before the number comes first (issue #14: negative percents)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Pertumbuhan ekonomi minus 5 persen.",
                 [eq("minus 5 persen", "percent", "-5", "percent")], id="digits"),
    pytest.param("Pertumbuhan minus 2,5 persen.",
                 [eq("minus 2,5 persen", "percent", "-2.5", "percent")], id="second-form"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_signed_percent(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""A sign word right before a percentage makes it negative ("minus"); a qualifier read
before the number comes first (issue #14: negative percents)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("The economy grew minus 5% last quarter.",
                 [eq("minus 5%", "percent", "-5", "percent")], id="digits"),
    pytest.param("Growth was minus five percent.",
                 [eq("minus five percent", "percent", "-5", "percent")], id="second-form"),
    # British press: "pc" for per cent.
    pytest.param("About 70pc of voters backed the plan.",
                 [eq("About 70pc", "percent", "70", "percent", "approx")], id="pc"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_signed_percent(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

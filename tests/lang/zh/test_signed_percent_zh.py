"""A sign word right before a percentage makes it negative ("负"); a qualifier read
before the number comes first (issue #14: negative percents)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("经济增长率为负5%。",
                 [eq("负5%", "percent", "-5", "percent")], id="digits"),
    pytest.param("增速为負2.5%。",
                 [eq("負2.5%", "percent", "-2.5", "percent")], id="second-form"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_signed_percent(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

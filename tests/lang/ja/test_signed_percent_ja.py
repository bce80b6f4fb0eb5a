"""A sign word right before a percentage makes it negative ("マイナス"); a qualifier read
before the number comes first (issue #14: negative percents)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("成長率はマイナス5%だった。",
                 [eq("マイナス5%", "percent", "-5", "percent")], id="digits"),
    pytest.param("成長率はマイナス2.5%に落ち込んだ。",
                 [eq("マイナス2.5%", "percent", "-2.5", "percent")], id="second-form"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_signed_percent(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""An amount of one right before an equals sign is the base of an exchange rate (1ドル＝148円),
not a claim; the rate after it is one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("The euro traded at $1 = 0.92 €.", [eq("0.92 €", "money", "0.92", "EUR")],
                 id="rate-base"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_rate_base(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""An amount of one right before an equals sign is the base of an exchange rate (1ドル＝148円),
not a claim; the rate after it is one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("円相場は一時1ドル＝148円まで上昇した。", [eq("148円", "money", "148", "JPY")],
                 id="rate-base"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_rate_base(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

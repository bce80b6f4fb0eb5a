"""An amount of one right before an equals sign is the base of an exchange rate (1ドル＝148円),
not a claim; the rate after it is one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("汇率为1美元=7.2元人民币。", [eq("7.2元人民币", "money", "7.2", "CNY")],
                 id="rate-base"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_rate_base(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

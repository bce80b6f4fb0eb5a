"""Chinese forms shared with the wave-2 Latin work: a range written downwards with the same
scale word on both ends. Each case asserts surface, kind, exact value and unit."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "zh"

DOWNWARD_RANGE = [
    pytest.param("这些化石来自 420 万至 390 万年前。",
                 [Want("420 万至 390 万年", "duration", "3900000", "4200000", "range", "year")],
                 id="zhi-downwards"),
]


@pytest.mark.parametrize(("text", "wanted"), DOWNWARD_RANGE)
def test_downward_range(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

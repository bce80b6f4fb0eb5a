"""Japanese: 台 glued after an amount or a percent is the band of values it opens
([qualifiers] band_after): 1000万円台 is 10 to 20 million yen, 3割台 30 to 40 %. Read as
exactly 10 million it would disagree with "15 million" in a translation."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, rng

LANG = "ja"

CASES = [
    pytest.param("価格は1000万円台に達した。",
                 [rng("1000万円台", "money", "10000000", "20000000", "JPY")], id="man-en"),
    pytest.param("価格は1500万円台に達した。",
                 [rng("1500万円台", "money", "15000000", "16000000", "JPY")],
                 id="last-digit-step"),
    pytest.param("支持率は3割台に低迷した。",
                 [rng("3割台", "percent", "30", "40", "percent")], id="wari"),
    pytest.param("失業率は2%台で推移した。", [rng("2%台", "percent", "2", "3", "percent")],
                 id="percent"),
    # After a bare number 台 counts machines.
    pytest.param("工場に5台の機械がある。", [eq("5台", "count", "5", "machines")],
                 id="counter"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_rng(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""七成六 = 76 %: a lone digit right after the tenth-word counts hundredths ([percent]
hundredth_digit); it was 70 %, a wrong value."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("支持率为七成六。", [eq("七成六", "percent", "76", "percent")], id="han"),
    pytest.param("逾七成六民众支持。", [Want("逾七成六", "percent", "76", None, "gt", "percent")],
                 id="bound"),
    pytest.param("七成6的民众支持。", [eq("七成6", "percent", "76", "percent")], id="digit"),
    pytest.param("六成的人支持。", [eq("六成", "percent", "60", "percent")], id="plain"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_tenth_hundredths(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

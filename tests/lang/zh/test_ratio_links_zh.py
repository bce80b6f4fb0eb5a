"""Chinese proportions: 每10人中有1人 (one in ten) states no count of either number."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("每10人中有1人感染。",
                 [eq('10人中有1人', 'percent', '10', 'percent')], id="one-in-ten"),
    pytest.param("10人中有3人死亡。",
                 [eq('10人中有3人', 'percent', '30', 'percent')], id="three-in-ten"),
    pytest.param("共有10人受伤。", [eq('10人', 'count', '10', 'people')], id="plain-count"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_ratio_links(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

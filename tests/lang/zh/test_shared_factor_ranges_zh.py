"""Ranges whose second bound carries a word that multiplies both (a hundred word, a Han unit
or scale, a tenth-word): read for the first bound too, else it is a wrong value; and two
consecutive numbers joined by an alternative word ([ranges] alternatives: "or", 、) are an
approximate range."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, rng

LANG = "zh"

CASES = [
    pytest.param("二至三成的企业亏损。",
                 [Want("二至三成", "percent", "20", "30", "range", "percent")], id="cheng"),
    pytest.param("2至3成的企业亏损。",
                 [Want("2至3成", "percent", "20", "30", "range", "percent")], id="digit-cheng"),
    pytest.param("有二至三万人参加。",
                 [rng("二至三万人", "count", "20000", "30000", "people")], id="han-wan"),
    pytest.param("十至二十万美元的奖金。",
                 [rng("十至二十万美元", "money", "100000", "200000", "USD")], id="shi-wan"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_shared_factor_ranges(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Chinese: 多达 ("as many as") states an upper bound (lte), as "as many as" does in English;
高达 ("as high as") names the peak a value reached: an approximation, no bound."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "zh"

CASES = [
    pytest.param("该工厂将雇用多达3000名工人。",
                 [Want("多达3000名", "count", None, "3000", "lte", '工人')], id="many"),
    pytest.param("多達三成的受訪者表示不滿。",
                 [Want("多達三成", "percent", None, "30", "lte", "percent")],
                 id="many-traditional-tenths"),
    pytest.param("周六气温高达41.2摄氏度。",
                 [Want("高达41.2摄氏度", "quantity", "41.2", "41.2", "approx",
                       "degree_Celsius")], id="high-peak"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_upper_bounds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

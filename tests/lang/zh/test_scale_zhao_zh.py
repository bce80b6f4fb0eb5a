"""兆 is 10^12 in Taiwan and "mega" on the mainland: with a currency it is 10^12 (an
amount), with a unit it is mega (兆瓦, 兆赫), alone it gives no claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q

LANG = "zh"

CASES = [
    pytest.param("台湾的GDP约为20兆新台币。",
                 [eq("约为20兆新台币", "money", "20000000000000", "TWD", "approx")],
                 id="money"),
    pytest.param("装机容量为50兆瓦。", [q("50兆瓦", "50", "megawatt")], id="megawatt"),
    pytest.param("带宽达到100兆。", [], id="bare"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_scale_zhao(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

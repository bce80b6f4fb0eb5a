""""by" after a verb of change names the change ([updates] by): "rose by 5% to 20%" is the
change and the level reached, two claims, not a range from 5% to 20% (a wrong value of
both); without "by", close values stay a range ("rose 5% to 10%")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, rng

LANG = "en"

CASES = [
    pytest.param("Sales rose by 5% to 20%.",
                 [eq("5%", "percent", "5", "percent"), eq("20%", "percent", "20", "percent")],
                 id="percent"),
    pytest.param("Prices fell by 2.1% to 3.4%.",
                 [eq("2.1%", "percent", "2.1", "percent"),
                  eq("3.4%", "percent", "3.4", "percent")], id="close-values"),
    pytest.param("Shares rose by $5 to $20.",
                 [eq("$5", "money", "5", "USD"), eq("$20", "money", "20", "USD")], id="money"),
    pytest.param("Sales rose 5% to 10%.", [rng("5% to 10%", "percent", "5", "10", "percent")],
                 id="without-by"),
    # The unit written once: a range of the change itself.
    pytest.param("Costs will be cut by 10 to 20 percent.",
                 [rng("10 to 20 percent", "percent", "10", "20", "percent")], id="range-of-change"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_change_by(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

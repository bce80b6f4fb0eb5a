"""Bound words of comparison before a number ("greater than", "en dessous de", 最少) bound
it: read as an exact value before, a wrong value. A comparison of amounts bounds no span of
time after it ([qualifiers] comparatives: "higher than a year earlier")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("The figure is greater than 2,000 people.",
                 [Want("greater than 2,000", "count", "2000", None, "gt", "people")], id="greater"),
    pytest.param("Unemployment was higher than 5% in the region.",
                 [Want("higher than 5%", "percent", "5", None, "gt", "percent")], id="higher"),
    pytest.param("Shares fell to lower than $7 each.",
                 [Want("lower than $7", "money", None, "7", "lt", "USD")], id="lower"),
    # "than a year earlier" is the base of a year-on-year comparison: neither a bound nor
    # a span ([durations_one] compared), as 前年比 is no date.
    pytest.param("Sales were 5% higher than a year earlier.",
                 [eq("5%", "percent", "5", "percent")], id="no-duration-bound"),
    pytest.param("The car reached 10km/hr in town.",
                 [eq("10km/hr", "quantity", "10", "kilometer / hour")], id="km-hr"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_comparative_bounds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Spelled fractions by their denominator ([spelled] fractions: fifths, tenths,
hundredths …): "three fifths" is no count of 3 "fifths" (a wrong value); of a scale word, or
of a unit after an article ("four hundredths of a second"), it is a fraction of it; with no
exact decimal (sixths) the number gives no claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("He won by four hundredths of a second.",
                 [eq("four hundredths of a second", "duration", "0.04", "second")],
                 id="hundredths"),
    pytest.param("He won by two sixths of a second.", [], id="inexact-of-a-unit"),
    pytest.param("Three fifths of the members voted against it.",
                 [eq("Three fifths", "percent", "60", "percent")], id="fifths"),
    pytest.param("More than two fifths of the tests were positive.",
                 [Want("More than two fifths", "percent", "40", None, "gt", "percent")],
                 id="bound-fifths"),
    pytest.param("It cost three fifths of a million dollars.",
                 [eq("three fifths of a million dollars", "money", "600000", "USD")],
                 id="fifths-of-a-million"),
    pytest.param("The fifth day of the trial heard 40 witnesses.",
                 [eq("40", "count", "40", "witnesses")], id="ordinal-fifth"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_fraction_denominators(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


def test_an_order_of_magnitude_is_no_count() -> None:
    # "log" is an order of magnitude ([unread_after] nouns): no count of 3.5 "logs".
    check_claims("Sanitizers kill 99.97% of germs (a 3.5 log reduction).",
                 [eq("99.97%", "percent", "99.97", "percent")], LANG)

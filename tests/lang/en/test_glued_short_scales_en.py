"""A one-letter short scale glued to a number with decimals, with a counted noun right
after it, is the scale without money in sight ("1.3m vehicles"); whole numbers ("400m
hurdles"), measures after an article ("a 2.5m cable") or before a measure word ("2.5m high")
stay unread: no wrong value (issue #14: scale suffixes)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("The firm sold 1.3m vehicles.", [eq("1.3m", "count", "1300000", "vehicles")],
                 id="decimal-m-noun"),
    pytest.param("About 2.5m people live there.",
                 [eq("About 2.5m", "count", "2500000", "people", "approx")],
                 id="approx"),
    pytest.param("He won 400m hurdles gold.", [], id="whole-number-is-a-distance"),
    pytest.param("The wall is 2.5m high.", [], id="measure-word-after"),
    pytest.param("They bought a 2.5m cable.", [], id="article-before"),
    pytest.param("They bought 3.5m of cable.", [], id="noun-not-right-after"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_glued_short_scales(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

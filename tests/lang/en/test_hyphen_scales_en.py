"""English: a scale word joined to its number by a hyphen ("a $4.5-billion deal") is the
number's scale (was $4.5, a wrong value). Where the compound goes on without a currency
before the number ("a 5-million-strong army"), what it counts is not read: no claim; so too
where a spaced or spelled scale word opens the compound ("a 5 million-dollar house", "a
five-million-dollar house" were counts of 5,000,000, "a billion-dollar merger" one of
1,000,000,000)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("The $4.5-billion deal was signed.",
                 [eq("$4.5-billion", "money", "4500000000", "USD")], id="money"),
    pytest.param("A $4.5-billion-a-year program.",
                 [eq("$4.5-billion", "money", "4500000000", "USD")], id="money-compound"),
    pytest.param("The virus hit 2-million people.",
                 [eq("2-million", "count", "2000000", "people")], id="count"),
    pytest.param("A 5-million-strong army marched.", [], id="compound-goes-on"),
    pytest.param("A 10-million-dollar grant was paid.", [], id="currency-inside-compound"),
    pytest.param("It was a 5 million-dollar house.", [], id="spaced-scale-compound"),
    pytest.param("It was a five-million-dollar house.", [], id="spelled-scale-compound"),
    pytest.param("It was a billion-dollar merger.", [], id="article-scale-compound"),
    pytest.param("It was a $5 million-a-year deal.",
                 [eq("$5 million", "money", "5000000", "USD")], id="currency-before-spaced"),
    pytest.param("Rates rose by 2 million-fold.",
                 [eq("2 million-fold", "multiplier", "2000000", "times")], id="fold-suffix"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_hyphen_scales(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

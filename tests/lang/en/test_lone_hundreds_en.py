"""English: a hundred word with no number or article of its own states no number ("hundred
people", "a couple of hundred people" were counts of 100); "a hundred", "one hundred" and a
vague "several hundred" are read as before."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("A couple of hundred people complained.", [], id="couple-of-hundred"),
    pytest.param("Hundred people complained.", [], id="bare-hundred"),
    pytest.param("Dozen people came.", [], id="bare-dozen"),
    pytest.param("A hundred people complained.",
                 [eq("A hundred", "count", "100", "people")], id="article"),
    pytest.param("One hundred people complained.",
                 [eq("One hundred", "count", "100", "people")], id="one"),
    pytest.param("Several hundred samples were taken.",
                 [Want("Several hundred", "count", "200", "900", "several", "samples")],
                 id="vague"),
    pytest.param("Half a dozen people came.",
                 [eq("Half a dozen", "count", "6", "people")], id="half-dozen"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_lone_hundreds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""議席 counts seats (ja): "465議席中212議席" is two counts, as "212 of the 465 seats" is."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("与党は465議席中212議席を獲得した。",
                 [eq("465議席", "count", "465", "seats"), eq("212議席", "count", "212", "seats")],
                 id="part-of-whole"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_seat_counter(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""A bare number right after a verb of change and the word that joins its new level ("rose
to 1,234") is a claim though its noun stands before it ([updates] data)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    # The old and the new level of a stated change, their noun before them.
    pytest.param("The toll rose from 1,100 to 1,234.",
                 [eq("1,100", "count", "1100", None), eq("1,234", "count", "1234", None)],
                 id="from-to"),
    pytest.param("Sales fell to 900, down from 1,200.",
                 [eq("900", "count", "900", None), eq("1,200", "count", "1200", None)],
                 id="down-from"),
    pytest.param("The death toll rose to 1,234.", [eq("1,234", "count", "1234", None)],
                 id="rose-to"),
    pytest.param("The figure fell to 900 on Monday.", [eq("900", "count", "900", None)],
                 id="fell-to"),
    # "a day" after a number is not its counted noun; before "earlier" it is a span of
    # one day ([durations_one] after_amount), as "He left a day earlier" is.
    pytest.param("The toll rose to 1,234, up from 1,100 a day earlier.",
                 [eq("1,234", "count", "1234", None), eq("1,100", "count", "1100", None)],
                 id="rate-a-day-no-noun"),
    # Without a verb of change, a bare number counting nothing named stays no claim.
    pytest.param("See page 1,234 to start.", [], id="no-verb"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_new_level(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Two month names joined by a hyphen before a year are one range of months ("January-March
2023"), as with an en dash or a spaced hyphen; a month in a hyphenated compound is none."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "fr"

CASES = [
    pytest.param("En janvier-mars 2023, le PIB a progressé de 2,7 %.",
                 [date("janvier-mars 2023", "2023-01/2023-03", "range"),
                  eq("2,7 %", "percent", "2.7", "percent")],
                 id="months-hyphen-year"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_month_hyphen_ranges(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

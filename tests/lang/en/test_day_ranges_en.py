"""Days of one month written month first ("March 3-5", "Aug. 1 to 4", "March 3 to 5,
2024"): one range, as "3-5 March" and the other languages' day ranges are. Without a year
the range is its month (as fr "du 3 au 5 mars"); "March 3-5" was read as March 3 alone and
"March 3 to 5, 2024" as March 3 and a lone 2024."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

CASES = [
    pytest.param("The summit runs March 3 to 5, 2024.",
                 [date("March 3 to 5, 2024", "2024-03-03/2024-03-05", "range")],
                 id="to-with-year"),
    pytest.param("The summit runs March 3-5, 2024.",
                 [date("March 3-5, 2024", "2024-03-03/2024-03-05", "range")],
                 id="dash-with-year"),
    pytest.param("The summit runs from March 3-5.",
                 [date("March 3-5", None, "range", relative="month without year")],
                 id="dash-no-year"),
    pytest.param("The festival runs Aug. 1 to 4.",
                 [date("Aug. 1 to 4", None, "range", relative="month without year")],
                 id="to-no-year"),
    # A connector word before a counted noun joins a date and a count, not two days.
    pytest.param("From March 3 to 10 people a day came.",
                 [date("March 3", None, relative="month without year"),
                  eq("10", "count", "10", "people")], id="then-a-count"),
    pytest.param("On March 3, 5 people died.",
                 [date("March 3", None, relative="month without year"),
                  eq("5", "count", "5", "people")], id="comma-then-a-count"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_day_ranges(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

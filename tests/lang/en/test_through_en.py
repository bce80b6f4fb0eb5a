"""English: "through" joins the two ends of a range like "to" ("from 2019 through 2021",
"groups of 10 through 20"); "through 2021" alone is a date, "rose 5% through 2021" no range."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

CASES = [
    pytest.param("From 2019 through 2021 sales rose.",
                 [date('2019 through 2021', '2019/2021', 'range')], id="years"),
    pytest.param("Groups of 10 through 20 were formed.",
                 [Want('10 through 20', 'count', '10', '20', 'range')], id="numbers"),
    # Page numbers name pages, as "page 10" does: no count.
    pytest.param("Pages 10 through 20 were lost.", [], id="page-numbers"),
    pytest.param("From March 3 through March 5, 2021.",
                 [date('March 3 through March 5, 2021', '2021-03-03/2021-03-05', 'range')],
                 id="days"),
    pytest.param("Prices rose 5% through 2021.",
                 [eq('5%', 'percent', '5', 'percent'), date('2021', '2021')],
                 id="no-range-after-percent"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_through(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

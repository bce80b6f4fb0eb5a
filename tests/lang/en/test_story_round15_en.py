"""English forms found by faithful five-language stories (fifteenth round): a range of
counts whose first end looks like a year ("2000-3000 tickets"; "in 2019 to 5000 units" and
"the 2019-2020 season" stay years), "Taiwan dollars" without CLDR's "New", and a season
written "2023/2024"."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq, rng

LANG = "en"

CASES = [
    pytest.param("They sold 2000-3000 tickets.",
                 [rng("2000-3000", "count", "2000", "3000", "tickets")], id="count-range"),
    pytest.param("It rose in 2019 to 5000 units.",
                 [date("2019", "2019"), eq("5000", "count", "5000", "units")],
                 id="year-word-before"),
    pytest.param("They took part in the 2019-2020 season.",
                 [date("2019-2020", "2019/2020", "range")], id="two-years-stay"),
    pytest.param("It cost 148.5 billion Taiwan dollars.",
                 [eq("148.5 billion Taiwan dollars", "money", "148500000000", "TWD")],
                 id="taiwan-dollars"),
    pytest.param("The 2023/2024 season ended.", [date("2023/2024", "2023/2024", "range")],
                 id="season-slash"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round15(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

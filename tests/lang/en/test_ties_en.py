"""Two equal bare numbers joined as a range ("1-1", "50-50") are a score or a tie, not a
range of values: no claim (it was a count range from 1 to 1). A real range stays one, and
so do two equal ends with a unit or a counted noun."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "en"

CASES = [
    pytest.param("The match ended 1-1.", [], id="score"),
    pytest.param("The vote was 50-50.", [], id="tie"),
    # With a unit, two equal ends are the amount (a bound slipped in translation is then
    # compared, not dropped).
    pytest.param("They drew 0-0 in Madrid.", [], id="score-then-place"),
    # A counted noun after them too (a bound slipped: "3 to 3 swabs").
    pytest.param("They tested 3 to 3 swabs.",
                 [Want("3 to 3", "count", "3", "3", "range", "swabs")], id="count-stays"),
    pytest.param("A raise of $200,000-$200,000 was asked.",
                 [Want("$200,000-$200,000", "money", "200000", "200000", "range", "USD")],
                 id="amount-stays"),
    pytest.param("It lasted 14-21 days.",
                 [Want('14-21 days', 'duration', '14', '21', 'range', 'day')],
                 id="range-stays"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_ties(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""English proportions ("one in five adults", "3 out of 10", "four of seven") state no count of
either number ("one in five" was a count of 5 adults); a whole over 100 is a count ("162
of 300 seats"), and so is a span of time after it ("5 in 10 minutes")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("One in five adults smokes, the survey found.",
                 [eq('One in five', 'percent', '20', 'percent')],
                 id="one-in-five"),
    pytest.param("Three in 10 adults smoke, the survey found.",
                 [eq('Three in 10', 'percent', '30', 'percent')],
                 id="three-in-ten"),
    pytest.param("About 3 out of 10 voters backed him.",
                 [eq('About 3 out of 10', 'percent', '30', 'percent', 'approx')],
                 id="out-of"),
    pytest.param("Four of seven had a miscarriage in the trial.",
                 [],
                 id="four-of-seven"),
    pytest.param("The party won 162 of 300 seats in the vote.",
                 [eq('162', 'count', '162', 'seats'), eq('300', 'count', '300', 'seats')],
                 id="partitive"),
    pytest.param("Prices rose 5 in 10 minutes of trading.",
                 [eq('5', 'count', '5', None), eq('10 minutes', 'duration', '10', 'minute')],
                 id="span-after"),
    pytest.param("Deaths exceeded the tally by a factor of 4-5x.",
                 [Want('by a factor of 4-5x', 'multiplier', '4', '5', 'range', 'times')],
                 id="article-is-no-number"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_proportions_are_no_counts(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


# The part in digits with a noun of its own, and a whole that is no round number with
# another: two counts ("41 goals in 52 matches" was read as the proportion 41 of 52, no
# claim); "3 people in 10" and "3 in 10 adults" stay proportions.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("He scored 41 goals in 52 matches last season.",
                 [eq('41', 'count', '41', 'goals'), eq('52', 'count', '52', 'matches')],
                 id="goals-in-matches"),
    pytest.param("3 people in 10 say they agree.",
                 [eq("3 people in 10", "percent", "30", "percent")], id="round-whole"),
    pytest.param("About 3 in 10 adults are obese.",
                 [eq("About 3 in 10", "percent", "30", "percent", "approx")], id="no-part-noun"),
])
def test_two_counts_are_no_proportion(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

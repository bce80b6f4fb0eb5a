"""English forms found by faithful five-language stories (nineteenth round): two days of a
month that follow each other, joined by "and", are one span of them ("6 and 7 May", as
"May 6-7"); others stay two dates; "three times those of" compares; a number of thousands
after "at" counts the noun before it ("put the crowd at 45,000"); points of change after a
percent they are smaller than are percentage points; capitalised "March" after "from",
"in", "since" is the month."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

CASES = [
    pytest.param("The committee meets on 6 and 7 May.",
                 [date("6 and 7 May", None, "range", relative="month without year")],
                 id="two-days-that-follow"),
    pytest.param("It happened on 3 and 10 May.",
                 [date("3", None, relative="month without year"),
                  date("10 May", None, relative="month without year")],
                 id="two-days-apart"),
    pytest.param("Votes were cast on 4 and 5 March 2024.",
                 [date("4 and 5 March 2024", "2024-03-04/2024-03-05", "range")],
                 id="two-days-with-a-year"),
    pytest.param("Advance ticket sales were three times those of the previous film.",
                 [eq("three times", "multiplier", "3", "times")],
                 id="times-those-of"),
    pytest.param("He won three times this season.",
                 [eq("three times", "count", "3", "times")],
                 id="times-as-occurrences"),
    pytest.param("Police put the crowd at 45,000.",
                 [eq("45,000", "count", "45000", None)],
                 id="noun-at-thousands"),
    pytest.param("They met the minister at 10 on Monday.", [],
                 id="noun-at-a-small-number-is-no-count"),
    pytest.param("A poll found that 68% of Chileans back the students, up 11 points from "
                 "March.",
                 [eq("68%", "percent", "68", "percent"),
                  eq("11 points", "percent", "11", "percentage point"),
                  date("March", None, relative="month without year")],
                 id="points-of-change-after-a-percent"),
    pytest.param("The party fell to 24.3%, a loss of 6.7 points.",
                 [eq("24.3%", "percent", "24.3", "percent"),
                  eq("6.7 points", "percent", "6.7", "percentage point")],
                 id="points-of-change-after-an-article"),
    pytest.param("The index rose 1.2%, up 300 points.",
                 [eq("1.2%", "percent", "1.2", "percent"),
                  eq("300", "count", "300", "points")],
                 id="index-points-larger-than-the-percent"),
    pytest.param("A speech by May drew applause.", [], id="may-after-by-is-a-person"),
    # "cents" of the dollars the text names settle no "rupees": India's are.
    pytest.param("In India, prices hit 10 rupees (12 cents), and $410 million was set aside.",
                 [eq("10 rupees", "money", "10", "INR"), eq("12 cents", "money", "0.12", "USD"),
                  eq("$410 million", "money", "410000000", "USD")],
                 id="rupees-of-the-country-named-beside-cents"),
    # A relative month after a comparison word is the base of a change, no date.
    pytest.param("June alone saw 640,000 TEU, up 5% from the previous month.",
                 [date("June", None, relative="month without year"),
                  eq("640,000", "count", "640000", "teu"), eq("5%", "percent", "5", "percent")],
                 id="previous-month-as-a-base"),
    # An amount's comparison before "a year earlier" makes it the base, no span.
    pytest.param("Coal rose to 76%, 2 percentage points more than a year earlier.",
                 [eq("76%", "percent", "76", "percent"),
                  eq("2 percentage points", "percent", "2", "percentage point")],
                 id="more-than-a-year-earlier-as-a-base"),
    pytest.param("He left more than a year ago.",
                 [Want("more than a year", "duration", "1", None, "gt", "year")],
                 id="more-than-a-year-ago-is-a-span"),
    # After "from", a second day and a function word end a span of days.
    pytest.param("Classes were suspended from October 13 to 15 in five regions.",
                 [date("October 13 to 15", None, "range", relative="month without year"),
                  eq("five", "count", "5", "regions")],
                 id="from-a-day-to-a-day-in"),
    pytest.param("Prices rose from March 3 to 10 people.",
                 [date("March 3", None, relative="month without year"),
                  eq("10", "count", "10", "people")],
                 id="from-a-day-to-a-count"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round19(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

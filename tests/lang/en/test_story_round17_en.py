"""English forms found by faithful five-language stories (seventeenth round): telephone
numbers (after "call", or shaped 3-3-4) are no amounts; a number grouped by spaces is read
whole or not at all; a 0-led run of three or more digits is a code; "five more days" is a
span; "bps" is a basis point; a span after a place's name is no name's number."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("Residents can call 900 400 061 for help.", [], id="phone-after-call"),
    pytest.param("Relatives can call the company hotline on 800 555 0199.", [],
                 id="phone-3-3-4"),
    pytest.param("The line is open on 800 555 0199 every day.", [], id="phone-shape-alone"),
    pytest.param("The country has 1 400 061 residents.",
                 [eq("1 400 061", "count", "1400061", "residents")], id="space-grouped-whole"),
    pytest.param("In 2024 10 000 people came.",
                 [Want("2024", "date", None, None, "eq", None, "2024"),
                  eq("10 000", "count", "10000", "people")], id="year-then-grouped"),
    pytest.param("Call 061 for help.", [], id="zero-led-code"),
    pytest.param("The heat alert will last at least five more days.",
                 [Want("at least five more days", "duration", "5", None, "gte", "day")],
                 id="more-days"),
    pytest.param("He will serve two additional years.",
                 [eq("two additional years", "duration", "2", "year")], id="additional-years"),
    pytest.param("The train reached Orsolo 1 hour and 50 minutes later.",
                 [eq("1 hour and 50 minutes", "duration", "110", "minute")],
                 id="span-after-a-name"),
    pytest.param("The Fed raised rates by 25 bps.",
                 [eq("25 bps", "percent", "0.25", "percentage point")], id="bps"),
    pytest.param("Sales of the Galaxy 25 rose.", [], id="product-name-stays"),
    pytest.param("VALMORA — All 17 miners trapped 420 metres underground were rescued.",
                 [eq("17", "count", "17", "miners"),
                  eq("420 metres", "quantity", "420", "meter")], id="after-a-dateline"),
    pytest.param("It sold 2.3 million vehicles in 2024, up 4.5% from the previous year.",
                 [eq("2.3 million", "count", "2300000", "vehicles"),
                  Want("2024", "date", None, None, "eq", None, "2024"),
                  eq("4.5%", "percent", "4.5", "percent")], id="year-on-year-base"),
    pytest.param("Kipchoge won in 2:00:16, breaking the record of 2:00:48.",
                 [eq("2:00:16", "duration", "7216", "second"),
                  eq("2:00:48", "duration", "7248", "second")], id="race-times"),
    pytest.param("The quake struck at 14:46:23 GMT.", [], id="time-of-day-seconds"),
    pytest.param("Ruling Party Wins 141 of 225 Seats",
                 [eq("141", "count", "141", "seats"), eq("225", "count", "225", "seats")],
                 id="title-case-headline"),
    pytest.param("Results are available by calling 1919.", [], id="phone-lone-run"),
    pytest.param("The court will call 300 witnesses.",
                 [eq("300", "count", "300", "witnesses")], id="call-counts-witnesses"),
    pytest.param("On 5 February 2025 the firm said profit rose in the third quarter.",
                 [Want("5 February 2025", "date", None, None, "eq", None, "2025-02-05"),
                  Want("third quarter", "date", None, None, "range", None,
                       "2024-07/2024-09", "month without year", "2025-02")],
                 id="quarter-without-year"),
    pytest.param("The third quarter of the fiscal year ended well.", [],
                 id="fiscal-quarter-without-year"),
    pytest.param("The vaccine was tested in a Phase 3 trial.", [], id="phase-is-a-name"),
    pytest.param("In volunteers over 75, efficacy was 88%.",
                 [eq("88%", "percent", "88", "percent")], id="volunteers-over-age"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round17(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""English numbers that are not claims: clock times, scores, phone numbers, product and
model names, standards, section numbers, ordinals and ages (a DECISION: ages are no claims)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

NON_CLAIMS = [
    pytest.param("The meeting starts at 9 p.m. tonight.", [], id="clock-pm"),
    pytest.param("The shop opens at 9am.", [], id="clock-am-attached"),
    pytest.param("The train left at 9.30 a.m. sharp.", [], id="clock-minutes-am"),
    pytest.param("The meeting starts at 9:30 tonight.", [], id="clock-colon"),
    pytest.param("The team won 3-1 on Sunday.", [], id="score-won"),
    pytest.param("They drew 1-1 with the leaders.", [], id="score-draw"),
    pytest.param("They lost 1-3 to the leaders.", [], id="score-lost-upwards"),
    pytest.param("It was a 21-14 victory.", [], id="score-downwards"),
    pytest.param("They played a 4-1-2 formation.", [], id="formation"),
    pytest.param("The team has a 2-10 record.", [], id="record-after"),
    pytest.param("They took a 1-3 defeat.", [], id="defeat-after"),
    pytest.param("Call +33 6 12 34 56 78 now.", [], id="phone-international"),
    pytest.param("Call 0812-3456-7890 now.", [], id="phone-local"),
    pytest.param("Call (021) 555-1234 for details.", [], id="phone-bracketed-area"),
    pytest.param("Call 1-800-555-1234 for details.", [], id="phone-toll-free"),
    pytest.param("He bought an iPhone 15 yesterday.", [], id="iphone"),
    pytest.param("They flew a Boeing 737 to Bali.", [], id="boeing"),
    pytest.param("The G7 leaders met.", [], id="g7"),
    pytest.param("It runs Windows 11 now.", [], id="windows"),
    pytest.param("They flew an A320 home.", [], id="a320"),
    pytest.param("The plant holds ISO 9001 certification.", [], id="iso"),
    pytest.param("Article 5 applies here.", [], id="article-initial"),
    pytest.param("See section 3.2 for details.", [], id="section"),
    pytest.param("He finished the 3rd race.", [], id="ordinal"),
    pytest.param("A 23-year-old man was arrested.", [], id="age-year-old"),
    pytest.param("The man, aged 23, was arrested.", [], id="age-aged"),
    pytest.param("The man is 23 years old.", [], id="age-years-old"),
    pytest.param("Children aged 15-17 years were tested.", [], id="age-range"),
    pytest.param("Children aged between 5 and 17 were tested.", [], id="age-between"),
]

STILL_CLAIMS = [
    pytest.param("Water spilled over a section 100 feet wide.",
                 [eq("100 feet", "quantity", "100", "foot")], id="a-section-measured"),
    pytest.param("On Monday 300 people marched.", [eq("300", "count", "300", "people")],
                 id="weekday-before-number"),
    pytest.param("Some 300 people marched.",
                 [eq("Some 300", "count", "300", "people", "approx")], id="sentence-initial"),
    pytest.param("The party won 10-20 seats.",
                 [Want("10-20", "count", "10", "20", "range", "seats")], id="won-a-range"),
    pytest.param("The range was 10-20 people.",
                 [Want("10-20", "count", "10", "20", "range", "people")], id="upward-range"),
    pytest.param("The Paris 2024 Games opened.", [Want("2024", "date", date="2024")],
                 id="name-then-year"),
    pytest.param("Inflation hit level 4 percent.", [eq("4 percent", "percent", "4", "percent")],
                 id="level-percent"),
]


@pytest.mark.parametrize(("text", "wanted"), [*NON_CLAIMS, *STILL_CLAIMS])
def test_nonclaims(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

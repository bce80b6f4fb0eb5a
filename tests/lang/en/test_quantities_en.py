"""English measured quantities, magnitudes, temperatures and percentage points."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q, qrange

LANG = "en"


def check(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)




LENGTHS = [
    pytest.param("The two satellites collided 491 miles above the Earth.",
                 [q("491 miles", "491", "mile")], id="miles"),
    pytest.param("The city lies 50 kilometers south of the capital.",
                 [q("50 kilometers", "50", "kilometer")], id="kilometers"),
    pytest.param("The road is 120 km long.", [q("120 km", "120", "kilometer")], id="km"),
    pytest.param("The new line runs for 14km along the coast.",
                 [q("14km", "14", "kilometer")], id="km-attached"),
    pytest.param("Flood waters rose as high as 20 feet in places.",
                 [q("20 feet", "20", "foot")], id="feet"),
    pytest.param("The towers rise to a height of 83 metres.",
                 [q("83 metres", "83", "meter")], id="metres-british"),
    pytest.param("The caves are 100 to 250 meters in diameter.",
                 [qrange("100 to 250 meters", "100", "250", "meter")], id="range-meters"),
    pytest.param("The river is about 6,387 km long.",
                 [q("about 6,387 km", "6387", "kilometer", "approx")], id="approx-km"),
]

AREAS_MASSES_VOLUMES = [
    pytest.param("The park covers 19,500 km² of savanna.",
                 [q("19,500 km²", "19500", "square_kilometer")], id="km2-sign"),
    pytest.param("The forest covers 3,850 square kilometers.",
                 [q("3,850 square kilometers", "3850", "square_kilometer")], id="square-km"),
    pytest.param("The rover carries a 450 kg payload.",
                 [q("450 kg", "450", "kilogram")], id="kg"),
    pytest.param("The factory produces 2,000 tonnes of steel a year.",
                 [q("2,000 tonnes", "2000", "metric_ton")], id="tonnes"),
    pytest.param("The tank holds 500 liters of water.",
                 [q("500 liters", "500", "liter")], id="liters"),
]

SPEEDS = [
    pytest.param("The satellites travelled at approximately 17,500 miles per hour.",
                 [q("approximately 17,500 miles per hour", "17500", "mile / hour", "approx")],
                 id="miles-per-hour"),
    pytest.param("Winds reached 120 mph on the coast.",
                 [q("120 mph", "120", "mile / hour")], id="mph"),
    pytest.param("Winds gusted at 80 miles an hour overnight.",
                 [q("80 miles an hour", "80", "mile / hour")], id="miles-an-hour"),
    pytest.param("The train reaches 300 km/h on the new track.",
                 [q("300 km/h", "300", "kilometer / hour")], id="km-h"),
    pytest.param("Speed limits are commonly 35-40 mph (56-64 km/h) there.",
                 [qrange("35-40 mph", "35", "40", "mile / hour"),
                  qrange("56-64 km/h", "56", "64", "kilometer / hour")], id="range-both-units"),
]

TEMPERATURES_ENERGY = [
    pytest.param("Temperatures reached 45 °C in the shade.",
                 [q("45 °C", "45", "degree_Celsius")], id="celsius-sign"),
    pytest.param("Temperatures reached 113°F in the shade.",
                 [q("113°F", "113", "degree_Fahrenheit")], id="fahrenheit-sign"),
    pytest.param("The water was 30 degrees C at noon.",
                 [q("30 degrees C", "30", "degree_Celsius")], id="degrees-C"),
    pytest.param("It was 30 degrees colder than usual.", [], id="degrees-colder-no-celsius"),
    pytest.param("The water was 30 degrees Celsius.",
                 [q("30 degrees Celsius", "30", "degree_Celsius")], id="degrees-celsius"),
    pytest.param("Temperatures fell to -5 degrees Fahrenheit overnight.",
                 [q("-5 degrees Fahrenheit", "-5", "degree_Fahrenheit")], id="negative"),
    pytest.param("Temperatures fell to minus 12 degrees Celsius overnight.",
                 [q("minus 12 degrees Celsius", "-12", "degree_Celsius")], id="minus-word"),
    pytest.param("The plant will generate 500 MW of power.",
                 [q("500 MW", "500", "megawatt")], id="megawatts"),
    pytest.param("Each home uses 3,000 kWh a year.",
                 [q("3,000 kWh", "3000", "kilowatt_hour")], id="kwh"),
]

MAGNITUDES = [
    pytest.param("A 6.2-magnitude earthquake struck the island.",
                 [q("6.2-magnitude", "6.2", "magnitude")], id="hyphen-after"),
    pytest.param("The quake had a magnitude of 6.2, officials said.",
                 [q("magnitude of 6.2", "6.2", "magnitude")], id="magnitude-of"),
    pytest.param("The quake measured 6.2 on the Richter scale.",
                 [q("6.2 on the Richter scale", "6.2", "magnitude")], id="richter"),
    pytest.param("A magnitude 7.1 earthquake struck the island.",
                 [q("magnitude 7.1", "7.1", "magnitude")], id="prefix"),
    pytest.param("A magnitude-7.1 earthquake struck the island.",
                 [q("magnitude-7.1", "7.1", "magnitude")], id="prefix-hyphen"),
    pytest.param("The M6.8 quake shook the capital.",
                 [q("M6.8", "6.8", "magnitude")], id="M-prefix"),
    pytest.param("Traffic on the M6 was slow.", [], id="M-road-not-magnitude"),
    pytest.param("The Mw 6.8 quake shook the capital.", [q("Mw 6.8", "6.8", "magnitude")],
                 id="Mw-prefix"),
]

POINTS = [
    pytest.param("Support rose 2 percentage points to 45%.",
                 [eq("2 percentage points", "percent", "2", "percentage point"),
                  eq("45%", "percent", "45", "percent")], id="percentage-points"),
]

POUNDS = [
    pytest.param("The satellites each weighed 1,000 pounds.",
                 [q("1,000 pounds", "1000", "pound")], id="weighed"),
    pytest.param("They shipped 320 pounds of rice to the village.",
                 [q("320 pounds", "320", "pound")], id="of-noun"),
    pytest.param("He paid 1,000 pounds for the car.",
                 [eq("1,000 pounds", "money", "1000", "GBP")], id="paid"),
    pytest.param("The prize is 5,000 pounds sterling.",
                 [eq("5,000 pounds sterling", "money", "5000", "GBP")], id="sterling"),
    pytest.param("He won 300 pounds at the fair.", [], id="unsure-no-claim"),
    pytest.param("The fine was £500, or 500 pounds.",
                 [eq("£500", "money", "500", "GBP"), eq("500 pounds", "money", "500", "GBP")],
                 id="symbol-in-sentence"),
]

NON_QUANTITIES = [
    # "degrees" alone may be an angle or either scale: no claim (a count of degrees was
    # another kind than the temperature a translation states).
    pytest.param("It was 30 degrees outside.", [], id="bare-degrees"),
    pytest.param("The 12 dead included 3 children.",
                 [eq("12", "count", "12", "dead"), eq("3", "count", "3", "children")],
                 id="counts-stay-counts"),
    # "tons": short ton in US usage, metric elsewhere: no quantity rather than a wrong one.
    pytest.param("The ship carried 5 tons.", [eq("5", "count", "5", "tons")],
                 id="tons-ambiguous"),
]


@pytest.mark.parametrize(("text", "wanted"), [
    *LENGTHS, *AREAS_MASSES_VOLUMES, *SPEEDS, *TEMPERATURES_ENERGY, *MAGNITUDES, *POINTS,
    *POUNDS, *NON_QUANTITIES,
])
def test_quantities(text: str, wanted: list[Want]) -> None:
    check(text, wanted)

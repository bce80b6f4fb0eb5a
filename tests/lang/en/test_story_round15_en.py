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
    pytest.param("Operating profit fell 18.5% from a year earlier.",
                 [eq("18.5%", "percent", "18.5", "percent")], id="yoy-from-a-year-earlier"),
    pytest.param("Sales rose 3% compared with a year earlier.",
                 [eq("3%", "percent", "3", "percent")], id="yoy-compared-with"),
    pytest.param("He left a year earlier.", [eq("a year", "duration", "1", "year")],
                 id="span-a-year-earlier-stays"),
    pytest.param("Japan pledged $5m and Germany 3 million euros.",
                 [eq("$5m", "money", "5000000", "USD"),
                  eq("3 million euros", "money", "3000000", "EUR")], id="gapped-amount"),
    pytest.param("It is the second heatwave this summer.", [], id="this-summer"),
    pytest.param("Prices rose on 14 May 2025. The painting, made in 1958, sold on 24 June.",
                 [date("14 May 2025", "2025-05-14"), date("1958", "1958"),
                  date("24 June", "2025-06-24", relative="month without year",
                       anchor="2025-05")], id="passing-year-keeps-story-time"),
    pytest.param("It happened on 3 March 2025. In 2015, Musk founded OpenAI. In December, "
                 "he left.",
                 [date("3 March 2025", "2025-03-03"), date("2015", "2015"),
                  date("December", "2015-12", relative="month without year", anchor="2015")],
                 id="opening-year-is-a-flashback"),
    pytest.param("The agency raised the alert status from level three to level four.", [],
                 id="spelled-levels-are-names"),
    pytest.param("Mortgage rates fell to 3.42%, the lowest since 2012. On 6 February, the bank "
                 "cut rates.",
                 [eq("3.42%", "percent", "3.42", "percent"), date("2012", "2012"),
                  date("6 February", None, relative="month without year")],
                 id="since-year-is-no-story-time"),
    pytest.param("Tesla sold its Model 3 to 1,500 buyers.",
                 [eq("1,500", "count", "1500", "buyers")], id="grouped-partner-of-a-name"),
    pytest.param("The Boeing 737 fleet was grounded.", [], id="product-number-stays-a-name"),
    pytest.param("On 30 April 2025, the bank met. Inflation reached 3.8% in March, up from 3.2% "
                 "the previous month.",
                 [date("30 April 2025", "2025-04-30"), eq("3.8%", "percent", "3.8", "percent"),
                  date("March", "2025-03", relative="month without year", anchor="2025-04"),
                  eq("3.2%", "percent", "3.2", "percent"),
                  date("the previous month", "2025-02", relative="the previous month",
                       anchor="2025-03")], id="month-sets-story-time"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round15(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

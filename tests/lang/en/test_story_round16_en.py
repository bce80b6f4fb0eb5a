"""English forms found by faithful five-language stories (sixteenth round): mAh,
megapixels and "gigawatt hours" are units; "passed" stays no bound ("He passed 3 exams")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq, q

LANG = "en"

CASES = [
    pytest.param("It has a 5,000 mAh battery, up from 4,500 mAh.",
                 [q("5,000 mAh", "5000", "milliampere_hour"),
                  q("4,500 mAh", "4500", "milliampere_hour")], id="mah"),
    pytest.param("The main camera has 200 megapixels.",
                 [q("200 megapixels", "200", "megapixel")], id="megapixels"),
    pytest.param("It will store 20 gigawatt hours.",
                 [q("20 gigawatt hours", "20", "gigawatt_hour")], id="gigawatt-hours-spaced"),
    pytest.param("He passed 3 exams.", [eq("3", "count", "3", "exams")], id="passed-no-bound"),
    pytest.param("Heavy rain fell in 2025. Between 15 and 17 March, rivers rose.",
                 [date("2025", "2025"),
                  date("15 and 17 March", "2025-03-15/2025-03-17", "range",
                       relative="month without year", anchor="2025")],
                 id="days-of-a-month-no-year"),
    pytest.param("The tests ran in 2025 from June 10 to June 21.",
                 [date("2025", "2025"),
                  date("June 10 to June 21", "2025-06-10/2025-06-21", "range",
                       relative="month without year", anchor="2025")],
                 id="two-yearless-days-joined"),
    pytest.param("It ran from 28 December to 3 January.",
                 [date("28 December", None, relative="month without year"),
                  date("3 January", None, relative="month without year")],
                 id="across-a-new-year-stays-two"),
    pytest.param("The rate was revised up to 6.1% from 6.0%.",
                 [eq("revised up to 6.1%", "percent", "6.1", "percent"),
                  eq("6.0%", "percent", "6.0", "percent")], id="revised-up-to-no-bound"),
    pytest.param("Fines of up to 6.1% apply.",
                 [Want("up to 6.1%", "percent", None, "6.1", "lte", "percent")], id="up-to-bound"),
    pytest.param("Investors lost more than 190 trillion won.",
                 [Want("more than 190 trillion won", "money", "190000000000000", None, "gt",
                       "KRW")], id="scaled-won"),
    pytest.param("Some 3 million won the lottery.",
                 [eq("Some 3 million", "count", "3000000", "won", "approx")],
                 id="won-a-verb"),
    pytest.param("One dollar bought 148.5 yen.", [eq("148.5 yen", "money", "148.5", "JPY")],
                 id="exchange-rate-base"),
    pytest.param("The average yield edged up to 5.3 tonnes.",
                 [q("edged up to 5.3 tonnes", "5.3", "metric_ton")], id="edged-up-to-no-bound"),
    pytest.param("Prices rose for five consecutive months.",
                 [eq("five consecutive months", "duration", "5", "month")],
                 id="consecutive-months"),
    pytest.param("Shares gained more than 40% over 2023-2024.",
                 [Want("more than 40%", "percent", "40", None, "gt", "percent"),
                  date("2023-2024", "2023/2024", "range")], id="over-a-year-range"),
    pytest.param("iPhone 15 sales rose 10%.", [eq("10%", "percent", "10", "percent")],
                 id="camel-name-opening-a-sentence"),
    pytest.param("Some 300 people came.", [eq("Some 300", "count", "300", "people", "approx")],
                 id="first-word-no-name"),
    pytest.param("It was a once-in-a-decade deal.", [], id="once-in-a-decade"),
    pytest.param("The plan lasts a decade.", [eq("a decade", "duration", "10", "year")],
                 id="a-decade-stays"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round16(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""English: a value, the spread of its measurements in brackets, then the unit ("5 (2-9)
days", medical and statistical reports): the value takes the unit (the bare range was a
count of 2 to 9); a confidence level ("95% CI") is no claim, a range with its own unit
is; an age stays no claim; years in brackets are years."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

CASES = [
    pytest.param("COVID-19 took an average of 5 (2-9) days from onset to diagnosis.",
                 [eq("5 (2-9) days", "duration", "5", "day")], id="mean-range-unit"),
    pytest.param("The average incubation period was 4.8 (3.0-7.2) days.",
                 [eq("4.8 (3.0-7.2) days", "duration", "4.8", "day")], id="decimals"),
    pytest.param("The trial cost 12 (10-14) million dollars.",
                 [eq("12 (10-14) million dollars", "money", "12000000", "USD")],
                 id="scale-and-currency"),
    pytest.param("We saw 5 (2-9) patients.", [eq("5", "count", "5", "patients")],
                 id="count-noun"),
    pytest.param("The case fatality rate was 1.44% (95% CI: 1.10-1.86%).",
                 [eq("1.44%", "percent", "1.44", "percent"),
                  Want("1.10-1.86%", "percent", "1.1", "1.86", "range", "percent")],
                 id="confidence-interval"),
    pytest.param("The ratio was 3.77 (95% CI: 3.51-4.05).", [], id="bare-ratio-ci"),
    pytest.param("Patients were 47 (95% CI 40-54) years old on average.", [], id="age"),
    pytest.param("COVID-19 (2019-2020) killed millions.",
                 [date("2019-2020", "2019/2020", "range")], id="name-then-years"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spreads(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

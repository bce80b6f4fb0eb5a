"""English: a noun joined to digits by a hyphen is what they count ("a 300-bed hospital",
"a 20-storey building"); not a time word (a span: "a 3-day visit"), percent or currency
word, not after a year ("the 2019-novel coronavirus"), not in chains ("3-year-old")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("A 20-storey building collapsed.", [eq('20', 'count', '20', 'storey')],
                 id="storey"),
    pytest.param("They built a 300-bed hospital.", [eq('300', 'count', '300', 'bed')],
                 id="beds"),
    pytest.param("A 500-page report was published.", [eq('500', 'count', '500', 'page')],
                 id="pages"),
    # A time word is no counted noun: the span ("a 3-day visit" is three days;
    # tests/lang/en/test_hyphen_durations_en.py).
    pytest.param("A 3-day visit.", [eq('3-day', 'duration', '3', 'day')], id="duration-word"),
    pytest.param("A 3-year-old boy.", [], id="age-chain"),
    pytest.param("A 5-percent rise.", [], id="percent-word"),
    # (a currency word joined so is money, as « un billet de 20 dollars » is)
    pytest.param("A 20-dollar bill.", [eq('20-dollar', 'money', '20', 'USD')],
                 id="currency-word"),
    pytest.param("The 2019-novel coronavirus spread.", [], id="year-before-hyphen"),
    pytest.param("A 5-mile walk.", [eq('5-mile', 'quantity', '5', 'mile')], id="unit-word"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_hyphen_nouns(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

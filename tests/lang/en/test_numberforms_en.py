"""English spelled-out numbers: each case asserts surface, kind, exact value and unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractcases import Want, check_claims, eq
from reconcile import extract_claims

LANG = "en"

SPELLED = [
    pytest.param("The flood killed forty-three people last night.",
                 [eq("forty-three", "count", "43", "people")], id="hyphen-tens"),
    pytest.param("Forty-one percent of voters backed the plan.",
                 [eq("Forty-one percent", "percent", "41", "percent")], id="capital-percent"),
    pytest.param("The police arrested four hundred people overnight.",
                 [eq("four hundred", "count", "400", "people")], id="hundreds"),
    pytest.param("The firm hired one hundred and twenty engineers.",
                 [eq("one hundred and twenty", "count", "120", "engineers")], id="and"),
    pytest.param("The march drew two thousand five hundred protesters.",
                 [eq("two thousand five hundred", "count", "2500", "protesters")],
                 id="thousand-hundred"),
    pytest.param("The city has twelve hundred nurses.",
                 [eq("twelve hundred", "count", "1200", "nurses")], id="teen-hundred"),
    pytest.param("The fund raised forty-three million dollars.",
                 [eq("forty-three million dollars", "money", "43000000", "USD")],
                 id="scale-money"),
    pytest.param("The region has half a million residents.",
                 [eq("half a million", "count", "500000", "residents")], id="half-a-million"),
    pytest.param("The city lost a quarter of a million jobs.",
                 [eq("a quarter of a million", "count", "250000", "jobs")], id="quarter"),
    pytest.param("The country has one and a half million doctors.",
                 [eq("one and a half million", "count", "1500000", "doctors")],
                 id="and-a-half"),
    pytest.param("The project took two and a half years.",
                 [eq("two and a half years", "duration", "2.5", "year")], id="half-duration"),
    pytest.param("The region has 1.5 million residents.",
                 [eq("1.5 million", "count", "1500000", "residents")], id="digits-stay"),
    pytest.param("She bought a dozen eggs.",
                 [eq("a dozen", "count", "12", "eggs")], id="a-dozen"),
    pytest.param("She bought two dozen eggs.",
                 [eq("two dozen", "count", "24", "eggs")], id="two-dozen"),
    pytest.param("The firm paid one billion dollars.",
                 [eq("one billion dollars", "money", "1000000000", "USD")], id="one-billion"),
    pytest.param("The city hired a hundred teachers.",
                 [eq("a hundred", "count", "100", "teachers")], id="a-hundred"),
    pytest.param("The state spent five thousand million dollars.",
                 [eq("five thousand million dollars", "money", "5000000000", "USD")],
                 id="thousand-million"),
    pytest.param("Between two and three million people fled.",
                 [Want("Between two and three million", "count", "2000000", "3000000",
                       "range", "people")], id="range"),
    pytest.param("About three-quarters of a million people voted.",
                 [eq("About three-quarters of a million", "count", "750000", "people",
                     "approx")], id="three-quarters"),
    pytest.param("Officials said two to three million people fled.",
                 [Want("two to three million", "count", "2000000", "3000000", "range",
                       "people")], id="range-to"),
]

NON_CLAIMS = [
    pytest.param("He counted three two people there.", [], id="three-two"),
    pytest.param("He counted twenty thirty people there.", [], id="twenty-thirty"),
    pytest.param("The two men met on Monday.", [], id="determiner"),
    pytest.param("One of the men left early.", [], id="one-of"),
    pytest.param("The trial lasted one week.", [eq("one week", "duration", "1", "week")],
                 id="lone-one-duration"),
    # A third has no exact decimal value: no claim, not "a million".
    pytest.param("Nearly a third of a million people voted.", [], id="a-third"),
    pytest.param("Three quarters of the votes were counted.",
                 [eq("Three quarters", "percent", "75", "percent")], id="share-not-count"),
]


@pytest.mark.parametrize(("text", "wanted"), [*SPELLED, *NON_CLAIMS])
def test_spelled(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen",
          "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int) -> str:
    words = []
    if n >= 100:
        words.append(f"{_UNITS[n // 100 - 1]} hundred")
        n %= 100
        if n:
            words.append("and")
    if n >= 20:
        words.append(_TENS[n // 10 - 2] + (f"-{_UNITS[n % 10 - 1]}" if n % 10 else ""))
    elif n >= 10:
        words.append(_TEENS[n - 10])
    elif n:
        words.append(_UNITS[n - 1])
    return " ".join(words)


def _spell(n: int) -> str:
    """A small test-side English speller (British 'and' after hundred)."""
    high, low = divmod(n, 1000)
    parts = [f"{_below_thousand(high)} thousand"] if high else []
    if low:
        parts.append(_below_thousand(low))
    return " ".join(parts)


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=2, max_value=999_999))
def test_spelled_numbers_parse_back(n: int) -> None:
    spelled = _spell(n)
    claims = extract_claims(f"The survey counted {spelled} birds.", LANG)
    assert [(c.surface, c.low, c.unit) for c in claims] == [(spelled, Decimal(n), "birds")]

"""English spans of many years (CLDR's century and decade units), bounds written as
"within" or "in excess of", and years before the common era (no claim)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"


def bound(surface: str, kind: str, low: str | None, high: str | None, qualifier: str,
          unit: str | None) -> Want:
    return Want(surface, kind, low, high, qualifier, unit)


CASES = [
    pytest.param("The dynasty ruled for three centuries.",
                 [eq('three centuries', 'duration', '300', 'year')],
                 id="centuries-spelled"),
    pytest.param("The dam has stood for 2 centuries and two decades.",
                 [eq('2 centuries', 'duration', '200', 'year'),
                  eq('two decades', 'duration', '20', 'year')],
                 id="centuries-digits"),
    pytest.param("It was built in the 3rd century.",
                 [],
                 id="century-ordinal"),
    pytest.param("Cases must be reported within 14 days of arrival.",
                 [bound('within 14 days', 'duration', None, '14', 'lte', 'day')],
                 id="within-days"),
    pytest.param("The village lies within 5 km of the coast.",
                 [bound('within 5 km', 'quantity', None, '5', 'lte', 'kilometer')],
                 id="within-km"),
    pytest.param("The truck carried in excess of 1,000 pounds of cargo.",
                 [bound('in excess of 1,000 pounds', 'quantity', '1000', None, 'gt', 'pound')],
                 id="in-excess-of"),
    pytest.param("Rome was founded in 753 BC by 2 brothers.",
                 [eq('2', 'count', '2', 'brothers')],
                 id="bc"),
    pytest.param("The temple was built between 500–300 BCE.",
                 [],
                 id="bce-range"),
    pytest.param("Born in 400 B.C., he lived 80 years.",
                 [eq('80 years', 'duration', '80', 'year')],
                 id="bc-dotted"),
    pytest.param("In AD 1100 there were 3 kings.",
                 [date('1100', '1100'), eq('3', 'count', '3', 'kings')],
                 id="ad-four-digits"),
    pytest.param("The temple was built between 500 and 300 BC.",
                 [],
                 id="bc-between"),
    pytest.param("It flourished in the 13th century (AD 1000–1300).",
                 [date('1000–1300', '1000/1300', 'range')],
                 id="ad-range"),
    pytest.param("It existed 8,000 years BC, they say.",
                 [],
                 id="bc-years-word"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spans_and_eras(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

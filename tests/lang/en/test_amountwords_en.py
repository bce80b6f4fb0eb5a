"""English: scale nouns after a number or a vague word ("3 dozen", "several hundreds of"),
and a spelled fraction added to a digit number ("2 and a half years") or to its scale
word ("$1 million and a half"). Each was read as two claims or a wrong value before."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("About 3 dozen people attended.",
                 [eq('About 3 dozen', 'count', '36', 'people', 'approx')], id="digits-dozen"),
    pytest.param("He bought 4 dozens of roses.",
                 [eq('4 dozens', 'count', '48', 'roses')], id="digits-dozens"),
    pytest.param("Several hundreds of people died.",
                 [Want('Several hundreds', 'count', '200', '900', 'several', 'people')],
                 id="several-hundreds"),
    pytest.param("Several hundreds of thousands of people fled.",
                 [Want('Several hundreds of thousands', 'count', '200000', '900000', 'several',
                       'people')],
                 id="several-hundreds-of-thousands"),
    pytest.param("The deaths of thousands of people.",
                 [Want('thousands of', 'count', '2000', '9999', 'several', 'people')],
                 id="vague-after-of"),
    pytest.param("It took 2 and a half years.",
                 [eq('2 and a half years', 'duration', '2.5', 'year')], id="digits-and-a-half"),
    pytest.param("They sold 1 and a half million copies.",
                 [eq('1 and a half million', 'count', '1500000', 'copies')],
                 id="digits-half-scale"),
    pytest.param("It cost $1 million and a half.",
                 [eq('$1 million and a half', 'money', '1500000', 'USD')],
                 id="scale-and-a-half"),
    pytest.param("It cost a million and a half dollars.",
                 [eq('a million and a half dollars', 'money', '1500000', 'USD')],
                 id="spelled-scale-and-a-half"),
    pytest.param("It took 2 and a third years.", [], id="inexact-fraction"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_amount_words(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

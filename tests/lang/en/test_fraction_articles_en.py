"""A spelled fraction before an article (en): "half a century" is 50 years, not a century;
"a quarter of a percentage point" 0.25 points; an inexact fraction ("a third of a
century") gives no claim. A percent of one is a claim ("one percentage point")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "en"

CASES = [
    pytest.param("The dispute lasted half a century.",
                 [eq('half a century', 'duration', '50', 'year')],
                 id="half-a-century"),
    pytest.param("He has led the firm for a quarter of a century.",
                 [eq('a quarter of a century', 'duration', '25', 'year')],
                 id="quarter-of-a-century"),
    pytest.param("The meeting took three quarters of an hour.",
                 [eq('three quarters of an hour', 'duration', '0.75', 'hour')],
                 id="three-quarters-of-an-hour"),
    pytest.param("He waited half an hour for the bus.",
                 [eq('half an hour', 'duration', '0.5', 'hour')],
                 id="half-an-hour"),
    pytest.param("The feud lasted a third of a century.",
                 [],
                 id="inexact-fraction"),
    pytest.param("It lasted a century.",
                 [eq('a century', 'duration', '100', 'year')],
                 id="article-alone"),
    pytest.param("Half a million people fled the city.",
                 [eq('Half a million', 'count', '500000', 'people')],
                 id="scale-unchanged"),
    pytest.param("The bank cut its rate by a quarter of a percentage point to 4.25%.",
                 [eq('a quarter of a percentage point', 'percent', '0.25', 'percentage point'),
                  eq('4.25%', 'percent', '4.25', 'percent')],
                 id="quarter-point"),
    pytest.param("Rates rose by half a percentage point.",
                 [eq('half a percentage point', 'percent', '0.5', 'percentage point')],
                 id="half-point"),
    pytest.param("The rate rose by one percentage point.",
                 [eq('one percentage point', 'percent', '1', 'percentage point')],
                 id="one-point"),
    pytest.param("The rate rose by a percentage point.",
                 [eq('a percentage point', 'percent', '1', 'percentage point')],
                 id="a-point"),
    pytest.param("Prices fell by one percent in May.",
                 [eq('one percent', 'percent', '1', 'percent'),
                  date('May', None, relative='month without year')],
                 id="one-percent"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_fraction_articles(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

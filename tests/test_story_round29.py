"""Forms found by peers' published suites and faithful five-language stories (twenty-ninth
round): a part and a whole with a verb between them are two counts, whatever the whole
("10 people died out of 100 passengers", "10 orang tewas dari 100 penumpang"), where
"3 people in 100 say" stays a proportion; fr « un demi-siècle » is fifty years, as "half a
century" is (the failed spelled reading « un demi » no longer blocks it); "twice this
year's average" is a multiple of a dated base, not a count of times."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

CASES = [
    # A verb between the part and a round whole: a group's count and its size.
    pytest.param("en", "Some 10 people died out of 100 passengers on board.",
                 [eq("Some 10", "count", "10", "people", "approx"),
                  eq("100", "count", "100", "passengers")], id="en-part-verb-whole"),
    pytest.param("id", "Sebanyak 10 orang tewas dari 100 penumpang kapal itu.",
                 [eq("10", "count", "10", "orang"), eq("100", "count", "100", "penumpang")],
                 id="id-part-verb-whole"),
    pytest.param("en", "3 people in 100 say they never vote.", [], id="en-proportion-round"),
    pytest.param("en", "Nine out of 10 doctors agree.", [], id="en-proportion-ten"),
    # Half a century in French.
    pytest.param("fr", "C'est la pire sécheresse depuis un demi-siècle.",
                 [eq("un demi-siècle", "duration", "50", "year")], id="fr-demi-siecle"),
    pytest.param("fr", "Il a fallu un demi-million d'euros.",
                 [eq("un demi-million d'euros", "money", "500000", "EUR")],
                 id="fr-demi-million-unchanged"),
    # A multiple of a dated possessive base; a count of times elsewhere.
    pytest.param("en", "Prices were twice this year's average.",
                 [eq("twice", "multiplier", "2", "times"),
                  date("this year", None, relative="this year")], id="en-twice-dated-base"),
    pytest.param("en", "He visited twice last year.",
                 [eq("twice", "count", "2", "times"),
                  date("last year", None, relative="last year")], id="en-twice-last-year"),
]


@pytest.mark.parametrize(("lang", "text", "wanted"), CASES)
def test_forms(lang: str, text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, lang)

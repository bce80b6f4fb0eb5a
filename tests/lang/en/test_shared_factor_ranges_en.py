"""Ranges whose second bound carries a word that multiplies both (a hundred word, a Han unit
or scale, a tenth-word): read for the first bound too, else it is a wrong value; and two
consecutive numbers joined by an alternative word ([ranges] alternatives: "or", 、) are an
approximate range."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, rng

LANG = "en"

CASES = [
    pytest.param("Two to three hundred people came.",
                 [rng("Two to three hundred", "count", "200", "300", "people")], id="hundred"),
    pytest.param("They sold two to three dozen eggs.",
                 [rng("two to three dozen", "count", "24", "36", "eggs")], id="dozen"),
    pytest.param("From 2 to 300 people came.",
                 [rng("From 2 to 300", "count", "2", "300", "people")], id="digits-not-shared"),
    pytest.param("Two or three people came.",
                 [rng("Two or three", "count", "2", "3", "people")], id="or"),
    pytest.param("Two or three hundred people came.",
                 [rng("Two or three hundred", "count", "200", "300", "people")],
                 id="or-hundred"),
    pytest.param("Two or three million people came.",
                 [rng("Two or three million", "count", "2000000", "3000000", "people")],
                 id="or-million"),
    # Not consecutive, or a restatement: two numbers.
    pytest.param("Two or four people came.",
                 [Want("Two", "count", "2", "2", "eq", "people"),
                  Want("four", "count", "4", "4", "eq", "people")], id="or-not-consecutive"),
    pytest.param("It killed 1,261 or about 13% of residents.",
                 [Want("1,261", "count", "1261", "1261", "eq", None),
                  Want("about 13%", "percent", "13", "13", "approx", "percent")],
                 id="or-restates"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_shared_factor_ranges(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

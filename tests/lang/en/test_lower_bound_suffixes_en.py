"""English: "-odd" and "-plus" joined to a number make it a lower bound ("1,200-odd cases",
"40-plus countries"), as "or more" and "plus" after it do; the counted noun is the word
after the suffix, not the suffix."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "en"

CASES = [
    pytest.param("There were 1,200-odd cases.",
                 [Want('1,200-odd', 'count', '1200', None, 'gte', 'cases')], id="odd"),
    pytest.param("Some 40-plus countries signed.",
                 [Want('40-plus', 'count', '40', None, 'gte', 'countries')], id="plus"),
    pytest.param("He has 20-odd years of experience.",
                 [Want('20-odd years', 'duration', '20', None, 'gte', 'year')], id="odd-years"),
    pytest.param("They got 300 plus votes.",
                 [Want('300 plus', 'count', '300', None, 'gte', 'votes')], id="spaced-plus"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_lower_bound_suffixes(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

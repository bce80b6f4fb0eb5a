"""English: "or so" after a range belongs to the range ("5 to 10 or so people")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "en"

CASES = [
    pytest.param("Some 5 to 10 or so people came.",
                 [Want('Some 5 to 10 or so', 'count', '5', '10', 'range', 'people')],
                 id="or-so"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_range_approx(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""An amount written in two units of one currency is one amount ([compound_money] data):
the first part alone would be a wrong value (issue #14)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("切符は2ドル30セントだった。",
                 [eq("2ドル30セント", "money", "2.30", "USD")], id="doru-sento"),
    pytest.param("米ドル30億を調達した。",
                 [eq("米ドル30億", "money", "3000000000", "USD")], id="name-before-number"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_compound_money(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

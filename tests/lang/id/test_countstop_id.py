"""Indonesian: a preposition that opens a place or a time after a number hides no counted
noun ("3 juta di Prancis" counts no Prancis); a noun before it still counts."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Ada 3 juta di Prancis yang dikarantina.",
                 [eq('3 juta', 'count', '3000000', None)],
                 id="place-after-scale"),
    pytest.param("Ada 3 juta orang di Prancis yang dikarantina.",
                 [eq('3 juta', 'count', '3000000', 'orang')],
                 id="noun-then-place"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_count_stop(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

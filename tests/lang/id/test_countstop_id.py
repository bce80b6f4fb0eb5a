"""Indonesian: a preposition that opens a place or a time, or a verb, after a number hides
no counted noun ("3 juta di Prancis" counts no Prancis); a noun before it still counts."""

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
    pytest.param("Sebanyak 5 telah meninggal dan 3 adalah anak-anak.",
                 [eq('5', 'count', '5', None), eq('3', 'count', '3', None)],
                 id="auxiliary-after"),
    pytest.param("Ada 12 dengan gejala ringan.",
                 [eq('12', 'count', '12', None)],
                 id="preposition-with"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_count_stop(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

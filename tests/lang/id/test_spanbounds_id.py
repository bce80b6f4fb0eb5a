"""Indonesian bounds of a span of time only ("dalam waktu 14 hari": within 14 days);
"dalam" alone is also "in" ("dalam satu hari")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Kasus harus dilaporkan dalam waktu 14 hari setelah kedatangan.",
                 [Want('dalam waktu 14 hari', 'duration', None, '14', 'lte', 'day')],
                 id="dalam-waktu"),
    pytest.param("Iran melaporkan 100 kematian dalam satu hari.",
                 [eq('100', 'count', '100', 'kematian'), eq('satu hari', 'duration', '1', 'day')],
                 id="dalam-alone"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_bounds_of_a_span_of_time(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

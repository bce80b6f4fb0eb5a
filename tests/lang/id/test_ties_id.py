"""Two equal numbers joined as a range ("1-1", "50-50") are a score or a tie, not a range
of values: no claim (it was a count range from 1 to 1). A real range stays one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "id"

CASES = [
    pytest.param("Pertandingan berakhir 1-1.", [], id="score"),
    pytest.param("Hasil pemungutan suara 50-50.", [], id="tie"),
    pytest.param("Berlangsung 14-21 hari.",
                 [Want('14-21 hari', 'duration', '14', '21', 'range', 'day')],
                 id="range-stays"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_ties(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

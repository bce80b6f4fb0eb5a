"""Two equal numbers joined as a range ("1-1", "50-50") are a score or a tie, not a range
of values: no claim (it was a count range from 1 to 1). A real range stays one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "fr"

CASES = [
    pytest.param("Le match s'est terminé sur un score de 1-1.", [], id="score"),
    pytest.param("Le vote a été de 50-50.", [], id="tie"),
    pytest.param("Cela a duré 14-21 jours.",
                 [Want('14-21 jours', 'duration', '14', '21', 'range', 'day')],
                 id="range-stays"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_ties(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

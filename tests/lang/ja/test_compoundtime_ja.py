"""A duration word glued to digits after it is one part of a time written in several
units (41秒30: 41.30 seconds): no claim, since the part alone is not the value."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param('タイムは4分41秒30だった。',
                 [],
                 id='hundredths'),
    pytest.param('ジェルを30秒こする。',
                 [eq('30秒', 'duration', '30', 'second')],
                 id='seconds-alone'),
    # Two spans that end the time are each read, as "4 years 6 months" is.
    pytest.param('懲役4年6カ月の判決を受けた。',
                 [eq('4年', 'duration', '4', 'year'), eq('6カ月', 'duration', '6', 'month')],
                 id='years-then-months'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_compound_time(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

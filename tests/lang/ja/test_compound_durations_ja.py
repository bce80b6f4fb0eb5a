"""A duration written in two or more units is one duration in the smallest (common.toml
[compound_measures] durations): 3年6か月 is 42 months."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param('懲役3年6か月の判決。',
                 [eq('3年6か月', 'duration', '42', 'month')], id='years-months'),
    pytest.param('飛行時間は2時間30分だった。',
                 [eq('2時間30分', 'duration', '150', 'minute')], id='hours-minutes'),
    pytest.param('約2時間30分かかった。',
                 [eq('約2時間30分', 'duration', '150', 'minute', 'approx')], id='qualified'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_compound_durations(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

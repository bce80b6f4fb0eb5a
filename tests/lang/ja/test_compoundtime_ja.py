"""A duration word glued to digits after it is one part of a time written in several
units: no claim, since the part alone is not the value; a race time read to the
hundredth (4分41秒30: 281.30 seconds, [race_times]) is one."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param('タイムは4分41秒30だった。',
                 [eq('4分41秒30', 'duration', '281.30', 'second')],
                 id='hundredths'),
    pytest.param('ジェルを30秒こする。',
                 [eq('30秒', 'duration', '30', 'second')],
                 id='seconds-alone'),
    # A time in several units is one duration in the smallest ([compound_measures]
    # durations): 4 years 6 months is 54 months, not 4 years (a wrong value) and 6 months.
    pytest.param('懲役4年6カ月の判決を受けた。',
                 [eq('4年6カ月', 'duration', '54', 'month')],
                 id='years-then-months'),
    # 分 alone is too ambiguous to be minutes ([durations_exclude]); right after a span of
    # hours it is one ([span_tails]), and the time is one duration.
    pytest.param('会議は2時間30分続いた。',
                 [eq('2時間30分', 'duration', '150', 'minute')],
                 id='hours-then-minutes'),
    pytest.param('会議は二時間三十分続いた。',
                 [eq('二時間三十分', 'duration', '150', 'minute')],
                 id='han-hours-then-minutes'),
    pytest.param('作業は2時間30分15秒かかった。',
                 [eq('2時間30分15秒', 'duration', '9015', 'second')],
                 id='hours-minutes-seconds'),
    # 分 alone after digits is minutes ([span_tails] digits; 十分 in kanji is "enough").
    pytest.param('会議は30分続いた。', [eq('30分', 'duration', '30', 'minute')],
                 id='minutes-alone-after-digits'),
    pytest.param('午後3時30分に始まった。', [], id='clock-time'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_compound_time(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""A duration word glued to digits after it is one part of a time written in several
units: no claim, since the part alone is not the value; a race time read to the
hundredth (4分41秒30: 281.30 seconds, [race_times]) is one; spans
that end the time (4年6个月) are one duration in the smallest unit ([compound_measures]
durations: 54 months), as "4 years 6 months" is."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param('成绩是4分41秒30。',
                 [eq('4分41秒30', 'duration', '281.30', 'second')],
                 id='hundredths'),
    pytest.param('把凝胶搓 30 秒。',
                 [eq('30 秒', 'duration', '30', 'second')],
                 id='seconds-alone'),
    # Spans that end the time are one duration, as "4 years 6 months" is.
    pytest.param('他被判处4年6个月有期徒刑。',
                 [eq('4年6个月', 'duration', '54', 'month')],
                 id='years-then-months'),
    pytest.param('用时2小时30分钟。',
                 [eq('2小时30分钟', 'duration', '150', 'minute')],
                 id='hours-then-minutes'),
    # 分 after a span of hours is minutes ([span_tails]), not the yuan's hundredth.
    pytest.param('会议持续了2小时30分。',
                 [eq('2小时30分', 'duration', '150', 'minute')],
                 id='hours-then-fen'),
    pytest.param('会议持续了两个小时三十分。',
                 [eq('两个小时三十分', 'duration', '150', 'minute')],
                 id='han-hours-then-fen'),
    pytest.param('他考了85分。', [], id='fen-alone-is-no-span'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_compound_time(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""A duration written in two or more units is one duration in the smallest (common.toml
[compound_measures] durations): 3年6个月 is 42 months, and 零 may join the parts."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param('被判处有期徒刑3年6个月。',
                 [eq('3年6个月', 'duration', '42', 'month')], id='years-months'),
    pytest.param('被判处有期徒刑三年零六个月。',
                 [eq('三年零六个月', 'duration', '42', 'month')], id='han-with-ling'),
    pytest.param('飞行时间为2小时30分钟。',
                 [eq('2小时30分钟', 'duration', '150', 'minute')], id='hours-minutes'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_compound_durations(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

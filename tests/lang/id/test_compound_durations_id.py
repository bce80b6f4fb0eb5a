"""A duration written in two or more units is one duration in the smallest (common.toml
[compound_measures] durations): "3 tahun 6 bulan" is 42 months."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param('Ia divonis 3 tahun 6 bulan penjara.',
                 [eq('3 tahun 6 bulan', 'duration', '42', 'month')], id='years-months'),
    pytest.param('Penerbangan berlangsung 2 jam 30 menit.',
                 [eq('2 jam 30 menit', 'duration', '150', 'minute')], id='hours-minutes'),
    pytest.param('Ia dihukum 2 tahun dan 3 bulan.',
                 [eq('2 tahun dan 3 bulan', 'duration', '27', 'month')], id='with-dan'),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_compound_durations(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

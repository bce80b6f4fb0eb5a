"""Japanese relative months and weeks (前月, 来週); 前月比 is a comparison base, no date."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "ja"

CASES = [
    pytest.param("2020年3月に発生した。前月に5人が死亡した。",
                 [date('2020年3月', '2020-03'),
                  date('前月', '2020-02', relative='前月', anchor='2020-03'),
                  eq('5人', 'count', '5', 'people')],
                 id="zengetsu"),
    pytest.param("前月比で5%増えた。",
                 [eq('5%', 'percent', '5', 'percent')],
                 id="zengetsu-hi"),
    pytest.param("決勝は来週行われる。",
                 [date('来週', None, relative='来週')],
                 id="raishu"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_relative_months_and_weeks(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Japanese bounds written after the unit (以内; 14日以内 and 数日 are days, not a day of
the month), centuries as ordinals (3世紀: the third century, no span), and years before
the common era (紀元前: no claim)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "ja"


def bound(surface: str, kind: str, low: str | None, high: str | None, qualifier: str,
          unit: str | None) -> Want:
    return Want(surface, kind, low, high, qualifier, unit)


CASES = [
    pytest.param("工事は3年以内に完成する。",
                 [bound('3年以内', 'duration', None, '3', 'lte', 'year')],
                 id="inai-years"),
    pytest.param("参加者は50人以内とする。",
                 [bound('50人以内', 'count', None, '50', 'lte', 'people')],
                 id="inai-people"),
    pytest.param("3世紀の寺が残る。",
                 [],
                 id="century-ordinal"),
    pytest.param("紀元前500年に建てられた。",
                 [],
                 id="kigenzen"),
    pytest.param("紀元前500年から300年まで続いた。",
                 [],
                 id="kigenzen-range"),
    pytest.param("回復には数日かかった。",
                 [Want('数日', 'duration', '2', '9', 'several', 'day')],
                 id="sujitsu"),
    pytest.param("感染者は14日以内に報告する。",
                 [Want('14日以内', 'duration', None, '14', 'lte', 'day')],
                 id="days-inai"),
    pytest.param("入院は3日未満だった。",
                 [Want('3日未満', 'duration', None, '3', 'lt', 'day')],
                 id="days-miman"),
    pytest.param("14日以降に再開する。",
                 [],
                 id="day-of-month-ikou"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spans_and_eras(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

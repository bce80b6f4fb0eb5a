"""Which date dates a claim (ja): its own clause, a date opening its sentence, a topic
date; not a date stated in passing in another clause (reconcile.scope)."""

from __future__ import annotations

import pytest

from scopecases import check_years

CASES = [
    ('財政赤字は2024年の5.8%から2025年に4.5%へ縮小する。',
     [('5.8%', 2024), ('4.5%', 2025)]),
    ('投票率は71.4%で、2021年は64.9%だった。',
     [('71.4%', None), ('64.9%', 2021)]),
    ('2016年、同社は5000万ドルを調達した。同社は300人を採用した。',
     [('5000万ドル', 2016), ('300人', 2016)]),
    # A date inside a clause dates that clause only; a date opening the sentence is a
    # topic that dates the sentences after it.
    ('そのウイルスは研究所で2012年に初めて分離された。患者の30%以上が発熱した。',
     [('30%以上', None)]),
    ('2019年、同社の従業員は300人だった。同社は株式の40%を売却した。',
     [('300人', 2019), ('40%', 2019)]),
    # A reporting period named in the opening clause dates the report that follows.
    ('同社が発表した2026年3月期第1四半期（4～6月）の決算は好調だった。売上高は3兆9000億円だった。',
     [('3兆9000億円', 2025)]),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_scope(text: str, want: list[tuple[str, int | None]]) -> None:
    check_years(text, "ja", want)

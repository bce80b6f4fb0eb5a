"""Which date dates a claim (zh): its own clause, a date opening its sentence, a topic
date; not a date stated in passing in another clause (reconcile.scope)."""

from __future__ import annotations

import pytest

from scopecases import check_years

CASES = [
    ('财政赤字将从2024年的5.8%降至2025年的4.5%。',
     [('5.8%', 2024), ('4.5%', 2025)]),
    ('投票率为71.4%，高于2021年的64.9%。',
     [('71.4%', None), ('64.9%', 2021)]),
    ('2016年，该公司融资5000万美元。该公司招聘了300人。',
     [('5000万美元', 2016), ('300人', 2016)]),
    # A date inside a clause dates that clause only; a date opening the sentence is a
    # topic that dates the sentences after it.
    ('该病毒于 2012 年首次从一名患者身上分离出来。超过 30% 的患者出现发热。',
     [('超过 30%', None)]),
    ('2019 年，该公司有 300 名员工。该公司出售了 40% 的股份。',
     [('300 名', 2019), ('40%', 2019)]),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_scope(text: str, want: list[tuple[str, int | None]]) -> None:
    check_years(text, "zh", want)

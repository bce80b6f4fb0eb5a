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
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_scope(text: str, want: list[tuple[str, int | None]]) -> None:
    check_years(text, "zh", want)

"""Calendar half years (zh) read as one period, six months (reconcile.extraction.periods),
not as the whole year."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "zh"

CASES = [
    pytest.param('2023年上半年净利润20亿元。',
                 [date('2023年上半年', '2023-01/2023-06'),
                  eq('20亿元', 'money', '2000000000', 'CNY')],
                 id="half-0"),
    pytest.param('2024年下半年销售额下降3%。',
                 [date('2024年下半年', '2024-07/2024-12'),
                  eq('3%', 'percent', '3', 'percent')],
                 id="half-1"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_half_year(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Calendar half years (ja) read as one period, six months (reconcile.extraction.periods),
not as the whole year."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "ja"

CASES = [
    pytest.param('2023年上半期の純利益は20億円。',
                 [date('2023年上半期', '2023-01/2023-06'),
                  eq('20億円', 'money', '2000000000', 'JPY')],
                 id="half-0"),
    pytest.param('2024年下半期の売上高は3％減。',
                 [date('2024年下半期', '2024-07/2024-12'),
                  eq('3％', 'percent', '3', 'percent')],
                 id="half-1"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_half_year(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

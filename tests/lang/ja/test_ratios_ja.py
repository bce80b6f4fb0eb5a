"""Japanese proportions (5人に1人: one in five): no count."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("成人の5人に1人が喫煙している。",
                 [eq('5人に1人', 'percent', '20', 'percent')],
                 id="gonin-ni-hitori"),
    pytest.param("10人に3人が賛成した。",
                 [eq('10人に3人', 'percent', '30', 'percent')],
                 id="junin-ni-sannin"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_proportions_are_no_counts(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Persen satu (id): "satu poin persentase", "satu persen" adalah klaim, seperti "1%"."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Suku bunga naik satu poin persentase.",
                 [eq('satu poin persentase', 'percent', '1', 'percentage point')],
                 id="one-point"),
    pytest.param("Harga naik satu persen.",
                 [eq('satu persen', 'percent', '1', 'percent')],
                 id="one-percent"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_percent_of_one(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

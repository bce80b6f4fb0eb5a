"""A sign word before an amount of money ([percent] negative: the sign words of every
measure) makes it negative, as it does a percentage; after another amount it subtracts."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Laba bersih perusahaan minus Rp 5 miliar.",
                 [eq("minus Rp 5 miliar", "money", "-5000000000", "IDR")], id="minus-rupiah"),
    pytest.param("Pertumbuhan ekonomi negatif 1,2 persen.",
                 [eq("negatif 1,2 persen", "percent", "-1.2", "percent")], id="negatif"),
    pytest.param("Tiketnya seharga 20 euros.", [eq("20 euros", "money", "20", "EUR")],
                 id="euros"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_signed_money(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""A spelled decimal point followed by zero ([numbers] zero_words): "tiga koma nol lima
persen" gives no claim (its digits are not read one by one), not 3 and 5 %."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Pertumbuhan ekonomi tiga koma nol lima persen.", [], id="koma-nol"),
    pytest.param("Pertumbuhan ekonomi tiga koma lima persen.",
                 [eq("tiga koma lima persen", "percent", "3.5", "percent")], id="koma-lima"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spelled_zero_point(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

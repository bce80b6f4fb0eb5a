"""Indonesian: a spelled decimal comma ("koma") between a spelled number and one digit word
makes one number; other forms give no claim."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Pertumbuhan mencapai tiga koma lima persen.",
                 [eq("tiga koma lima persen", "percent", "3.5", "percent")], id="koma"),
    pytest.param("Sebanyak tiga koma lima juta orang mengungsi.",
                 [eq("tiga koma lima juta", "count", "3500000", "orang")], id="koma-juta"),
    pytest.param("Pertumbuhan mencapai tiga koma dua lima persen.", [],
                 id="two-digits-unread"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spelled_point(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

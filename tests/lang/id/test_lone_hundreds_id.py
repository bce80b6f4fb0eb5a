"""Indonesian: "ratus" (hundred) needs a number or "se-" before it ("Ratus orang" was a count
of 100); "seratus", "dua ratus" and a vague "beberapa ratus" are read as before."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Ratus orang mengeluh.", [], id="bare-ratus"),
    pytest.param("Seratus orang mengeluh.",
                 [eq("Seratus", "count", "100", "orang")], id="se-prefix"),
    pytest.param("Dua ratus orang mengeluh.",
                 [eq("Dua ratus", "count", "200", "orang")], id="two-hundred"),
    pytest.param("Hingga beberapa ratus sampel diambil.",
                 [Want("Hingga beberapa ratus", "count", "200", "900", "several", "sampel")],
                 id="vague"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_lone_hundreds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

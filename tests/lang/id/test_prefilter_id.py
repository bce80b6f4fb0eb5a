"""Numbers beside names, which extraction skips before growth, and Han numerals inside words
(issue #14: speed): the claims around them stay read."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("G7 menjanjikan 5 miliar dolar.",
                 [eq("5 miliar dolar", "money", "5000000000", "USD")], id="name-then-money"),
    pytest.param("COVID-19 menewaskan 300 orang.", [eq("300", "count", "300", "orang")],
                 id="hyphened-name"),
    pytest.param("SARS-CoV-2 menginfeksi 12 pasien.", [eq("12", "count", "12", "pasien")],
                 id="two-hyphens"),
    pytest.param("Harganya Rp5 juta.", [eq("Rp5 juta", "money", "5000000", "IDR")],
                 id="currency-glued-before"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_prefilter(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

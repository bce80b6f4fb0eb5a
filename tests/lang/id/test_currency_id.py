"""Indonesian money: CLDR currency names and symbols, short scale suffixes, money context."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq
from reconcile import extract_claims

LANG = "id"

SCALE_SUFFIXES = [
    pytest.param("Nilainya Rp 4,8 T.", [eq("Rp 4,8 T", "money", "4800000000000", "IDR")],
                 id="T-triliun"),
    pytest.param("Nilainya Rp5M.", [eq("Rp5M", "money", "5000000000", "IDR")], id="M-miliar"),
    pytest.param("Harganya Rp 500 rb.", [eq("Rp 500 rb", "money", "500000", "IDR")], id="rb"),
    pytest.param("Harganya Rp 2 jt.", [eq("Rp 2 jt", "money", "2000000", "IDR")], id="jt"),
    # "Rp." with its dot, as much Indonesian news writes it: the dot ends no sentence.
    pytest.param("Harganya Rp. 5.000 per kilo.", [eq("Rp. 5.000", "money", "5000", "IDR")],
                 id="Rp-dot"),
    pytest.param("Harganya Rp. 5 juta.", [eq("Rp. 5 juta", "money", "5000000", "IDR")],
                 id="Rp-dot-juta"),
    pytest.param("Nilainya Rp 4,8 triliun.",
                 [eq("Rp 4,8 triliun", "money", "4800000000000", "IDR")], id="triliun"),
    pytest.param("Nilainya US$ 3 miliar.", [eq("US$ 3 miliar", "money", "3000000000", "USD")],
                 id="US$-miliar"),
    pytest.param("Nilainya Rp 4-5 T.",
                 [Want("Rp 4-5 T", "money", "4000000000000", "5000000000000", "range", "IDR")],
                 id="range-T"),
    # A lone capital after a number is no scale without money in sight, nor a noun it
    # counts.
    pytest.param("Jaraknya 5 M.", [], id="M-without-money"),
]

NAMES_AND_SYMBOLS = [
    pytest.param("Nilainya 5 miliar yen.", [eq("5 miliar yen", "money", "5000000000", "JPY")],
                 id="yen"),
    pytest.param("Nilainya 3 juta yuan.", [eq("3 juta yuan", "money", "3000000", "CNY")],
                 id="yuan"),
    pytest.param("Nilainya 2 juta ringgit.",
                 [eq("2 juta ringgit", "money", "2000000", "MYR")], id="ringgit"),
    pytest.param("Nilainya 4 miliar won.", [eq("4 miliar won", "money", "4000000000", "KRW")],
                 id="won"),
    pytest.param("Nilainya 7 juta euro.", [eq("7 juta euro", "money", "7000000", "EUR")],
                 id="euro"),
    pytest.param("Nilainya 10 dolar Singapura.",
                 [eq("10 dolar Singapura", "money", "10", "SGD")], id="dolar-singapura"),
    pytest.param("Nilainya 10 dolar Amerika.",
                 [eq("10 dolar Amerika", "money", "10", "USD")], id="dolar-amerika"),
    pytest.param("Nilainya 45 juta dolar Australia.",
                 [eq("45 juta dolar Australia", "money", "45000000", "AUD")],
                 id="dolar-australia"),
    pytest.param("Nilainya 9 miliar rupiah.",
                 [eq("9 miliar rupiah", "money", "9000000000", "IDR")], id="rupiah"),
    pytest.param("Harganya 500 Franc Kongo.", [eq("500 Franc Kongo", "money", "500", "CDF")],
                 id="cldr-name"),
    # "Rs" is four rupees' (common.toml shared_symbols), though CLDR's id gives it to INR:
    # the one whose country the text names, else no claim.
    pytest.param("Harganya Rs 500.", [], id="Rs-cldr"),
    pytest.param("Di India harganya Rs 500.", [eq("Rs 500", "money", "500", "INR")],
                 id="Rs-india"),
    pytest.param("Harganya CA$275 juta.", [eq("CA$275 juta", "money", "275000000", "CAD")],
                 id="CA$"),
]

MONEY_CONTEXT = [
    pytest.param("Biayanya 50 pound.", [eq("50 pound", "money", "50", "GBP")],
                 id="pound-after-biaya"),
    pytest.param("Nilainya 50 pound sterling.",
                 [eq("50 pound sterling", "money", "50", "GBP")], id="pound-sterling"),
]


@pytest.mark.parametrize(("text", "wanted"),
                         [*SCALE_SUFFIXES, *NAMES_AND_SYMBOLS, *MONEY_CONTEXT])
def test_currency(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


def test_pound_of_weight_is_not_money() -> None:
    claims = extract_claims("Beratnya 50 pound.", LANG)
    assert all(c.kind != "money" for c in claims)

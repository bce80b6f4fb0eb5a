"""Indonesian spelled-out numbers: each case asserts surface, kind, exact value and unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractcases import Want, check_claims, eq
from reconcile import extract_claims

LANG = "id"

SPELLED = [
    pytest.param("Polisi menangkap tiga ratus orang.",
                 [eq("tiga ratus", "count", "300", "orang")], id="ratus"),
    pytest.param("Sebanyak tiga puluh tujuh persen warga setuju.",
                 [eq("tiga puluh tujuh persen", "percent", "37", "percent")], id="puluh-percent"),
    pytest.param("Klub itu memiliki dua belas pemain.",
                 [eq("dua belas", "count", "12", "pemain")], id="belas"),
    pytest.param("Desa itu memiliki seratus rumah.",
                 [eq("seratus", "count", "100", "rumah")], id="seratus"),
    pytest.param("Desa itu memiliki seribu rumah.",
                 [eq("seribu", "count", "1000", "rumah")], id="seribu"),
    pytest.param("Klub itu memiliki sebelas pemain.",
                 [eq("sebelas", "count", "11", "pemain")], id="sebelas"),
    pytest.param("Sekolah itu memiliki dua ratus tiga puluh murid.",
                 [eq("dua ratus tiga puluh", "count", "230", "murid")], id="ratus-puluh"),
    pytest.param("Kota itu memiliki empat puluh lima ribu penduduk.",
                 [eq("empat puluh lima ribu", "count", "45000", "penduduk")], id="puluh-ribu"),
    pytest.param("Negara itu memiliki satu setengah juta dokter.",
                 [eq("satu setengah juta", "count", "1500000", "dokter")], id="setengah-juta"),
    pytest.param("Wilayah itu memiliki setengah juta penduduk.",
                 [eq("setengah juta", "count", "500000", "penduduk")], id="half-million"),
    pytest.param("Pemerintah menyalurkan dua ratus juta rupiah.",
                 [eq("dua ratus juta rupiah", "money", "200000000", "IDR")], id="money"),
    pytest.param("Tiga perempat juta orang memilih.",
                 [eq("Tiga perempat juta", "count", "750000", "orang")], id="perempat"),
    pytest.param("Seperempat juta orang memilih.",
                 [eq("Seperempat juta", "count", "250000", "orang")], id="seperempat"),
    pytest.param("Sebanyak dua hingga tiga juta orang mengungsi.",
                 [Want("dua hingga tiga juta", "count", "2000000", "3000000", "range",
                       "orang")], id="range-hingga"),
]

NON_CLAIMS = [
    pytest.param("Dia menghitung tiga dua orang.", [], id="tiga-dua"),
    pytest.param("Sepertiga juta orang memilih.", [], id="sepertiga"),
]


@pytest.mark.parametrize(("text", "wanted"), [*SPELLED, *NON_CLAIMS])
def test_spelled(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


_UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words = []
    if hundreds:
        words.append("seratus" if hundreds == 1 else f"{_UNITS[hundreds]} ratus")
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif tens == 1:
        words.append(f"{_UNITS[units]} belas")
    else:
        if tens:
            words.append(f"{_UNITS[tens]} puluh")
        if units:
            words.append(_UNITS[units])
    return " ".join(words)


def _spell(n: int) -> str:
    """A small test-side Indonesian speller (seratus, seribu, dua belas, tiga puluh)."""
    thousands, rest = divmod(n, 1000)
    words = []
    if thousands:
        words.append("seribu" if thousands == 1 else f"{_below_thousand(thousands)} ribu")
    if rest:
        words.append(_below_thousand(rest))
    return " ".join(words)


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=2, max_value=999_999))
def test_spelled_numbers_parse_back(n: int) -> None:
    spelled = _spell(n)
    claims = extract_claims(f"Sensus itu menghitung {spelled} burung.", LANG)
    assert [(c.surface, c.low, c.unit) for c in claims] == [(spelled, Decimal(n), "burung")]

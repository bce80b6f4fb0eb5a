"""Indonesian spelled-out numbers: each case asserts surface, kind, exact value and unit."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

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
]

NON_CLAIMS = [
    pytest.param("Dia menghitung tiga dua orang.", [], id="tiga-dua"),
]


@pytest.mark.parametrize(("text", "wanted"), [*SPELLED, *NON_CLAIMS])
def test_spelled(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

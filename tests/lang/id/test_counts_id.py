"""Indonesian counts: vague amounts, verbs of exceeding, headline casualty counts and the
comparison "lebih banyak"; every claim of a sentence, exactly."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"


def several(surface: str, kind: str, low: str, high: str, unit: str | None) -> Want:
    return Want(surface, kind, low, high, "several", unit)


def gt(surface: str, kind: str, value: str, unit: str | None) -> Want:
    return Want(surface, kind, value, None, "gt", unit)


VAGUE = [
    pytest.param("Puluhan orang tewas.", [several("Puluhan", "count", "20", "99", "orang")],
                 id="puluhan"),
    pytest.param("Ratusan rumah rusak.", [several("Ratusan", "count", "200", "999", "rumah")],
                 id="ratusan"),
    pytest.param("Ribuan warga mengungsi.",
                 [several("Ribuan", "count", "2000", "9999", "warga")], id="ribuan"),
    # "-an" joined to a number makes it approximate ("1.500-an orang", some 1,500 people);
    # joined to a year it is a decade.
    pytest.param("Sebanyak 1.500-an orang hadir.",
                 [eq("1.500-an", "count", "1500", "orang", "approx")], id="hyphen-an"),
    pytest.param("Puluhan ribu orang berdemo.",
                 [several("Puluhan ribu", "count", "20000", "99000", "orang")],
                 id="puluhan-ribu"),
    # "beberapa" alone is "some" as often as "several": no interval is safe.
    pytest.param("Beberapa orang terluka.", [], id="beberapa-alone"),
    pytest.param("Beberapa juta dolar hilang.",
                 [several("Beberapa juta dolar", "money", "2000000", "9000000", "USD")],
                 id="beberapa-scaled"),
    pytest.param("Puluhan juta dolar hilang.",
                 [several("Puluhan juta dolar", "money", "20000000", "99000000", "USD")],
                 id="puluhan-juta-stays-scaled"),
]

EXCEED = [
    pytest.param("Jumlah korban melampaui 2.000 orang.",
                 [gt("melampaui 2.000", "count", "2000", "orang")], id="melampaui"),
    pytest.param("Jumlah korban lebih dari 2.000 orang.",
                 [gt("lebih dari 2.000", "count", "2000", "orang")], id="lebih-dari"),
    pytest.param("Jumlah kasus menembus 1.000 orang.",
                 [gt("menembus 1.000", "count", "1000", "orang")], id="menembus"),
]

HEADLINES = [
    pytest.param("31 tewas dalam kebakaran kapal", [eq("31", "count", "31", "tewas")],
                 id="tewas"),
]

FALSE_FRIENDS = [
    pytest.param("Harga naik 40 persen lebih banyak.",
                 [eq("40 persen", "percent", "40", "percent")], id="lebih-banyak-compares"),
    pytest.param("Penjualan naik lebih dari dua kali lipat.",
                 [gt("lebih dari dua kali lipat", "multiplier", "2", "times")],
                 id="more-than-doubled"),
    pytest.param("Harga naik 40 persen lebih.",
                 [gt("40 persen lebih", "percent", "40", "percent")], id="lebih-after"),
]


@pytest.mark.parametrize(("text", "wanted"), [*VAGUE, *EXCEED, *HEADLINES, *FALSE_FRIENDS])
def test_counts(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

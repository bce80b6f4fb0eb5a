"""Indonesian measured quantities, magnitudes, temperatures and percentage points."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq, q

LANG = "id"


def check(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)




QUANTITIES = [
    pytest.param("Kedua satelit itu bertabrakan 491 mil di atas permukaan Bumi.",
                 [q("491 mil", "491", "mile")], id="mil"),
    pytest.param("Kota itu berjarak 50 kilometer dari ibu kota.",
                 [q("50 kilometer", "50", "kilometer")], id="kilometer"),
    pytest.param("Taman ini mencakup 19.500 km² dan terbagi menjadi beberapa zona.",
                 [q("19.500 km²", "19500", "square_kilometer"),
                  Want("beberapa", "count", "2", "9", "several", "zona")], id="km2"),
    pytest.param("Menara ini menjulang setinggi 83 meter di atas sungai.",
                 [q("83 meter", "83", "meter")], id="meter"),
    pytest.param("Sungai itu memiliki lebar sekitar 9,6 kilometer di muaranya.",
                 [q("sekitar 9,6 kilometer", "9.6", "kilometer", "approx")], id="decimal"),
    pytest.param("Satelit itu bergerak dengan kecepatan 17.500 mil per jam saat bertabrakan.",
                 [q("17.500 mil per jam", "17500", "mile / hour")], id="mil-per-jam"),
    pytest.param("Kereta itu melaju dengan kecepatan 300 km/jam di jalur baru.",
                 [q("300 km/jam", "300", "kilometer / hour")], id="km-jam"),
    pytest.param("Pabrik itu menghasilkan 2.000 ton baja setiap tahun.",
                 [q("2.000 ton", "2000", "metric_ton")], id="ton"),
    pytest.param("Suhu udara mencapai 38 derajat Celsius pada siang hari.",
                 [q("38 derajat Celsius", "38", "degree_Celsius")], id="derajat-celsius"),
    pytest.param("Suhu udara turun hingga minus 12 derajat Celsius pada malam hari.",
                 [q("minus 12 derajat Celsius", "-12", "degree_Celsius")], id="minus"),
    pytest.param("Gempa berkekuatan 6,2 SR mengguncang pulau itu pada malam hari.",
                 [q("6,2 SR", "6.2", "magnitude")], id="SR"),
    pytest.param("Gempa magnitudo 6,2 mengguncang pulau itu pada malam hari.",
                 [q("magnitudo 6,2", "6.2", "magnitude")], id="magnitudo"),
    pytest.param("Gempa bermagnitudo 7,1 mengguncang pada kedalaman 10 km.",
                 [q("bermagnitudo 7,1", "7.1", "magnitude"), q("10 km", "10", "kilometer")],
                 id="bermagnitudo"),
    # The agency's own notation, as in English "M6.8" (was no claim)
    pytest.param("Gempa berkekuatan M 5,6 mengguncang Cianjur.",
                 [q("M 5,6", "5.6", "magnitude")], id="M-spaced"),
    pytest.param("Gempa Mw 7,4 mengguncang Palu.",
                 [q("Mw 7,4", "7.4", "magnitude")], id="Mw"),
    pytest.param("Candi itu dibangun pada tahun 400 M oleh raja.",
                 [date("tahun 400", "0400")], id="M-after-is-era"),
    # (the base of a year-on-year change, "dibandingkan tahun lalu", is no date)
    pytest.param("Tingkat pengangguran turun 2 poin persentase dibandingkan tahun lalu.",
                 [eq("2 poin persentase", "percent", "2", "percentage point")],
                 id="poin-persentase"),
    pytest.param("Tingkat pengangguran terbuka turun 0,3 poin persen.",
                 [eq("0,3 poin persen", "percent", "0.3", "percentage point")],
                 id="poin-persen"),
]


NON_QUANTITIES = [
    pytest.param("Pasukan berkekuatan 5.000 personel dikerahkan ke perbatasan.",
                 [eq("5.000", "count", "5000", "personel")], id="berkekuatan-not-a-magnitude"),
]


@pytest.mark.parametrize(("text", "wanted"), [*QUANTITIES, *NON_QUANTITIES])
def test_quantities(text: str, wanted: list[Want]) -> None:
    check(text, wanted)

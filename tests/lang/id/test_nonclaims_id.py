"""Indonesian numbers that are not claims: clock times, scores, phone numbers, product
names, article numbers, ordinals and ages (a DECISION: ages are no claims)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

NON_CLAIMS = [
    pytest.param("Rapat dimulai pukul 14.30 WIB.", [], id="clock-pukul"),
    pytest.param("Gaya itu memuncak pada abad ke 10-11.", [], id="century-abad-ke"),
    pytest.param("Rapat dimulai jam 9 pagi.", [], id="clock-jam"),
    pytest.param("Tim itu menang 3-1 di kandang.", [], id="score-menang"),
    pytest.param("Mereka meraih kemenangan 2-3 di tandang.", [], id="score-kemenangan"),
    pytest.param("Hubungi 0812-3456-7890 sekarang.", [], id="phone-local"),
    pytest.param("Hubungi +62 812 3456 7890 sekarang.", [], id="phone-international"),
    pytest.param("Ia membeli iPhone 15 kemarin.", [], id="iphone"),
    pytest.param("Pesawat Boeing 737 itu mendarat.", [], id="boeing"),
    pytest.param("Pasal 5 undang-undang itu berlaku.", [], id="pasal"),
    pytest.param("Lihat Tabel 1-3 di bawah.", [], id="table-range"),
    pytest.param("Ia menjadi juara ke-3.", [], id="ordinal"),
    pytest.param("Seorang pria berusia 23 tahun ditangkap.", [], id="age-berusia"),
    pytest.param("Mencit umur 4 bulan diuji.", [], id="age-umur"),
    pytest.param("Anak berusia 15-17 tahun diuji.", [], id="age-range"),
]

STILL_CLAIMS = [
    pytest.param("Harga naik ke 10 persen.", [eq("10 persen", "percent", "10", "percent")],
                 id="ke-is-also-to"),
    pytest.param("Protein S SARS-CoV-2 10 hingga 20 kali lebih tinggi.",
                 [Want("10 hingga 20 kali", "multiplier", "10", "20", "range", "times")],
                 id="name-with-digits-is-no-name-head"),
    pytest.param("Perjalanan itu 2 jam 30 menit.",
                 [eq("2 jam 30 menit", "duration", "150", "minute")],
                 id="jam-unit-then-minutes"),
    pytest.param("Selama 24 jam penuh.", [eq("24 jam", "duration", "24", "hour")],
                 id="jam-after-is-duration"),
    pytest.param("Ia tinggal di sana 23 tahun.", [eq("23 tahun", "duration", "23", "year")],
                 id="duration-not-age"),
    # A reference word before a percentage names no thing: the rate stays (was no claim).
    pytest.param("Bank Indonesia menahan suku bunga acuan di level 6 persen.",
                 [eq("6 persen", "percent", "6", "percent")], id="level-percent"),
    pytest.param("Suku bunga acuan berada di level 6,25%.",
                 [eq("6,25%", "percent", "6.25", "percent")], id="level-percent-sign"),
]


@pytest.mark.parametrize(("text", "wanted"), [*NON_CLAIMS, *STILL_CLAIMS])
def test_nonclaims(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Indonesian quantity forms of wave 2: SI-prefixed symbols (Ghz, Mbit/detik), vulgar
fraction characters (29¾) and spelled fractions after a unit ("3 jam setengah")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q

LANG = "id"



SYMBOLS = [
    pytest.param("Dosisnya 5 miligram per hari.", [q("5 miligram", "5", "milligram")],
                 id="cldr-miligram"),
    pytest.param("Router itu memakai pita 2,4 Ghz dan 5,0 Ghz.",
                 [q("2,4 Ghz", "2.4", "gigahertz"), q("5,0 Ghz", "5.0", "gigahertz")],
                 id="ghz-decimal-comma"),
    pytest.param("Kecepatannya mencapai 600Mbit/detik.",
                 [q("600Mbit/detik", "600", "megabit / second")], id="mbit-per-detik"),
    pytest.param("Paket itu berisi 10 GB data.", [q("10 GB", "10", "gigabyte")], id="gb"),
    pytest.param("Koneksi 20 Mbps sudah cukup.", [q("20 Mbps", "20", "megabit / second")],
                 id="mbps"),
]

FRACTIONS = [
    pytest.param("Gulungan itu berukuran 29¾ inci kali 24½ inci.",
                 [q("29¾ inci", "29.75", "inch"), q("24½ inci", "24.5", "inch")],
                 id="vulgar-fractions"),
    pytest.param("Panjangnya 3⅓ meter.", [], id="inexact-third-no-claim"),
    pytest.param("Dia menunggu 3 jam setengah.",
                 [eq("3 jam setengah", "duration", "3.5", "hour")], id="jam-setengah"),
    pytest.param("Jaraknya 5 km tiga perempat.", [q("5 km tiga perempat", "5.75", "kilometer")],
                 id="counted-fraction-after-unit"),
    pytest.param("Jaraknya 10 km setengah dari jarak total.", [],
                 id="fraction-of-something-no-claim"),
]


@pytest.mark.parametrize(("text", "wanted"), [*SYMBOLS, *FRACTIONS])
def test_qty2(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""English quantity forms of wave 2: SI-prefixed symbols (GHz, MB, Mbit/s), vulgar
fraction characters (29¾), a spaced one-letter "m" and spelled fractions after a unit."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q

LANG = "en"



SYMBOLS = [
    pytest.param("Take 5 milligrams in 20 mL of water.",
                 [q("5 milligrams", "5", "milligram"), q("20 mL", "20", "milliliter")],
                 id="cldr-milligram-milliliter"),
    pytest.param("Take 50 µg and 50 μg daily.",
                 [q("50 µg", "50", "microgram"), q("50 μg", "50", "microgram")],
                 id="microgram-micro-sign-and-mu"),
    pytest.param("The station transmits at 98.5 megahertz.",
                 [q("98.5 megahertz", "98.5", "megahertz")], id="cldr-megahertz-word"),
    pytest.param("The router uses the 2.4Ghz band.", [q("2.4Ghz", "2.4", "gigahertz")],
                 id="ghz-mixed-case"),
    pytest.param("It also runs at 5.0 GHz.", [q("5.0 GHz", "5.0", "gigahertz")],
                 id="ghz-spaced"),
    pytest.param("The station broadcasts on 810 kHz.", [q("810 kHz", "810", "kilohertz")],
                 id="khz"),
    pytest.param("Speeds reach 600Mbit/s in tests.",
                 [q("600Mbit/s", "600", "megabit / second")], id="mbit-per-s"),
    pytest.param("The line delivers 100 Mbps to homes.",
                 [q("100 Mbps", "100", "megabit / second")], id="mbps"),
    pytest.param("The file is 2.8 MB in size.", [q("2.8 MB", "2.8", "megabyte")], id="mb"),
    pytest.param("Each phone stores 64 GB of photos.", [q("64 GB", "64", "gigabyte")],
                 id="gb"),
]

FRACTIONS = [
    pytest.param("The parchment measures 29¾ inches by 24½ inches.",
                 [q("29¾ inches", "29.75", "inch"), q("24½ inches", "24.5", "inch")],
                 id="vulgar-fractions"),
    pytest.param("The trail adds ¼ mile to the route.", [q("¼ mile", "0.25", "mile")],
                 id="fraction-alone"),
    pytest.param("The pipe is 3⅓ feet long.", [], id="inexact-third-no-claim"),
    pytest.param("The board is 2.5½ feet long.", [], id="fraction-after-decimal-no-claim"),
    pytest.param("The hike took three hours and a half.",
                 [eq("three hours and a half", "duration", "3.5", "hour")],
                 id="and-a-half-after-unit"),
    pytest.param("They walked 5 miles and a half.", [q("5 miles and a half", "5.5", "mile")],
                 id="miles-and-a-half"),
    pytest.param("They walked 5 miles and a third.", [], id="and-a-third-no-claim"),
]

METRES = [
    pytest.param("The road is 3.50 m wide.", [q("3.50 m", "3.50", "meter")],
                 id="m-spaced-decimal"),
    pytest.param("The peak rises to 4892 m.", [q("4892 m", "4892", "meter")],
                 id="m-sentence-end"),
    pytest.param("The fund holds $3.5 m now.", [eq("$3.5 m", "money", "3500000", "USD")],
                 id="m-after-currency-is-million"),
    pytest.param("He swam the 100m and 200m freestyle.", [], id="m-glued-no-claim"),
    pytest.param("The region has 2 m people.", [], id="m-before-noun-no-claim"),
]


@pytest.mark.parametrize(("text", "wanted"), [*SYMBOLS, *FRACTIONS, *METRES])
def test_qty2(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

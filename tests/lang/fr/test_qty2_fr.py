"""French quantity forms of wave 2: SI-prefixed symbols (GHz, Mbit/s), vulgar fraction
characters (29¾) and spelled fractions after a unit ("29 pouces trois quarts")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q

LANG = "fr"



SYMBOLS = [
    pytest.param("Le fichier pèse 2,8 Mo.", [q("2,8 Mo", "2.8", "megabyte")], id="cldr-mo"),
    pytest.param("La station émet sur 98,5 mégahertz.",
                 [q("98,5 mégahertz", "98.5", "megahertz")], id="cldr-megahertz-word"),
    pytest.param("Le routeur utilise les bandes 2,4 GHz et 5,0 GHz.",
                 [q("2,4 GHz", "2.4", "gigahertz"), q("5,0 GHz", "5.0", "gigahertz")],
                 id="ghz-decimal-comma"),
    pytest.param("Le débit atteint 600\u00a0Mbit/s.",
                 [q("600\u00a0Mbit/s", "600", "megabit / second")], id="mbit-per-s"),
    pytest.param("Le transfert atteint 12 Mo/s.", [q("12 Mo/s", "12", "megabyte / second")],
                 id="octets-per-s"),
    pytest.param("Le disque contient 500 GB de photos.", [q("500 GB", "500", "gigabyte")],
                 id="gb"),
]

FRACTIONS = [
    pytest.param("Le parchemin mesure 29¾ pouces.", [q("29¾ pouces", "29.75", "inch")],
                 id="vulgar-fraction"),
    pytest.param("Il mesure environ 29 pouces trois quarts sur 24 pouces.",
                 [q("environ 29 pouces trois quarts", "29.75", "inch", "approx"),
                  q("24 pouces", "24", "inch")], id="counted-fraction-after-unit"),
    pytest.param("La planche fait 12 pouces et demi.", [q("12 pouces et demi", "12.5", "inch")],
                 id="et-demi-after-unit"),
    pytest.param("Il a attendu deux heures et demie.",
                 [eq("deux heures et demie", "duration", "2.5", "hour")], id="heures-et-demie"),
    pytest.param("L'enfant a 3 ans et demi.", [eq("3 ans et demi", "duration", "3.5", "year")],
                 id="ans-et-demi"),
    pytest.param("Il a couru 10 km et un tiers.", [], id="et-un-tiers-no-claim"),
    pytest.param("Il a couru 10 km trois quarts des gens.", [],
                 id="fraction-of-something-no-claim"),
    pytest.param("Il a couru 2,5 km et demi.", [], id="fraction-after-decimal-no-claim"),
]


@pytest.mark.parametrize(("text", "wanted"), [*SYMBOLS, *FRACTIONS])
def test_qty2(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

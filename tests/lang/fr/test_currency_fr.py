"""French money: CLDR currency names and symbols, short scale suffixes, money context."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq
from reconcile import extract_claims
from reconcile.lang import get_profile

LANG = "fr"
NBSP = "\u00a0"

SCALE_SUFFIXES = [
    pytest.param("Le contrat vaut 12 M€.", [eq("12 M€", "money", "12000000", "EUR")],
                 id="M-euro"),
    pytest.param("Un budget de 500 k€.", [eq("500 k€", "money", "500000", "EUR")], id="k-euro"),
    pytest.param("Une capitalisation de $3,17T.",
                 [eq("$3,17T", "money", "3170000000000", "USD")], id="T-decimal-comma"),
    pytest.param("Le marché vaut 3,17 T$.", [eq("3,17 T$", "money", "3170000000000", "USD")],
                 id="T-dollar"),
    pytest.param("Un prix de 5 Md€.", [eq("5 Md€", "money", "5000000000", "EUR")], id="Md"),
    pytest.param("Un prix de 2 Mds$.", [eq("2 Mds$", "money", "2000000000", "USD")], id="Mds"),
    pytest.param("Un prix de 7 Mrd €.", [eq("7 Mrd €", "money", "7000000000", "EUR")],
                 id="Mrd"),
    pytest.param(f"Il a levé 4,9{NBSP}millions US$.",
                 [eq(f"4,9{NBSP}millions US$", "money", "4900000", "USD")], id="millions-US$"),
    # A lone capital after a number is no scale without money in sight (5 M: metres?),
    # nor a noun it counts.
    pytest.param("Le mât mesure 5 M de haut.", [], id="M-without-money"),
]

NAMES_AND_SYMBOLS = [
    pytest.param("Il a levé 3 millions de $.",
                 [eq("3 millions de $", "money", "3000000", "USD")], id="millions-de-$"),
    pytest.param("Il a levé 3 millions de €.",
                 [eq("3 millions de €", "money", "3000000", "EUR")], id="millions-de-euro-sign"),
    pytest.param("Coût : €12 milliards.", [eq("€12 milliards", "money", "12000000000", "EUR")],
                 id="euro-sign-milliards"),
    pytest.param("Coût : 12 milliards d'euros.",
                 [eq("12 milliards d'euros", "money", "12000000000", "EUR")],
                 id="milliards-d-euros"),
    pytest.param("Coût : 3,5 millions de dollars.",
                 [eq("3,5 millions de dollars", "money", "3500000", "USD")],
                 id="millions-de-dollars"),
    pytest.param("Il a payé 2 dollars US.", [eq("2 dollars US", "money", "2", "USD")],
                 id="dollars-US"),
    pytest.param("Il a payé 2 dollars américains.",
                 [eq("2 dollars américains", "money", "2", "USD")], id="dollars-americains"),
    pytest.param("Il a payé 275 millions de dollars canadiens.",
                 [eq("275 millions de dollars canadiens", "money", "275000000", "CAD")],
                 id="dollars-canadiens"),
    pytest.param("Il a payé 5 livres sterling.",
                 [eq("5 livres sterling", "money", "5", "GBP")], id="livres-sterling"),
    pytest.param("Il a payé 10 yens.", [eq("10 yens", "money", "10", "JPY")], id="yens"),
    pytest.param("Il a payé 20 yuans.", [eq("20 yuans", "money", "20", "CNY")], id="yuans"),
    pytest.param("Il a payé 40 francs suisses.",
                 [eq("40 francs suisses", "money", "40", "CHF")], id="francs-suisses"),
    pytest.param("Le coût est de 4 800 milliards de roupies indonésiennes.",
                 [eq("4 800 milliards de roupies indonésiennes", "money", "4800000000000",
                     "IDR")], id="roupies-indonesiennes"),
    pytest.param("Ils ont payé 300 roupies indiennes.",
                 [eq("300 roupies indiennes", "money", "300", "INR")], id="roupies-indiennes"),
    # Bare "roupies": Indian or Indonesian (CLDR names both roupie)? No claim ...
    pytest.param("Le coût est de 4 800 milliards de roupies.", [], id="roupies-ambiguous"),
    # ... unless the document names one of them elsewhere.
    pytest.param("Il a coûté 5 000 roupies indonésiennes, puis 4 800 milliards de roupies.",
                 [eq("5 000 roupies indonésiennes", "money", "5000", "IDR"),
                  eq("4 800 milliards de roupies", "money", "4800000000000", "IDR")],
                 id="roupies-resolved-by-name"),
    pytest.param("Il a coûté 4 800 milliards de roupies, soit Rp 4 800 milliards.",
                 [eq("4 800 milliards de roupies", "money", "4800000000000", "IDR"),
                  eq("Rp 4 800 milliards", "money", "4800000000000", "IDR")],
                 id="roupies-resolved-by-Rp"),
    pytest.param("Il a payé 5 roupies indiennes et 300 roupies, puis 2 roupies indonésiennes.",
                 [eq("5 roupies indiennes", "money", "5", "INR"),
                  eq("2 roupies indonésiennes", "money", "2", "IDR")],
                 id="roupies-two-candidates-stated"),
    pytest.param("Il a payé 5 $CA.", [eq("5 $CA", "money", "5", "CAD")], id="$CA"),
    pytest.param("Il a payé 5 $US.", [eq("5 $US", "money", "5", "USD")], id="$US"),
    # Glued, the letters after the sign mirror a capital prefix ("C$", "HK$").
    pytest.param("Il a reçu 192 millions $C.",
                 [eq("192 millions $C", "money", "192000000", "CAD")], id="mirrored-C$"),
    pytest.param("Il a reçu 10 millions $HK.",
                 [eq("10 millions $HK", "money", "10000000", "HKD")], id="mirrored-HK$"),
]

MONEY_CONTEXT = [
    pytest.param("Le repas coûte 5 livres.", [eq("5 livres", "money", "5", "GBP")],
                 id="livres-after-coute"),
    pytest.param("Il a lu 5 livres.", [eq("5", "count", "5", "livres")], id="livres-books"),
]


@pytest.mark.parametrize(("text", "wanted"),
                         [*SCALE_SUFFIXES, *NAMES_AND_SYMBOLS, *MONEY_CONTEXT])
def test_currency(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


def test_livres_of_weight_are_not_money() -> None:
    claims = extract_claims("Le sac pèse 5 livres.", LANG)
    assert all(c.kind != "money" for c in claims)


def test_every_living_currency_has_its_cldr_names() -> None:
    words = get_profile(LANG).currency_words
    assert words["francs congolais"] == "CDF"  # plural form, from CLDR
    assert words["dollars des états-unis"] == "USD"
    assert "franc français" not in words  # historical: not legal tender today
    assert get_profile(LANG).currency_symbols["$CA"] == "CAD"

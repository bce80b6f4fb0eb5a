"""English money: CLDR currency names and symbols, short scale suffixes, money context."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq
from reconcile import extract_claims
from reconcile.lang import currency_codes, get_profile

LANG = "en"

SCALE_SUFFIXES = [
    pytest.param("Revenue hit $48.2B.", [eq("$48.2B", "money", "48200000000", "USD")],
                 id="B"),
    pytest.param("It is worth $3.17T.", [eq("$3.17T", "money", "3170000000000", "USD")],
                 id="T"),
    pytest.param("It is worth $2tn.", [eq("$2tn", "money", "2000000000000", "USD")], id="tn"),
    pytest.param("They raised $5M.", [eq("$5M", "money", "5000000", "USD")], id="M"),
    pytest.param("They raised $4mn.", [eq("$4mn", "money", "4000000", "USD")], id="mn"),
    pytest.param("A grant of €3k.", [eq("€3k", "money", "3000", "EUR")], id="k"),
    pytest.param("It cost £2bn.", [eq("£2bn", "money", "2000000000", "GBP")], id="bn"),
    pytest.param("A budget of 12M USD.", [eq("12M USD", "money", "12000000", "USD")],
                 id="M-then-code"),
    pytest.param("It will cost $5-10B.",
                 [Want("$5-10B", "money", "5000000000", "10000000000", "range", "USD")],
                 id="range-scale-once"),
    pytest.param("It will cost $5M-$10M.",
                 [Want("$5M-$10M", "money", "5000000", "10000000", "range", "USD")],
                 id="range-both-ends"),
    # A one-letter scale with no currency in sight is not read: "100m" may be metres.
    pytest.param("He won the 100m sprint.", [], id="m-without-money"),
]

NAMES_AND_SYMBOLS = [
    pytest.param("It cost 1.2 billion yen.",
                 [eq("1.2 billion yen", "money", "1200000000", "JPY")], id="yen"),
    pytest.param("It paid 500 Congolese francs.",
                 [eq("500 Congolese francs", "money", "500", "CDF")], id="cldr-name-plural"),
    pytest.param("It paid 40 Swiss francs.",
                 [eq("40 Swiss francs", "money", "40", "CHF")], id="swiss-francs"),
    pytest.param("It cost 300 Indian rupees.",
                 [eq("300 Indian rupees", "money", "300", "INR")], id="indian-rupees"),
    # Bare "rupees" is six currencies' (CLDR): the one whose country the text names, else
    # no claim (no guessed rupee).
    pytest.param("It cost 300 rupees.", [], id="bare-rupees"),
    pytest.param("In India it cost 300 rupees.", [eq("300 rupees", "money", "300", "INR")],
                 id="bare-rupees-india"),
    pytest.param("In Sri Lanka it cost 300 rupees.",
                 [eq("300 rupees", "money", "300", "LKR")], id="bare-rupees-sri-lanka"),
    pytest.param("Norway will buy back up to 15 billion kroner of shares.",
                 [Want("up to 15 billion kroner", "money", None, "15000000000", "lte", "NOK")],
                 id="kroner-norway"),
    pytest.param("It sold for 3 million Indonesian rupiahs.",
                 [eq("3 million Indonesian rupiahs", "money", "3000000", "IDR")],
                 id="rupiahs"),
    pytest.param("Tickets cost NT$500.", [eq("NT$500", "money", "500", "TWD")], id="NT$"),
    pytest.param("Tickets cost HK$300.", [eq("HK$300", "money", "300", "HKD")], id="HK$"),
    pytest.param("Tickets cost A$20.", [eq("A$20", "money", "20", "AUD")], id="A$"),
    pytest.param("Tickets cost AU$25.", [eq("AU$25", "money", "25", "AUD")], id="AU$"),
    pytest.param("Tickets cost C$30.", [eq("C$30", "money", "30", "CAD")], id="C$"),
    pytest.param("Tickets cost S$40.", [eq("S$40", "money", "40", "SGD")], id="S$"),
    pytest.param("Tickets cost R$50.", [eq("R$50", "money", "50", "BRL")], id="R$"),
    pytest.param("Tickets cost CA$60.", [eq("CA$60", "money", "60", "CAD")], id="CA$"),
    pytest.param("It gave an extra AUD$45 million.",
                 [eq("AUD$45 million", "money", "45000000", "AUD")], id="code-glued-to-$"),
    pytest.param("It cost 5 $CAD.", [eq("5 $CAD", "money", "5", "CAD")], id="$-glued-to-code"),
    pytest.param("It cost 900 NZD.", [eq("900 NZD", "money", "900", "NZD")], id="any-iso-code"),
    # "$" glued to letters that are no currency code: which dollar is it? No claim.
    pytest.param("It cost XY$5.", [], id="unknown-dollar"),
    # Codes that spell a common word in capitals are not read as currencies.
    pytest.param("It made the TOP 10 list.", [eq("10", "count", "10", "list")],
                 id="TOP-not-tongan"),
]

MONEY_CONTEXT = [
    pytest.param("It cost 50 pounds.", [eq("50 pounds", "money", "50", "GBP")],
                 id="pounds-after-cost"),
    pytest.param("The fine was 50 pounds.", [eq("50 pounds", "money", "50", "GBP")],
                 id="pounds-after-fine"),
    pytest.param("He paid 50 pounds sterling.",
                 [eq("50 pounds sterling", "money", "50", "GBP")], id="pounds-sterling"),
    pytest.param("It cost £50 million.", [eq("£50 million", "money", "50000000", "GBP")],
                 id="pound-sign"),
]


@pytest.mark.parametrize(("text", "wanted"),
                         [*SCALE_SUFFIXES, *NAMES_AND_SYMBOLS, *MONEY_CONTEXT])
def test_currency(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


def test_pounds_of_weight_are_not_money() -> None:
    claims = extract_claims("The stone weighs 50 pounds.", LANG)
    assert all(c.kind != "money" for c in claims)


def test_special_codes_and_old_currencies_are_not_currency_words() -> None:
    words = get_profile(LANG).currency_words
    assert words["swiss francs"] == "CHF"
    assert "gold" not in words and "german mark" not in words
    assert currency_codes()["NZD"] == "NZD"
    assert "TOP" not in currency_codes()

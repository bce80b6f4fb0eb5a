"""A currency's symbol at home (CLDR, the locales of the territories that use it) reads in
English text; a symbol several currencies share ("Rs": common.toml [currencies]
shared_symbols) takes the one of them the document names elsewhere, and with none, like a
unit word ("Ft" is also feet), gives no amount rather than a guessed one (issue #14)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("Taxis go to Thimphu (Nu 120) and Haa (Nu 300).",
                 [eq("Nu 120", "money", "120", "BTN"), eq("Nu 300", "money", "300", "BTN")],
                 id="ngultrum"),
    pytest.param("The fare is Ksh 1,000.", [eq("Ksh 1,000", "money", "1000", "KES")],
                 id="shilling-kenya"),
    pytest.param("He paid TSh 2,000 and USh 3,000.",
                 [eq("TSh 2,000", "money", "2000", "TZS"),
                  eq("USh 3,000", "money", "3000", "UGX")], id="shillings-tz-ug"),
    pytest.param("A beer costs Kč 50.", [eq("Kč 50", "money", "50", "CZK")], id="koruna"),
    pytest.param("Cocoa farmers earn GH₵ 20 a day.", [eq("GH₵ 20", "money", "20", "GHS")],
                 id="cedi"),
    # As the region's press writes them, where CLDR has another form ([currencies] symbols).
    pytest.param("The KSh 1 billion budget was passed.",
                 [eq("KSh 1 billion", "money", "1000000000", "KES")], id="shilling-press"),
    pytest.param("It cost Tk 500 crore.", [eq("Tk 500 crore", "money", "5000000000", "BDT")],
                 id="taka"),
    pytest.param("It cost Tk. 500 crore.",
                 [eq("Tk. 500 crore", "money", "5000000000", "BDT")], id="taka-dotted"),
    pytest.param("Tickets cost Rs 500 in Colombo.", [], id="rupee-shared-symbol"),
    # With its dot, glued or spaced: still the shared symbol (no count of 3 billion), and
    # the dot before a digit ends no sentence.
    pytest.param("He paid Rs. 300 crore.", [], id="rupee-dotted"),
    pytest.param("He paid Rs.300 crore.", [], id="rupee-dotted-glued"),
    # A shared symbol takes the one of its currencies the document names elsewhere.
    pytest.param("In India he paid Rs 300 crore, or 3,000 crore rupees in all.",
                 [eq("Rs 300 crore", "money", "3000000000", "INR"),
                  eq("3,000 crore rupees", "money", "30000000000", "INR")], id="rupee-named"),
    pytest.param("Tickets cost Rs 500 or 1,000 Sri Lankan rupees.",
                 [eq("Rs 500", "money", "500", "LKR"),
                  eq("1,000 Sri Lankan rupees", "money", "1000", "LKR")], id="rupee-sri-lanka"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_home_symbols(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""English colloquial money: "bucks" (US dollars), "quid" (pounds), "rmb" (yuan), "N grand"
(thousands of an unnamed currency: no claim), and pence written after pounds ("3 pounds
50")."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "en"

CASES = [
    pytest.param("It costs 10 bucks.", [eq('10 bucks', 'money', '10', 'USD')], id="bucks"),
    pytest.param("He paid 20 quid a head.", [eq('20 quid', 'money', '20', 'GBP')], id="quid"),
    pytest.param("It costs 5 rmb.", [eq('5 rmb', 'money', '5', 'CNY')], id="rmb"),
    pytest.param("He earned 50 grand.", [], id="grand-unread"),
    pytest.param("It costs 3 pounds 50.", [eq('3 pounds 50', 'money', '3.5', 'GBP')],
                 id="pounds-pence"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_colloquial_money(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

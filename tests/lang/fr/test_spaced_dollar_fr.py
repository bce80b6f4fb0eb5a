"""French typography spaces the letters that name a dollar after its sign ("5 $ CA",
"10 $ HK" for "$CA", "HK$"); a "$" alone stays the US dollar."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "fr"

CASES = [
    pytest.param("Il a payé 5 $ CA.", [eq("5 $ CA", "money", "5", "CAD")], id="ca"),
    pytest.param("Les exportations ont atteint 10,05 milliards de $ HK.",
                 [eq("10,05 milliards de $ HK", "money", "10050000000", "HKD")], id="hk"),
    pytest.param("Un billet de 20 $ US suffit.", [eq("20 $ US", "money", "20", "USD")],
                 id="us"),
    pytest.param("Ces 5 $ coûtent cher.", [eq("5 $", "money", "5", "USD")], id="word-after"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_spaced_dollar(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

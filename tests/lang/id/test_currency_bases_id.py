"""Indonesian currency names keep their territory ("Naira Nigeria"); Zimbabwe Gold's
"emas" is the word gold ("5 emas": five gold medals). Latin-script names keep their
territory: what is left is too often a word ("70 lari" are 70 runs, not Georgian lari)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Harganya 445 Naira Nigeria.",
                 [eq("445 Naira Nigeria", "money", "445", "NGN")], id="naira-with-land"),
    pytest.param("Ia mencetak 70 lari dari 41 bola.",
                 [eq("70", "count", "70", "lari"), eq("41", "count", "41", "bola")],
                 id="lari-is-runs"),
    pytest.param("Tim itu meraih 5 emas.", [eq("5", "count", "5", "emas")], id="emas-is-gold"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_currency_bases(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Indonesian forms found by faithful five-language stories (fifteenth round): a season
written "2023/2024" is one range of years, and "dolar Taiwan" is CLDR's "Dolar Baru
Taiwan" without "Baru"."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "id"

CASES = [
    pytest.param("Musim 2023/2024 berakhir dengan rekor pendapatan.",
                 [date("2023/2024", "2023/2024", "range")], id="season-slash"),
    pytest.param("Biayanya 148,5 miliar dolar Taiwan.",
                 [eq("148,5 miliar dolar Taiwan", "money", "148500000000", "TWD")],
                 id="dolar-taiwan"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round15(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

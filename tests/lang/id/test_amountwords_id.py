"""Indonesian: a fraction right after a digit number adds to it ("2 setengah tahun",
"1 setengah juta"); after a scale word with no join it has no exact reading."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "id"

CASES = [
    pytest.param("Butuh 2 setengah tahun.",
                 [eq('2 setengah tahun', 'duration', '2.5', 'year')], id="digits-setengah"),
    pytest.param("Ada 1 setengah juta orang.",
                 [eq('1 setengah juta', 'count', '1500000', 'orang')],
                 id="digits-setengah-scale"),
    pytest.param("Ada 2 juta setengah orang.", [], id="scale-setengah-unread"),
    pytest.param("Sebanyak 4 setengah dari mereka.", [], id="setengah-dari"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_amount_words(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

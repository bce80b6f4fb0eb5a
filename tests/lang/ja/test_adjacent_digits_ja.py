"""Two consecutive kanji digits side by side name two numbers at once, an approximate range
(二三十人 = 20 or 30 people); read digit by digit they would be a wrong value (23)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, rng

LANG = "ja"

CASES = [
    pytest.param("二三十人が負傷した。", [rng("二三十人", "count", "20", "30", "people")],
                 id="tens"),
    pytest.param("五六百人が集まった。", [rng("五六百人", "count", "500", "600", "people")],
                 id="hundreds"),
    pytest.param("被害は七八億円に上る。",
                 [rng("七八億円", "money", "700000000", "800000000", "JPY")], id="oku-money"),
    pytest.param("三五人が残った。", [], id="not-consecutive"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_adjacent_digits(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""A kanji numeral with a unit or scale, then digits (二万5千円) is one number; read apart its
halves were two wrong values (20,000 and 5,000)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("二万5千円を支払った。", [eq("二万5千円", "money", "25000", "JPY")],
                 id="man-sen"),
    pytest.param("三千5百万人が視聴した。", [eq("三千5百万人", "count", "35000000", "people")],
                 id="sen-hyakuman"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_han_led_mixed(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

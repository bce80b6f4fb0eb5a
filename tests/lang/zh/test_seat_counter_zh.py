"""席/议席 count seats (zh): "赢得212席", "从仅3席增至28席"; 主席 (chairman) has no number."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("执政联盟赢得212席，未能达到过半数所需的233席。",
                 [eq("212席", "count", "212", "seats"), eq("233席", "count", "233", "seats")],
                 id="seats"),
    pytest.param("新政党从仅3席增至28席。",
                 [eq("3席", "count", "3", "seats"), eq("28席", "count", "28", "seats")],
                 id="change"),
    pytest.param("主席表示将继续改革。", [], id="chairman"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_seat_counter(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

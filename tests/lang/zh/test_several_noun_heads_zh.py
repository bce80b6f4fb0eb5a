"""数 after a character that makes it the second half of a noun (人数 "the number of
people", 无数/無数 "countless", 半数 "half"; [several_noun_heads] chars) is no "several":
人数升至 was read as "several litres" (数升), 无数人 as 2 to 9 people."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "zh"

CASES = [
    pytest.param("死亡人数升至40人。", [eq('40人', 'count', '40', 'people')], id="number-of"),
    pytest.param("无数人受伤。", [], id="noun-a"),
    pytest.param("半数人反对。", [eq("半数人", "percent", "50", "percent")], id="noun-b"),
    pytest.param("造成数人死亡。",
                 [Want('数人', 'count', '2', '9', 'several', 'people')],
                 id="several-stays"),
    pytest.param("每天数千人涌入。",
                 [Want('数千人', 'count', '2000', '9999', 'several', 'people')],
                 id="day-then-several"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_several_noun_heads(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Japanese: a number running into a vague word is read whole, a several amount of the
place below it added (十数人: 11 to 19; 百数十人: 110 to 190; 二十数年: 21 to 29 years),
never as 数人 (2 to 9); 数十人 alone stays vague."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims

LANG = "ja"

CASES = [
    pytest.param("十数人が負傷した。",
                 [Want('十数人', 'count', '11', '19', 'several', 'people')],
                 id="jusu-nin"),
    pytest.param("百数十人が死亡した。",
                 [Want('百数十人', 'count', '110', '190', 'several', 'people')],
                 id="hyakusuju-nin"),
    pytest.param("二十数年ぶりの快挙だ。",
                 [Want('二十数年', 'duration', '21', '29', 'several', 'year')],
                 id="nijusu-nen"),
    pytest.param("数十人が負傷した。",
                 [Want('数十人', 'count', '20', '99', 'several', 'people')],
                 id="suju-nin"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_han_decimals_and_vague_compounds(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Japanese Han numerals: a last digit after 百/千 counts units (百一 = 101; Chinese reads
一百一 as 110), after 万 it is unread (二万五); numbers joined by ・ (三・四人: three or four
people; 三・五: 3.5) are unread rather than read as the second alone."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("百一匹の犬。", [eq('百一匹', 'count', '101', 'animals')], id="hyaku-ichi"),
    pytest.param("三千五百人が参加。", [eq('三千五百人', 'count', '3500', 'people')],
                 id="full-places"),
    pytest.param("二万五人が参加。", [], id="elided-after-man-unread"),
    pytest.param("会場には百二万人が集まった。", [eq('百二万人', 'count', '1020000', 'people')],
                 id="hyaku-ni-man"),
    pytest.param("三・四人が来た。", [], id="three-or-four"),
    pytest.param("三・五百万ドルを投じた。", [], id="nakaguro-point"),
    pytest.param("ジョン・スミス氏ら三人。", [eq('三人', 'count', '3', 'people')],
                 id="name-dot-not-a-number"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_han_places(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

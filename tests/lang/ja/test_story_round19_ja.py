"""Japanese forms found by faithful five-language stories (nineteenth round): the decimal
point newspapers print as ・ between runs of digits, before a percent sign, points, a
multiplier or after a zero (０・０２％, １・２ポイント); between other numbers it stays
unread (三・四人: three or four people; １・２月: January and February). キロ is a
kilogram where goods are priced, taxed or eaten by it (コメ5キロ当たりの平均価格). Two days
of a month that follow each other are one span (2月3日と4日)."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "ja"

CASES = [
    pytest.param("比率は０・０２％で、９・４％に上昇し、１・２ポイント増えた。",
                 [eq("０・０２％", "percent", "0.02", "percent"),
                  eq("９・４％", "percent", "9.4", "percent"),
                  eq("１・２ポイント", "percent", "1.2", "percentage point")],
                 id="point-before-a-percent"),
    pytest.param("輸出は３・５倍に増えた。",
                 [eq("３・５倍", "multiplier", "3.5", "times")],
                 id="point-before-a-multiplier"),
    pytest.param("三・四人が負傷した。", [], id="three-or-four-people"),
    pytest.param("１・２位を占めた。", [], id="first-and-second"),
    pytest.param("コメ5キロ当たりの平均価格が4285円に上昇した。",
                 [eq("5キロ", "quantity", "5", "kilogram"),
                  eq("4285円", "money", "4285", "JPY")],
                 id="kilo-of-a-price"),
    pytest.param("1人当たり消費量は年間約51キロだった。",
                 [eq("約51キロ", "quantity", "51", "kilogram", "approx")],
                 id="kilo-of-consumption"),
    pytest.param("ガソリン価格が上がり、100キロ走行するのに1万円かかる。",
                 [eq("100キロ", "quantity", "100", "kilometer"),
                  eq("1万円", "money", "10000", "JPY")],
                 id="kilo-of-a-drive-near-a-price"),
    pytest.param("会議は2月3日と4日に開かれた。",
                 [date("2月3日と4日", None, "range", relative="month without year")],
                 id="two-days-that-follow"),
    pytest.param("会議は2月3日と10日に開かれた。",
                 [date("2月3日", None, relative="month without year"),
                  date("10日", None, relative="month without year")],
                 id="two-days-apart"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round19(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

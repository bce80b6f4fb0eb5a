"""Japanese forms found by faithful five-language stories (nineteenth round): the decimal
point newspapers print as ・ between runs of digits, before a percent sign, points, a
multiplier or after a zero (０・０２％, １・２ポイント); between other numbers it stays
unread (三・四人: three or four people; １・２月: January and February). キロ is a
kilogram where goods are priced, taxed or eaten by it (コメ5キロ当たりの平均価格). Two days
of a month that follow each other are one span (2月3日と4日). A year written with its
last two digits alone (23年の, 26年も) is that year near the story's date."""

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
    # A two-digit year alone is a year where the story states it or it is within two
    # years of the story's date (the dateline's), unless a span word stands by it.
    pytest.param("【オタワ＝2025年10月30日】火災は5584件で、23年の6623件を下回った。"
                 "当局は26年も平均を上回ると予想した。",
                 [date("2025年10月30日", "2025-10-30"),
                  eq("5584件", "count", "5584", "items"),
                  date("23年", "2023", relative="year without century", anchor="2025-10"),
                  eq("6623件", "count", "6623", "items"),
                  date("26年", "2026", relative="year without century", anchor="2025-10")],
                 id="short-year-alone"),
    pytest.param("【ソウル＝2025年3月27日】同機は機齢23年で、過去23年の平均を上回った。"
                 "返済期間は29年から32年に延びた。",
                 [date("2025年3月27日", "2025-03-27"),
                  eq("23年", "duration", "23", "year"),
                  eq("23年", "duration", "23", "year"),
                  Want("29年から32年", "duration", "29", "32", "range", "year")],
                 id="short-year-alone-spans"),
    pytest.param("物価上昇率は26年2.8%と予測した。",
                 [eq("26年", "duration", "26", "year"),
                  eq("2.8%", "percent", "2.8", "percent")],
                 id="short-year-alone-without-a-story-date"),
    pytest.param("次回会合は５月６、７日に予定されている。",
                 [date("５月６、７日", None, "range", relative="month without year")],
                 id="first-of-two-days-without-its-marker"),
    pytest.param("会合は5月6、8日。",
                 [date("5月6", None, relative="month without year"),
                  date("8日", None, relative="month without year")],
                 id="first-of-two-days-apart"),
    pytest.param("5月6、7人が参加した。",
                 [date("5月", None, relative="month without year"),
                  Want("6、7人", "count", "6", "7", "range", "people")],
                 id="month-then-people"),
    pytest.param("コメ価格は18週連続で値上がりした。",
                 [eq("18週連続", "duration", "18", "week")],
                 id="weeks-in-a-row"),
    pytest.param("欧州委員会は40年までに排出量を90％削減する。",
                 [date("40年", None, relative="year without century"),
                  eq("90％", "percent", "90", "percent")],
                 id="short-year-of-a-deadline"),
    pytest.param("この区間は14日ごとに点検している。",
                 [eq("14日ごと", "duration", "14", "day")],
                 id="every-fourteen-days"),
    pytest.param("瀬戸内銀の森健二頭取（61）は記者会見した。", [],
                 id="bank-president-is-no-counter"),
    pytest.param("牛二頭が逃げた。", [eq("二頭", "count", "2", "animals")],
                 id="two-head-of-cattle"),
    pytest.param("価格は1年前より40ドル高かった。",
                 [eq("40ドル", "money", "40", "USD")],
                 id="base-of-a-comparison"),
    pytest.param("価格は1年前と比べ5%上昇した。",
                 [eq("5%", "percent", "5", "percent")],
                 id="base-compared-with"),
    pytest.param("3年前に退社した。",
                 [eq("3年", "duration", "3", "year")],
                 id="ago-without-comparison"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round19(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Japanese forms found by faithful five-language stories (fifteenth round): a range of
counts whose first end looks like a year (2000～3000枚), 最高/最低/最大 before a noun
(a compound: 最高気温, 最低賃金) or after 過去 (a record) are no bounds, and one unit before
当たり is a rate's denominator, however long the unit's name."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq, q, rng

LANG = "ja"

CASES = [
    pytest.param("チケットは2000～3000枚が販売される。",
                 [rng("2000～3000枚", "count", "2000", "3000", "sheets")], id="count-range-2000"),
    pytest.param("観客は1800～2000人が集まる。",
                 [rng("1800～2000人", "count", "1800", "2000", "people")], id="count-range-1800"),
    pytest.param("コルドバで最高気温46.2度を記録した。",
                 [q("46.2度", "46.2", "degree_Celsius")], id="max-temperature-no-bound"),
    pytest.param("最低賃金1000円に引き上げる。", [eq("1000円", "money", "1000", "JPY")],
                 id="minimum-wage-no-bound"),
    pytest.param("費用は最大で24億ドルに達する可能性がある。",
                 [Want("最大で24億ドル", "money", None, "2400000000", "lte", "USD")],
                 id="saidai-de-still-bound"),
    pytest.param("損失は最大24億ドル。",
                 [Want("最大24億ドル", "money", None, "2400000000", "lte", "USD")],
                 id="saidai-still-bound"),
    pytest.param("人口密度は1平方キロメートル当たり74人。", [eq("74人", "count", "74", "people")],
                 id="per-square-kilometre"),
    pytest.param("全長24.8キロで20駅を設け、うち14駅が地下駅。",
                 [q("24.8キロ", "24.8", "kilometer"), eq("20駅", "count", "20", "stations"),
                  eq("14駅", "count", "14", "stations")], id="stations"),
    pytest.param("全国14地域で人口が減少した。", [eq("14地域", "count", "14", "regions")],
                 id="regions"),
    pytest.param("今年の夏は暑い。", [], id="this-summer"),
    pytest.param("当局者によると、水温は約26度で、生存者が見つかる可能性は低い。",
                 [q("約26度", "26", "degree_Celsius", "approx")], id="water-temperature"),
    pytest.param("日銀は政策金利を0.25％幅引き上げた。",
                 [eq("0.25％幅", "percent", "0.25", "percentage point")], id="percent-haba"),
    pytest.param("総トン数537トンの同船には車両22台も積まれていた。",
                 [q("537トン", "537", "metric_ton"), eq("22台", "count", "22", "machines")],
                 id="gross-tonnage-no-several"),
    pytest.param("数10万円の損失。",
                 [Want("数10万円", "money", "200000", "900000", "several", "JPY")],
                 id="several-tens-in-digits"),
    pytest.param("平均点は20点満点中12.4点だった。", [], id="out-of-twenty"),
    pytest.param("金利が3.5％を下回る可能性がある。",
                 [Want("3.5％を下回る", "percent", None, "3.5", "lt", "percent")],
                 id="shitamawaru"),
    pytest.param("競売は2025年5月14日に行われた。この作品は1958年に祖父が購入した。次の競売は6月24日だ。",
                 [date("2025年5月14日", "2025-05-14"), date("1958年", "1958"),
                  date("6月24日", "2025-06-24", relative="month without year",
                       anchor="2025-05")], id="passing-year-inside-sentence"),
    pytest.param("ピークは10～14日後になる見通しだ。",
                 [rng("10～14日", "duration", "10", "14", "day")], id="days-later-range"),
    pytest.param("ピークは14日後になる見通しだ。", [eq("14日", "duration", "14", "day")],
                 id="days-later"),
    pytest.param("4月3日に発表した。",
                 [date("4月3日", None, relative="month without year")], id="day-of-month-stays"),
    pytest.param("コースの最高34度の暑さの中で行われた。",
                 [Want("最高34度", "quantity", None, "34", "lte", "degree_Celsius")],
                 id="heat-cue"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round15(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Japanese measured quantities, magnitudes, temperatures and percentage points."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q, qrange

LANG = "ja"


def check(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)




QUANTITIES = [
    pytest.param("人工衛星は地球の上空491マイルのところで衝突しました。",
                 [q("491マイル", "491", "mile")], id="mile"),
    pytest.param("ラプラタ市はブエノスアイレスから50キロ離れています。",
                 [q("50キロ", "50", "kilometer")], id="kiro"),
    pytest.param("震源地は北約20 kmの地点でした。",
                 [q("約20 km", "20", "kilometer", "approx")], id="km"),
    pytest.param("橋の長さは378メートルです。", [q("378メートル", "378", "meter")], id="meter"),
    pytest.param("公園の面積は19,500 km2にわたります。",
                 [q("19,500 km2", "19500", "square_kilometer")], id="km2"),
    pytest.param("重さが1,000ポンドの人工衛星が衝突しました。",
                 [q("1,000ポンド", "1000", "pound")], id="pound-weight"),
    pytest.param("人工衛星は時速約17,500マイルで移動していました。",
                 [q("時速約17,500マイル", "17500", "mile / hour", "approx")], id="jisoku-mile"),
    pytest.param("新しい列車は時速300キロで走ります。",
                 [q("時速300キロ", "300", "kilometer / hour")], id="jisoku-kiro"),
    pytest.param("制限速度は一般的に時速35～40マイルです。",
                 [qrange("時速35～40マイル", "35", "40", "mile / hour")], id="jisoku-range"),
    pytest.param("東京の最高気温は摂氏35度に達しました。",
                 [q("摂氏35度", "35", "degree_Celsius")], id="sesshi"),
    pytest.param("札幌の最低気温は氷点下12度でした。",
                 [q("氷点下12度", "-12", "degree_Celsius")], id="hyoutenka"),
    pytest.param("札幌の最低気温はマイナス12度でした。",
                 [q("マイナス12度", "-12", "degree_Celsius")], id="mainasu"),
    pytest.param("東京では35℃を記録しました。", [q("35℃", "35", "degree_Celsius")],
                 id="celsius-sign"),
    pytest.param("マグニチュード6.8の地震が発生しました。",
                 [q("マグニチュード6.8", "6.8", "magnitude")], id="magnitude"),
    pytest.param("M6.8の地震が発生しました。", [q("M6.8", "6.8", "magnitude")], id="M"),
    pytest.param("支持率は3ポイント上昇して45%となりました。",
                 [eq("3ポイント", "percent", "3", "percentage point"),
                  eq("45%", "percent", "45", "percent")], id="points-with-percent"),
]

NON_QUANTITIES = [
    pytest.param("選手は3ポイントシュートを決めました。", [], id="points-without-percent"),
    # ポンド is also the pound sterling: money with a paying cue, else no claim.
    pytest.param("彼は罰金として1,000ポンドを支払いました。",
                 [eq("1,000ポンド", "money", "1000", "GBP")], id="pound-paid-is-money"),
    pytest.param("彼は1,000ポンドを得ました。", [], id="pound-unsure"),
]


@pytest.mark.parametrize(("text", "wanted"), [*QUANTITIES, *NON_QUANTITIES])
def test_quantities(text: str, wanted: list[Want]) -> None:
    check(text, wanted)


def test_kiro_of_weight_is_a_kilogram() -> None:
    check("その男性の体重は60キロでした。", [q("60キロ", "60", "kilogram")])

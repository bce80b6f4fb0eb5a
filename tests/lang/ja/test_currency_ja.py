"""Japanese money: CLDR currency names plus short forms, scales, money context."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq
from reconcile import extract_claims

LANG = "ja"

CURRENCIES = [
    pytest.param("総額は1兆円に達した。", [eq("1兆円", "money", "1000000000000", "JPY")],
                 id="cho-yen"),
    pytest.param("費用は1000ドルだった。", [eq("1000ドル", "money", "1000", "USD")], id="doru"),
    pytest.param("費用は2,000米ドルだった。", [eq("2,000米ドル", "money", "2000", "USD")],
                 id="bei-doru"),
    pytest.param("予算は3億ユーロだ。", [eq("3億ユーロ", "money", "300000000", "EUR")],
                 id="euro"),
    pytest.param("売上は100億ウォンだ。", [eq("100億ウォン", "money", "10000000000", "KRW")],
                 id="won"),
    pytest.param("売上は5億ルピアだ。", [eq("5億ルピア", "money", "500000000", "IDR")],
                 id="rupiah"),
    pytest.param("売上は3億人民元だ。", [eq("3億人民元", "money", "300000000", "CNY")],
                 id="jinmingen"),
    pytest.param("売上は3億元だ。", [eq("3億元", "money", "300000000", "CNY")], id="gen"),
    pytest.param("政府は4500万豪ドルを投じた。",
                 [eq("4500万豪ドル", "money", "45000000", "AUD")], id="go-doru"),
    pytest.param("売上は5億香港ドルだ。", [eq("5億香港ドル", "money", "500000000", "HKD")],
                 id="honkon-doru"),
    pytest.param("価格は500カナダドルだ。", [eq("500カナダドル", "money", "500", "CAD")],
                 id="cldr-name-joined"),
    pytest.param("価格は500コンゴフランほど。",
                 [eq("500コンゴフランほど", "money", "500", "CDF", "approx")], id="cldr-name"),
    pytest.param("価格は¥500だ。", [eq("¥500", "money", "500", "JPY")], id="yen-sign"),
    pytest.param("費用は2億ポンドだった。", [eq("2億ポンド", "money", "200000000", "GBP")],
                 id="pondo-after-cue"),
    pytest.param("費用は2億英ポンドだった。", [eq("2億英ポンド", "money", "200000000", "GBP")],
                 id="ei-pondo"),
    # The verb comes last: a money cue after the amount, in its own clause, also counts.
    pytest.param("政府は23億ポンドを追加支出する。",
                 [eq("23億ポンド", "money", "2300000000", "GBP")], id="pondo-cue-after"),
    pytest.param("体重は150ポンドで、費用は別だった。", [], id="pondo-cue-in-next-clause"),
]


@pytest.mark.parametrize(("text", "wanted"), CURRENCIES)
def test_currency(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


def test_pounds_of_weight_are_not_money() -> None:
    claims = extract_claims("重さが1,000ポンドを超えた。", LANG)
    assert all(c.kind != "money" for c in claims)


def test_an_era_is_not_yuan() -> None:
    # CLDR's Japanese symbol of the yuan is 元; written before a number it is no currency.
    claims = extract_claims("紀元400年頃に栄えた。", LANG)
    assert all(c.kind != "money" for c in claims)

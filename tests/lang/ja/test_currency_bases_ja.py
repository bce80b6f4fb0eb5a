"""A currency's name without the territory CLDR writes in it ("ナイジェリア ナイラ":
ナイラ) names it when no other currency has that name left (ドル, フラン do not);
amounts in yen and sen, dollars and cents are one amount; 万億 is a myriad of 億."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq

LANG = "ja"

CASES = [
    pytest.param("445ナイラで両替する。", [eq("445ナイラ", "money", "445", "NGN")], id="naira"),
    pytest.param("運賃は150ニュルタムだ。", [eq("150ニュルタム", "money", "150", "BTN")],
                 id="ngultrum"),
    pytest.param("日経平均は2222円13銭だった。",
                 [eq("2222円13銭", "money", "2222.13", "JPY")], id="yen-sen"),
    pytest.param("毎月545ドルと5セントを使う。",
                 [eq("545ドルと5セント", "money", "545.05", "USD")], id="dollars-and-cents"),
    pytest.param("1ドルと0.5ドルを比べる。",
                 [eq("1ドル", "money", "1", "USD"), eq("0.5ドル", "money", "0.5", "USD")],
                 id="two-amounts"),
    pytest.param("再編には一万億円が必要だ。", [eq("一万億円", "money", "1000000000000", "JPY")],
                 id="han-man-oku"),
    pytest.param("再編には1万億円が必要だ。", [eq("1万億円", "money", "1000000000000", "JPY")],
                 id="digits-man-oku"),
    pytest.param("次の停車駅は銭函です。", [], id="sen-in-a-name"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_currency_bases(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

"""Japanese forms found by faithful five-language stories (seventeenth round): a headline's
突破 (without を) exceeds; 14日連続 is a span of days; センチ is centimetres; 工場 and 編成
count plants and trainsets; bp is a basis point."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, eq, q

LANG = "ja"

CASES = [
    pytest.param("人口が４８６０万人突破",
                 [Want("４８６０万人突破", "count", "48600000", None, "gt", "people")],
                 id="headline-tops"),
    pytest.param("気温が40度を超える日は14日連続となった。",
                 [Want("40度を超える", "quantity", "40", None, "gt", "degree_Celsius"),
                  eq("14日連続", "duration", "14", "day")], id="consecutive-days"),
    pytest.param("幅60センチの縦坑。", [q("60センチ", "60", "centimeter")], id="senchi"),
    pytest.param("2工場で生産を停止する。", [eq("2工場", "count", "2", "plants")],
                 id="counter-factories"),
    pytest.param("１６編成を導入する。", [eq("１６編成", "count", "16", "trainsets")],
                 id="counter-trainsets"),
    pytest.param("日銀は政策金利を25bp引き上げた。",
                 [eq("25bp", "percent", "0.25", "percentage point")], id="basis-points-bp"),
    pytest.param("フィリピン政府は2500万ペソを拠出した。",
                 [eq("2500万ペソ", "money", "25000000", "PHP")], id="peso-philippines"),
    pytest.param("原油価格は1バレル78.40ドルと、1年前の86.10ドルを下回った。",
                 [eq("78.40ドル", "money", "78.4", "USD"), eq("86.10ドル", "money", "86.1", "USD")],
                 id="a-year-ago-reference"),
    pytest.param("マグニチュード（M）4.1の地震が起きた。",
                 [eq("マグニチュード（M）4.1", "quantity", "4.1", "magnitude")],
                 id="magnitude-with-m"),
    pytest.param("ワクチンはマイナス70度での保管が必要だ。",
                 [q("マイナス70度", "-70", "degree_Celsius")], id="minus-degrees"),
    pytest.param("2～8度で最長6カ月保存できる。",
                 [Want("2～8度", "quantity", "2", "8", "range", "degree_Celsius"),
                  Want("最長6カ月", "duration", None, "6", "lte", "month")],
                 id="storage-degrees"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_story_round17(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

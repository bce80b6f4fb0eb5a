"""Japanese forms seen wrong in the dev data (#14): a spaced range dash, rates per a round
denominator and vague amounts times a scale word."""

from __future__ import annotations

import pytest

from extractcases import Want, check_claims, date, eq

LANG = "ja"

CASES = [
    pytest.param("咽頭痛は (13 -25%) に見られた。",
                 [Want("13 -25%", "percent", "13", "25", "range", "percent")],
                 id="spaced-dash-is-range"),
    pytest.param("発症率は0.31/10万だった。", [], id="rate-slash-10-man"),
    pytest.param("発症率は人口10万人あたり0.31人だった。", [], id="rate-10-man-nin-atari"),
    pytest.param("1人当たり5,000円を支給した。", [eq("5,000円", "money", "5000", "JPY")],
                 id="per-person-is-no-round-denominator"),
    pytest.param("1枚50米セントだった。", [eq("50米セント", "money", "0.5", "USD")],
                 id="us-cents"),
    pytest.param("数十万件の検査が遅れた。",
                 [Want("数十万件", "count", "200000", "990000", "several", "items")],
                 id="su-juu-man"),
]

DEVGOLD = [
    pytest.param("当初の推定値は1.4から2.4だった。", [], id="fraction-range-of-nothing"),
    pytest.param("致死率は6.0%（97,039/1,617,204）だった。",
                 [eq("6.0%", "percent", "6.0", "percent"),
                  eq("97,039", "count", "97039", None),
                  eq("1,617,204", "count", "1617204", None)], id="grouped-count-ratio"),
    pytest.param("費用は26億ドル（2013年のドル換算）。結果は4月に出る。",
                 [eq("26億ドル", "money", "2600000000", "USD"), date("2013年", "2013"),
                  date("4月", None,
                       relative="month without year")], id="price-level-year-anchors-nothing"),
]


@pytest.mark.parametrize(("text", "wanted"), [*CASES, *DEVGOLD])
def test_devfix(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)

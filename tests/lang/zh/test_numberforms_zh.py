"""Chinese number forms (Simplified 万/亿 and Traditional 萬/億): digit + Han unit
compounds, Han numerals, full-width digits and signs. Each case asserts surface, kind,
exact value and unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractcases import Want, check_claims, date, eq
from reconcile import extract_claims

LANG = "zh"

COMPOUNDS = [
    # Text spaced between digits and Han characters writes the same compounds with spaces.
    pytest.param("该公司投资了 3 万 4,500 元。",
                 [eq("3 万 4,500 元", "money", "34500", "CNY")], id="spaced-wan-digits"),
    pytest.param("该公司营收为 36 亿 8,000 万美元。",
                 [eq("36 亿 8,000 万美元", "money", "3680000000", "USD")], id="spaced-yi-wan"),
    pytest.param("共有 3 万 2 千人参加。",
                 [eq("3 万 2 千人", "count", "32000", "people")], id="spaced-wan-qian"),
    pytest.param("共有 3 万人参加。", [eq("3 万人", "count", "30000", "people")],
                 id="spaced-wan-alone"),
    # "3万5" is 30,005 or 35,000: no claim, never the pieces (30,000 and 5 people).
    pytest.param("共有 3 万 5 人参加。", [], id="spaced-ambiguous-tail"),
    # A year after the scale word is a number of its own.
    pytest.param("约 5 万人，2019 年统计。",
                 [eq("约 5 万人", "count", "50000", "people", "approx"), date("2019 年", "2019")],
                 id="spaced-year-after"),
    pytest.param("该市共有3万6789人参加了活动。",
                 [eq("3万6789人", "count", "36789", "people")], id="wan-digits"),
    pytest.param("该公司营收为36亿8,000万美元。",
                 [eq("36亿8,000万美元", "money", "3680000000", "USD")], id="yi-grouped-wan"),
    pytest.param("该公司营收为36億8,000萬美元。",
                 [eq("36億8,000萬美元", "money", "3680000000", "USD")], id="hant-yi-wan"),
    pytest.param("约2万5千人参加了集会。",
                 [eq("约2万5千人", "count", "25000", "people", "approx")], id="wan-qian"),
    pytest.param("共有4千人参加了集会。",
                 [eq("4千人", "count", "4000", "people")], id="digit-qian"),
    pytest.param("该公司投资了5百万美元。",
                 [eq("5百万美元", "money", "5000000", "USD")], id="digit-bai-wan"),
    pytest.param("该公司筹集了3亿5千万元。",
                 [eq("3亿5千万元", "money", "350000000", "CNY")], id="yi-qian-wan"),
    pytest.param("该公司筹集了3億5千萬元。",
                 [eq("3億5千萬元", "money", "350000000", "CNY")], id="hant-yi-qian-wan"),
    pytest.param("总额达到1亿2345万6789元。",
                 [eq("1亿2345万6789元", "money", "123456789", "CNY")], id="yi-wan-digits"),
    pytest.param("该公司筹集了2.7亿元。",
                 [eq("2.7亿元", "money", "270000000", "CNY")], id="decimal-yi"),
    pytest.param("该国债务达3万亿美元。",
                 [eq("3万亿美元", "money", "3000000000000", "USD")], id="wanyi"),
]

HAN = [
    pytest.param("事故造成二十五人受伤。",
                 [eq("二十五人", "count", "25", "people")], id="ershiwu"),
    pytest.param("该市有三百五十万人。",
                 [eq("三百五十万人", "count", "3500000", "people")], id="sanbaiwushiwan"),
    pytest.param("会场聚集了一千二百人。",
                 [eq("一千二百人", "count", "1200", "people")], id="yiqianerbai"),
    pytest.param("会场聚集了一千二人。",
                 [eq("一千二人", "count", "1200", "people")], id="yiqianer-colloquial"),
    pytest.param("该公司筹集了两万五元。",
                 [eq("两万五元", "money", "25000", "CNY")], id="liangwanwu-colloquial"),
    pytest.param("会场聚集了一千零二人。",
                 [eq("一千零二人", "count", "1002", "people")], id="ling"),
]

FULL_WIDTH = [
    pytest.param("该公司筹集了２．７亿元。",
                 [eq("２．７亿元", "money", "270000000", "CNY")], id="decimal-yi"),
    pytest.param("共有４，５００人参加了集会。",
                 [eq("４，５００人", "count", "4500", "people")], id="grouped"),
    pytest.param("物价上涨了６．２％。",
                 [eq("６．２％", "percent", "6.2", "percent")], id="decimal-percent"),
    pytest.param("出口增长－３％。",
                 [eq("－３％", "percent", "-3", "percent")], id="minus-percent"),
    pytest.param("参加者有３～５人。",
                 [Want("３～５人", "count", "3", "5", "range", "people")], id="range-wave"),
    # A full-width comma between ASCII digits is list punctuation, never a digit group.
    # (6.47 is a ratio of nothing counted: no count claim; the comma joins nothing.)
    pytest.param("比值高达6.47，置信区间为95%。",
                 [eq("95%", "percent", "95", "percent")], id="fullwidth-comma-is-punctuation"),
]

NON_CLAIMS = [
    pytest.param("该党获得了2万5的选票。", [], id="ambiguous-lone-digit"),
]


@pytest.mark.parametrize(("text", "wanted"), [*COMPOUNDS, *HAN, *FULL_WIDTH, *NON_CLAIMS])
def test_number_forms(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


def _wan_form(n: int, yi: str, wan: str) -> str:
    parts = []
    for word, size in ((yi, 10**8), (wan, 10**4)):
        if n >= size:
            parts.append(f"{n // size}{word}")
            n %= size
    return "".join(parts) + (str(n) if n else "")


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=10**4, max_value=10**12 - 1).filter(lambda n: n % 10**4 >= 10
                                                                 or n % 10**4 == 0),
       st.sampled_from([("亿", "万"), ("億", "萬")]))
def test_wan_compounds_parse_back(n: int, words: tuple[str, str]) -> None:
    form = _wan_form(n, *words)
    claims = extract_claims(f"总额达到{form}元。", LANG)
    assert [(c.surface, c.low, c.unit) for c in claims] == [(f"{form}元", Decimal(n), "CNY")]

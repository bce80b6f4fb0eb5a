"""Japanese number forms: digit + Han unit compounds, Han numerals, full-width digits and
signs. Each case asserts surface, kind, exact value and unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractcases import Want, check_claims, eq
from reconcile import extract_claims

LANG = "ja"

COMPOUNDS = [
    # Text spaced between digits and Han characters writes the same compounds with spaces.
    pytest.param("同社の売上高は 36 億 8000 万ドルだった。",
                 [eq("36 億 8000 万ドル", "money", "3680000000", "USD")], id="spaced-oku-man"),
    pytest.param("集会には 3 万 6789 人が参加した。",
                 [eq("3 万 6789 人", "count", "36789", "people")], id="spaced-man-digits"),
    pytest.param("同党の候補は7万4521票を得た。",
                 [eq("7万4521票", "count", "74521", "votes")], id="man-digits"),
    pytest.param("集会には3万6789人が参加した。",
                 [eq("3万6789人", "count", "36789", "people")], id="man-digits-counter"),
    pytest.param("同社の売上高は36億8,000万ドルだった。",
                 [eq("36億8,000万ドル", "money", "3680000000", "USD")], id="oku-grouped-man"),
    pytest.param("集会には約2万5千人が参加した。",
                 [eq("約2万5千人", "count", "25000", "people", "approx")], id="man-sen"),
    pytest.param("地震で4万3000戸が停電した。",
                 [eq("4万3000戸", "count", "43000", "households")], id="man-thousands"),
    pytest.param("式典には4千人が出席した。",
                 [eq("4千人", "count", "4000", "people")], id="digit-sen"),
    pytest.param("同社は5百万ドルを投じた。",
                 [eq("5百万ドル", "money", "5000000", "USD")], id="digit-hyaku-man"),
    pytest.param("同社は3億5千万円を調達した。",
                 [eq("3億5千万円", "money", "350000000", "JPY")], id="oku-sen-man"),
    pytest.param("総額は1億2345万6789円に達した。",
                 [eq("1億2345万6789円", "money", "123456789", "JPY")], id="oku-man-digits"),
    pytest.param("予算は3兆2000億円だった。",
                 [eq("3兆2000億円", "money", "3200000000000", "JPY")], id="cho-oku"),
    pytest.param("予算は2.5億円だった。",
                 [eq("2.5億円", "money", "250000000", "JPY")], id="decimal-oku"),
    pytest.param("参加者は4千500人に上った。",
                 [eq("4千500人", "count", "4500", "people")], id="sen-digits"),
    pytest.param("参加者は3万～5万人に上った。",
                 [Want("3万～5万人", "count", "30000", "50000", "range", "people")],
                 id="range-man"),
    pytest.param("参加者は3～5万人に上った。",
                 [Want("3～5万人", "count", "30000", "50000", "range", "people")],
                 id="range-scale-once"),
]

HAN = [
    pytest.param("事故で二十五人が負傷した。",
                 [eq("二十五人", "count", "25", "people")], id="nijugo"),
    pytest.param("避難者は三百五十万人に達した。",
                 [eq("三百五十万人", "count", "3500000", "people")], id="sanbyakugojuman"),
    pytest.param("会場には一千二百人が集まった。",
                 [eq("一千二百人", "count", "1200", "people")], id="issen-nihyaku"),
    pytest.param("同社は一億五千万円を支払った。",
                 [eq("一億五千万円", "money", "150000000", "JPY")], id="oku-sen-man"),
]

FULL_WIDTH = [
    pytest.param("集会には４，５００人が参加した。",
                 [eq("４，５００人", "count", "4500", "people")], id="grouped"),
    pytest.param("物価は６．２％上昇した。",
                 [eq("６．２％", "percent", "6.2", "percent")], id="decimal-percent"),
    pytest.param("売上高の伸び率は－３％となった。",
                 [eq("－３％", "percent", "-3", "percent")], id="minus-percent"),
    pytest.param("成長率は−１．５％だった。",
                 [eq("−１．５％", "percent", "-1.5", "percent")], id="math-minus"),
    pytest.param("同社は３億５千万円を調達した。",
                 [eq("３億５千万円", "money", "350000000", "JPY")], id="compound"),
    pytest.param("参加者は３～５人だった。",
                 [Want("３～５人", "count", "3", "5", "range", "people")], id="range-wave"),
    pytest.param("参加者は３０００～５０００人だった。",
                 [Want("３０００～５０００人", "count", "3000", "5000", "range", "people")],
                 id="range-thousands"),
]

# Forms that cannot be read exactly give no claim rather than a wrong value.
NON_CLAIMS = [
    pytest.param("同党は2万5の票を得た。", [], id="ambiguous-lone-digit"),
    pytest.param("同党は3万2億の票を得た。", [], id="rising-scales"),
    pytest.param("同党は1億12000万の票を得た。", [], id="section-too-large"),
]


@pytest.mark.parametrize(("text", "wanted"), [*COMPOUNDS, *HAN, *FULL_WIDTH, *NON_CLAIMS])
def test_number_forms(text: str, wanted: list[Want]) -> None:
    check_claims(text, wanted, LANG)


def _man_form(n: int) -> str:
    """n written with 兆/億/万 sections of plain digits (1億2345万6789)."""
    parts = []
    for word, size in (("兆", 10**12), ("億", 10**8), ("万", 10**4)):
        if n >= size:
            parts.append(f"{n // size}{word}")
            n %= size
    return "".join(parts) + (str(n) if n else "")


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=10**4, max_value=10**16 - 1).filter(lambda n: n % 10**4 >= 10
                                                                 or n % 10**4 == 0))
def test_man_compounds_parse_back(n: int) -> None:
    text = f"総額は{_man_form(n)}円に達した。"
    claims = extract_claims(text, LANG)
    assert [(c.surface, c.low, c.unit) for c in claims] == [(f"{_man_form(n)}円", Decimal(n),
                                                              "JPY")]

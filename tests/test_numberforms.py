"""Number readers of the number-forms work: width folding, digit + Han unit compounds."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.lang import get_profile
from reconcile.numbers import fold_width, parse_mixed


@given(st.text())
def test_fold_width_keeps_length(text: str) -> None:
    assert len(fold_width(text)) == len(text)


def test_fold_width_maps_full_width_forms() -> None:
    assert fold_width("４，５００％－～　") == "4,500%-~ "
    assert fold_width("２．７，6.47，95") == "2.7，6.47，95"  # CJK punctuation stays


@pytest.mark.parametrize("code", ["ja", "zh"])
@pytest.mark.parametrize(
    ("run", "want"),
    [
        ("4千", "4000"),
        ("5百万", "5000000"),
        ("2万5千", "25000"),
        ("7万4521", "74521"),
        ("36億8,000万", "3680000000"),
        ("1億2345万6789", "123456789"),
        ("3億5千万", "350000000"),
        ("2.7億", "270000000"),
        ("4千500", "4500"),
        ("1万2千3百4十5", "12345"),
    ],
)
def test_parse_mixed(code: str, run: str, want: str) -> None:
    prof = get_profile(code)
    assert parse_mixed(run, prof.han_units, prof.scales, decimal_sign=prof.decimal) == \
        Decimal(want)


@pytest.mark.parametrize(
    "run",
    ["2万5", "4千5", "3万2億", "1億12000万", "2.5万3000", "3百5千", "12千", "万"],
)
def test_parse_mixed_rejects_unreadable_forms(run: str) -> None:
    prof = get_profile("ja")
    assert parse_mixed(run, prof.han_units, prof.scales, decimal_sign=prof.decimal) is None

"""The exact JSON writer: Decimals digit for digit, otherwise the same text as json.dumps."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import extract_claims
from reconcile.report.jsonio import CLAIM_KEYS, claim_record, dumps


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("1640000000"), "1640000000"),
        (Decimal("0.25"), "0.25"),
        (Decimal("1.9E+6"), "1900000"),
        (Decimal("1.64E+9"), "1640000000"),
        (Decimal("0.250"), "0.25"),
        (Decimal("1234.56"), "1234.56"),
        (Decimal("-5.50"), "-5.5"),
        (Decimal("0"), "0"),
        (Decimal("1E-7"), "0.0000001"),
        (Decimal("123456789012345678901234"), "123456789012345678901234"),
    ],
)
def test_decimals_are_written_exactly(value: Decimal, text: str) -> None:
    assert dumps(value) == text
    assert dumps([value]) == f"[{text}]"
    back = json.loads(dumps({"v": value}), parse_float=Decimal)["v"]
    assert back == value
    assert isinstance(back, int | Decimal)


def test_a_float_would_not_be_exact() -> None:
    """Why the writer exists: 16.4 * 10**8 as a float is not 1640000000."""
    assert json.dumps(16.4 * 10**8) != "1640000000"
    assert dumps(Decimal("16.4") * 10**8) == "1640000000"


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")])
def test_non_finite_decimals_are_refused(value: Decimal) -> None:
    with pytest.raises(ValueError, match="cannot write"):
        dumps({"low": value})


NESTED: dict[str, object] = {
    "schema": "reconcile.claims/1",
    "sources": [{"id": "zh", "claims": 2, "error": None, "ok": True},
                {"id": "fr", "claims": 0, "error": "fr.txt: file is empty", "ok": False}],
    "claims": [
        {"surface": "16.4亿美元", "low": Decimal("1640000000"), "high": Decimal("1640000000"),
         "tags": [], "meta": {}},
        {"surface": "0,25 %", "low": Decimal("0.25"), "high": Decimal("0.25"),
         "nested": [[1, [2, [Decimal("3.5")]]], {"deep": {"deeper": "émigré « citation »"}}]},
    ],
    "empty_list": [],
    "empty_map": {},
    "tuple": ("a", 1),
}


def _floats(value: object) -> object:
    """The same data with every Decimal as a float (all values above are exact in binary
    or integral)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: _floats(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_floats(v) for v in value]
    return value


@pytest.mark.parametrize("indent", [None, 2, 4])
def test_same_json_as_the_standard_library(indent: int | None) -> None:
    ours = dumps(NESTED, indent=indent)
    theirs = json.dumps(_floats(NESTED), indent=indent, ensure_ascii=False)
    assert json.loads(ours) == json.loads(theirs)
    assert ours == theirs  # byte for byte: same separators, same indentation
    assert json.loads(ours, parse_float=Decimal) == json.loads(json.dumps(_floats(NESTED)))


def test_unicode_is_kept() -> None:
    text = dumps({"surface": "16.4亿美元", "fr": "près de", "ja": "約300万ドル"})
    assert "16.4亿美元" in text and "près de" in text and "約300万ドル" in text
    assert "\\u" not in text


def test_strings_are_escaped_like_json() -> None:
    value = {'quote "q"': 'back\\slash\nnew line\ttab\x00'}
    assert dumps(value) == json.dumps(value, ensure_ascii=False)
    assert json.loads(dumps(value)) == value


def test_indent_layout() -> None:
    assert dumps({"a": [Decimal("1.5"), {}], "b": []}, indent=2) == (
        '{\n  "a": [\n    1.5,\n    {}\n  ],\n  "b": []\n}'
    )


json_leaves = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**20), max_value=10**20),
    st.text(max_size=20),
    st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**24),
                max_value=10**24, places=None)
    # More than 28 significant digits is a known bug (test_more_than_28_digits_are_exact).
    .filter(lambda d: abs(d.adjusted()) < 40 and len(d.as_tuple().digits) <= 28),
)
json_values = st.recursive(
    json_leaves,
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.text(max_size=8), children, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, database=None)
@given(value=json_values, indent=st.sampled_from([None, 0, 1, 2]))
def test_round_trip(value: object, indent: int | None) -> None:
    assert json.loads(dumps(value, indent=indent), parse_float=Decimal) == value


def test_more_than_28_digits_are_exact() -> None:
    value = Decimal("32849329293827210.864567711322")
    assert dumps(value) == "32849329293827210.864567711322"


def test_claim_record_keys_and_values() -> None:
    (claim,) = extract_claims("营收为16.4亿美元。", "zh")
    record = claim_record(claim)
    assert tuple(record)[:len(CLAIM_KEYS)] == CLAIM_KEYS
    text = dumps(record)
    back = json.loads(text, parse_float=Decimal)
    assert back["low"] == back["high"] == 1640000000
    assert '"low": 1640000000' in text
    assert back["surface"] == "16.4亿美元"
    assert back["unit"] == "USD"

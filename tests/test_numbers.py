"""Number reading: digit groups and decimals per locale, full-width digits, Han numerals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reconcile.lang import get_profile
from reconcile.numbers import (
    MAX_DIGITS,
    ascii_digits,
    parse_digits,
    parse_han,
    plain,
    split_groups,
)

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


# --- ascii_digits ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("１２３", "123"),
        ("٣٤", "34"),  # Arabic-Indic
        ("४२", "42"),  # Devanagari
        ("1,234.5", "1,234.5"),  # separators untouched
        ("１x２", "1x2"),
        ("", ""),
    ],
)
def test_ascii_digits(raw: str, want: str) -> None:
    assert ascii_digits(raw) == want


# --- parse_digits: unambiguous forms ----------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "decimal_sign", "want"),
    [
        ("0", ".", "0"),
        ("42", ".", "42"),
        ("1.9", ".", "1.9"),
        ("1,9", ",", "1.9"),
        ("0.25", ".", "0.25"),
        ("0,25", ",", "0.25"),
        ("1,234,567", ".", "1234567"),  # the same separator repeated: grouping
        ("1.234.567", ",", "1234567"),
        ("1.234.567", ".", "1234567"),  # even where '.' is the decimal sign
        ("1.234,56", ",", "1234.56"),  # two different separators: the last is decimal
        ("1,234.56", ".", "1234.56"),
        ("1,234.56", ",", "1234.56"),  # ... whatever the locale says
        ("175 000", ",", "175000"),
        (f"175{NBSP}000", ",", "175000"),
        (f"175{NNBSP}000", ",", "175000"),
        (f"1{THIN}234{THIN}567", ",", "1234567"),
        ("1'234'567", ".", "1234567"),  # Swiss apostrophe grouping
        ("1’234", ".", "1234"),
        ("１２３", ".", "123"),
        ("１,２３４", ".", "1234"),
        ("1,2345", ".", "1.2345"),  # not three digits after the one separator: decimal
        ("12,5", ".", "12.5"),
    ],
)
def test_parse_digits_unambiguous(raw: str, decimal_sign: str, want: str) -> None:
    value = parse_digits(raw, decimal_sign=decimal_sign, scale_follows=False)
    assert value == Decimal(want)


# --- parse_digits: the ambiguity rule ----------------------------------------------------
# One separator followed by exactly three digits groups ("175.000" and "175,000" are both
# 175000) unless the integer part is 0, or the separator is the locale's decimal sign and
# a scale word follows ("1,500 juta" is 1.5 million in Indonesian).


@pytest.mark.parametrize("decimal_sign", [".", ","])
@pytest.mark.parametrize("raw", ["175.000", "175,000"])
def test_single_separator_before_three_digits_groups(raw: str, decimal_sign: str) -> None:
    assert parse_digits(raw, decimal_sign=decimal_sign, scale_follows=False) == 175000


@pytest.mark.parametrize(("raw", "decimal_sign", "want"), [
    ("42.195", ".", "42.195"), ("10.233", ".", "10.233"), ("1,859", ",", "1.859"),
    ("7,895", ",", "7.895")])
def test_decimal_sign_before_three_digits_not_ending_in_zero_is_decimal(
    raw: str, decimal_sign: str, want: str
) -> None:
    # "42.195 km", « 1,859 euro »: three decimals; a group leaked from another convention
    # is a round figure ("42.000 participants" stays 42,000, as 175.000 above).
    assert parse_digits(raw, decimal_sign=decimal_sign, scale_follows=False) == Decimal(want)


@pytest.mark.parametrize(("raw", "decimal_sign"), [("10.233", ","), ("1,859", ".")])
def test_group_sign_before_three_digits_groups_whatever_the_digits(
    raw: str, decimal_sign: str
) -> None:
    assert parse_digits(raw, decimal_sign=decimal_sign, scale_follows=False) == Decimal(
        raw.replace(",", "").replace(".", ""))


def test_more_than_three_digits_before_one_separator_is_decimal() -> None:
    assert parse_digits("1234.567", decimal_sign=",", scale_follows=False) == Decimal(
        "1234.567")


@pytest.mark.parametrize(("raw", "decimal_sign"), [("1,500", ","), ("1.500", ".")])
def test_decimal_sign_before_three_digits_and_a_scale_is_decimal(
    raw: str, decimal_sign: str
) -> None:
    assert parse_digits(raw, decimal_sign=decimal_sign, scale_follows=True) == Decimal("1.5")


@pytest.mark.parametrize(("raw", "decimal_sign"), [("1,500", "."), ("1.500", ",")])
def test_group_sign_before_three_digits_and_a_scale_still_groups(
    raw: str, decimal_sign: str
) -> None:
    assert parse_digits(raw, decimal_sign=decimal_sign, scale_follows=True) == 1500


@pytest.mark.parametrize("decimal_sign", [".", ","])
@pytest.mark.parametrize("raw", ["0.250", "0,250"])
def test_zero_integer_part_is_always_decimal(raw: str, decimal_sign: str) -> None:
    assert parse_digits(raw, decimal_sign=decimal_sign, scale_follows=False) == Decimal(
        "0.25")


@pytest.mark.parametrize(
    "raw",
    [
        "",
        ".5",  # must start with a digit
        "5.",  # and end with one
        "1.234.5,6,7",  # the last separator repeated among two kinds
        "12.34.56",  # repeated separator with groups that are not three digits
        "12,34,567",
        "1" * (MAX_DIGITS + 1),  # an identifier, never a claim value
    ],
)
def test_parse_digits_rejects(raw: str) -> None:
    assert parse_digits(raw, decimal_sign=".", scale_follows=False) is None


def test_parse_digits_accepts_up_to_max_digits() -> None:
    raw = "9" * MAX_DIGITS
    assert parse_digits(raw, decimal_sign=".", scale_follows=False) == Decimal(raw)


def test_parse_digits_is_exact() -> None:
    value = parse_digits("16.4", decimal_sign=".", scale_follows=True)
    assert value is not None
    assert value * 10**8 == Decimal("1640000000")
    assert plain(value * 10**8) == "1640000000"


# --- split_groups ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "space_groups", "want"),
    [
        ("175 000", True, ["175 000"]),
        ("175 500", False, ["175", "500"]),  # spaces group only where the locale does,
        ("175 000", False, ["175 000"]),  # ... or before a group that starts with 0
        ("2016 000", False, ["2016", "000"]),
        (f"175{NBSP}000", True, [f"175{NBSP}000"]),
        (f"175{NNBSP}000", True, [f"175{NNBSP}000"]),
        ("1 234 567", True, ["1 234 567"]),
        ("2016 10", True, ["2016", "10"]),  # "en 2016 10 personnes": two numbers
        ("1234 567", True, ["1234", "567"]),  # a first group has at most three digits
        ("175 0000", True, ["175", "0000"]),  # later groups have exactly three
        ("12 345 67", True, ["12 345", "67"]),
        ("1,5 000", True, ["1,5", "000"]),  # a decimal part ends the number
        ("175,000", True, ["175,000"]),
        ("42", False, ["42"]),
    ],
)
def test_split_groups(raw: str, space_groups: bool, want: list[str]) -> None:
    spans = split_groups(raw, space_groups=space_groups)
    assert [raw[a:b] for a, b in spans] == want
    assert all(0 <= a < b <= len(raw) for a, b in spans)


# --- parse_han -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def zh_tables() -> tuple[dict[str, int], dict[str, int], dict[str, Decimal]]:
    prof = get_profile("zh")
    return dict(prof.han_digits), dict(prof.han_units), dict(prof.scales)


@pytest.mark.parametrize(
    ("run", "want"),
    [
        ("三", 3),
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("一千二百", 1200),
        ("九千九百九十九", 9999),
        ("一百零五", 105),
        ("兩千", 2000),
        ("三百萬", 3_000_000),
        ("三百万", 3_000_000),
        ("十億", 1_000_000_000),
        ("十亿", 1_000_000_000),
        ("五千萬", 50_000_000),
        ("一億五千萬", 150_000_000),
        ("三千五百萬", 35_000_000),
        ("一百零五萬", 1_050_000),
        ("萬", 10_000),
        ("三萬億", 3 * 10**12),
        ("二〇一六", 2016),  # digit by digit
        ("一一", 11),
    ],
)
def test_parse_han(
    zh_tables: tuple[dict[str, int], dict[str, int], dict[str, Decimal]], run: str, want: int
) -> None:
    digits, units, scales = zh_tables
    assert parse_han(run, digits, units, scales) == want


@pytest.mark.parametrize("run", ["", "三四五十", "美元"])
def test_parse_han_rejects(
    zh_tables: tuple[dict[str, int], dict[str, int], dict[str, Decimal]], run: str
) -> None:
    digits, units, scales = zh_tables
    assert parse_han(run, digits, units, scales) is None


def test_parse_han_with_japanese_tables() -> None:
    prof = get_profile("ja")
    assert parse_han("五千万", prof.han_digits, prof.han_units, prof.scales) == 50_000_000
    assert parse_han("一億", prof.han_digits, prof.han_units, prof.scales) == 100_000_000


# --- plain -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "want"),
    [
        (Decimal("1.9E+6"), "1900000"),
        (Decimal("1640000000"), "1640000000"),
        (Decimal("1640000000.0"), "1640000000"),
        (Decimal("0.250"), "0.25"),
        (Decimal("0.25"), "0.25"),
        (Decimal("1E-7"), "0.0000001"),
        (Decimal("100"), "100"),
        (Decimal("0"), "0"),
        (Decimal("-5.50"), "-5.5"),
    ],
)
def test_plain(value: Decimal, want: str) -> None:
    assert plain(value) == want
    assert Decimal(plain(value)) == value

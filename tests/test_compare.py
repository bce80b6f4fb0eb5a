"""The comparison rules of compare.py (its module docstring): relations, verdicts, diagnoses."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal

import pytest

from reconcile.compare import CODES, SLIPS, diagnose, judge, relation
from reconcile.model import Claim, ClaimKind, Qualifier

Num = Decimal | int | str | None


def _dec(value: Num) -> Decimal | None:
    return None if value is None else Decimal(value)


def claim(kind: ClaimKind, low: Num, high: Num, qualifier: Qualifier = "eq",
          unit: str | None = "USD", source: str = "a", date: str | None = None) -> Claim:
    """A claim with dummy surface and offsets: only what comparison looks at is real."""
    surface = date or f"{low}-{high}"
    return Claim(kind=kind, surface=surface, start=0, end=len(surface), sentence=surface,
                 lang="en", low=_dec(low), high=_dec(high), qualifier=qualifier, unit=unit,
                 date=date, source=source)


def money(value: Num, qualifier: Qualifier = "eq", source: str = "a",
          unit: str = "USD") -> Claim:
    """An amount of money: exact and approximate values have low == high, "more than X"
    has only a low bound, "less than X" only a high bound."""
    if qualifier in ("gt", "gte"):
        return claim("money", value, None, qualifier, unit, source)
    if qualifier in ("lt", "lte"):
        return claim("money", None, value, qualifier, unit, source)
    return claim("money", value, value, qualifier, unit, source)


def date(value: str | None, source: str = "a") -> Claim:
    return claim("date", None, None, unit=None, source=source, date=value)


def both_ways(a: Claim, b: Claim) -> str | None:
    """The relation of two claims, checked to be symmetric."""
    forward, backward = relation(a, b), relation(b, a)
    assert forward == backward, (a, b)
    return forward


# ---------------------------------------------------------------------------------------
# exact numbers: plausible = the value, hard = ±2%


def test_equal_exact_amounts_agree() -> None:
    assert both_ways(money(1_900_000), money(Decimal("1.9E+6"))) == "agree"


@pytest.mark.parametrize("other", ["101", "102", "103", "104"])
def test_exact_amounts_whose_2_percent_bands_overlap_are_soft(other: str) -> None:
    # Plausible intervals are the two values (disjoint), hard ones ±2% (overlapping).
    assert both_ways(money(100), money(other)) == "soft"


@pytest.mark.parametrize("other", ["104.1", "110", "1000", "95"])
def test_exact_amounts_beyond_the_2_percent_bands_conflict(other: str) -> None:
    assert both_ways(money(100), money(other)) == "conflict"


def test_exact_counts_compare_like_money() -> None:
    assert both_ways(claim("count", 50, 50, unit=None), claim("count", 50, 50, unit=None)) \
        == "agree"
    assert both_ways(claim("count", 3, 3, unit=None), claim("count", 30, 30, unit=None)) \
        == "conflict"


def test_exact_values_with_two_neighbouring_digits_swapped_conflict() -> None:
    # 1,243 is within 2% of 1,234, but no rounding swaps two digits: a typing slip.
    assert both_ways(claim("count", 1234, 1234, unit=None),
                     claim("count", 1243, 1243, unit=None)) == "conflict"
    assert both_ways(money(101), money(110)) == "conflict"


def test_approximations_with_two_neighbouring_digits_swapped_are_soft() -> None:
    # "about 550 km" and "about 505 km" overlap as approximations, but a rounding of one
    # never gives the other: worth a look.
    assert both_ways(claim("quantity", 550, 550, "approx", unit="kilometer"),
                     claim("quantity", 505, 505, "approx", unit="kilometer")) == "soft"
    assert both_ways(money(550, "approx"), money(505)) == "soft"


def test_bounds_in_one_direction_with_two_digits_swapped_conflict() -> None:
    # 85 / 58 is within the 1.5x that two reported bounds may differ by (soft), but no
    # report turns 85 into 58.
    assert both_ways(money(85, "gte"), money(58, "gte")) == "conflict"
    assert both_ways(money(85, "gte"), money(60, "gte")) == "soft"


def test_a_rounding_of_an_approximation_still_agrees() -> None:
    assert both_ways(money(550, "approx"), money(548)) == "agree"


# ---------------------------------------------------------------------------------------
# approximate: plausible ±5%, hard ±25%


def test_close_to_300000_agrees_with_300000() -> None:
    assert both_ways(money(300_000, "approx"), money(300_000)) == "agree"


def test_close_to_300000_agrees_with_a_value_within_5_percent() -> None:
    assert both_ways(money(300_000, "approx"), money(310_000)) == "agree"


def test_close_to_300000_against_275000_is_soft_not_conflict() -> None:
    assert both_ways(money(300_000, "approx", "en"), money(275_000, source="fr")) == "soft"


def test_close_to_300000_against_a_value_beyond_25_percent_conflicts() -> None:
    assert both_ways(money(300_000, "approx"), money(200_000)) == "conflict"


# ---------------------------------------------------------------------------------------
# "more than X": plausible [X, 1.5X], hard [X, 10X)


def test_more_than_19_million_vs_more_than_190_million_conflict() -> None:
    assert both_ways(money(1_900_000, "gt"), money(190_000_000, "gt")) == "conflict"


def test_100_million_against_more_than_44_million_is_soft() -> None:
    assert both_ways(money(100_000_000), money(44_000_000, "gt")) == "soft"


@pytest.mark.parametrize("value", [44_000_000, 50_000_000, 66_000_000])
def test_a_value_just_above_more_than_x_agrees(value: int) -> None:
    assert both_ways(money(value), money(44_000_000, "gt")) == "agree"


@pytest.mark.parametrize("value", [70_000_000, 100_000_000, 200_000_000, 400_000_000])
def test_a_value_well_above_more_than_x_is_never_a_conflict(value: int) -> None:
    assert both_ways(money(value), money(44_000_000, "gt")) == "soft"


def test_an_order_of_magnitude_above_more_than_x_conflicts() -> None:
    # [X, 10X) with the exact value's own ±2%: 450 million is out of reach.
    assert both_ways(money(450_000_000), money(44_000_000, "gt")) == "conflict"


def test_a_value_below_more_than_x_conflicts() -> None:
    assert both_ways(money(40_000_000), money(44_000_000, "gt")) == "conflict"


def test_less_than_x_mirrors_more_than_x() -> None:
    assert both_ways(money(72, "lt"), money(60)) == "agree"
    assert both_ways(money(72, "lt"), money(30)) == "soft"
    assert both_ways(money(72, "lt"), money(5)) == "conflict"
    assert both_ways(money(72, "lt"), money(80)) == "conflict"


# two bounds in the same direction: within 2% agree, within 1.5x soft, beyond conflict


@pytest.mark.parametrize(("x", "y", "expected"), [
    (100_000_000, 100_000_000, "agree"),
    (100_000_000, 101_000_000, "agree"),
    (100_000_000, 140_000_000, "soft"),
    (100_000_000, 150_000_000, "soft"),
    (100_000_000, 160_000_000, "conflict"),
    (100_000_000, 200_000_000, "conflict"),
])
def test_two_more_than_bounds_compare_as_reported_numbers(x: int, y: int,
                                                          expected: str) -> None:
    assert both_ways(money(x, "gt"), money(y, "gte")) == expected


def test_two_less_than_bounds_compare_as_reported_numbers() -> None:
    assert both_ways(money(100, "lt"), money(101, "lte")) == "agree"
    assert both_ways(money(100, "lt"), money(140, "lt")) == "soft"
    assert both_ways(money(100, "lt"), money(200, "lt")) == "conflict"


# ---------------------------------------------------------------------------------------
# ranges and "several"


def test_ranges_an_order_of_magnitude_apart_conflict() -> None:
    a = claim("money", 100_000, 200_000, "range")
    b = claim("money", 10_000, 20_000, "range")
    assert both_ways(a, b) == "conflict"


def test_equal_ranges_agree() -> None:
    a = claim("money", 100_000, 200_000, "range")
    assert both_ways(a, claim("money", 100_000, 200_000, "range")) == "agree"


def test_a_changed_range_bound_is_a_conflict() -> None:
    # Two ranges report four numbers: each bound compares as an exact number, although
    # the two intervals overlap.
    a = claim("money", 100_000, 200_000, "range")
    assert both_ways(a, claim("money", 100_000, 300_000, "range")) == "conflict"
    assert both_ways(a, claim("money", 150_000, 200_000, "range")) == "conflict"
    assert both_ways(a, claim("money", 101_000, 203_000, "range")) == "agree"
    verdict = judge([claim("money", 100_000, 200_000, "range", source="en"),
                     claim("money", 100_000, 300_000, "range", source="fr"),
                     claim("money", 100_000, 200_000, "range", source="zh")], {})
    assert (verdict.status, verdict.outliers, verdict.code) == ("conflict", ("fr",), "R106")


def test_a_value_inside_a_range_agrees() -> None:
    assert both_ways(claim("money", 50, 100, "range"), money(70)) == "agree"


def test_several_is_its_stated_interval() -> None:
    several = claim("money", 2_000_000, 9_000_000, "several")
    assert both_ways(several, money(5_000_000)) == "agree"
    assert both_ways(several, money(50_000_000)) == "conflict"


# ---------------------------------------------------------------------------------------
# units


def test_different_currencies_conflict() -> None:
    assert both_ways(money(1_000_000), money(1_000_000, unit="EUR")) == "conflict"


def test_durations_compare_in_a_common_unit() -> None:
    months = claim("duration", 12, 12, unit="month")
    year = claim("duration", 1, 1, unit="year")
    assert both_ways(months, year) == "agree"
    assert both_ways(claim("duration", 6, 6, unit="month"), year) == "conflict"
    assert both_ways(claim("duration", 7, 7, unit="day"), claim("duration", 1, 1, unit="week")) \
        == "agree"


@pytest.mark.parametrize(("seconds", "minutes"), [(7440, 124), (8340, 139), (3600, 60)])
def test_a_time_in_seconds_equals_the_same_time_in_minutes_exactly(seconds: int,
                                                                   minutes: int) -> None:
    """2:04:00 (7440 s) and "2 h 04 min" (124 min) are one exact span, not a digit slip."""
    exact = claim("duration", seconds, seconds, unit="second")
    other = claim("duration", minutes, minutes, unit="minute")
    assert both_ways(exact, other) == "agree"


def test_a_duration_without_unit_cannot_be_compared_with_one_with_a_unit() -> None:
    assert both_ways(claim("duration", 10, 10, unit=None), claim("duration", 1, 1, unit="year")) \
        is None


# ---------------------------------------------------------------------------------------
# dates


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("2018-02", "2018", "agree"),
    ("2018-02-14", "2018-02", "agree"),
    ("2018", "2018", "agree"),
    ("2015-12", "2016", "conflict"),
    ("2018-02", "2018-03", "conflict"),
    ("2016/2020", "2018", "agree"),
    ("2016/2020", "2020-06", "agree"),
    ("2016/2020", "2021", "conflict"),
    ("2016/2018", "2017/2019", "agree"),
])
def test_dates_agree_when_equal_at_the_coarser_precision(a: str, b: str, expected: str) -> None:
    assert both_ways(date(a), date(b)) == expected


def test_an_unresolved_relative_date_cannot_be_compared() -> None:
    unresolved = replace(date(None), relative="last year")
    assert both_ways(unresolved, date("2016")) is None
    assert both_ways(unresolved, unresolved) is None


def test_an_unresolved_date_does_not_make_a_fact_conflict() -> None:
    unresolved = replace(date(None, "fr"), relative="l’année dernière")
    verdict = judge([date("2016", "en"), unresolved, date("2016", "zh")], {})
    assert verdict.status == "agree"
    assert verdict.outliers == ()


def test_an_unresolved_date_takes_no_side_in_a_real_conflict() -> None:
    unresolved = replace(date(None, "fr"), relative="l’année dernière")
    claims = [date("2016", "en"), unresolved, date("2016", "ja"), date("2015", "zh")]
    verdict = judge(claims, {})
    assert verdict.status == "conflict"
    assert verdict.outliers == ("zh",)


def test_an_unresolved_date_does_not_vote() -> None:
    unresolved = replace(date(None, "fr"), relative="l’année dernière")
    verdict = judge([date("2016", "en"), unresolved, date("2015", "zh")], {})
    assert verdict.status == "conflict"
    # en and zh are two independent witnesses split one to one: no majority, no outlier.
    assert verdict.outliers == ()


# ---------------------------------------------------------------------------------------
# judge(): statuses and witness weighting

INCOME = {"en": "1900000", "fr": "1900000", "id": "190000000", "ja": "1900000"}
# en, id and ja are translations of one text (one witness); fr is an independent article.
FAMILY = {"en": "en", "id": "en", "ja": "en", "fr": "fr"}


def incomes(values: Mapping[str, str], qualifier: Qualifier = "gt") -> list[Claim]:
    return [money(v, qualifier, source) for source, v in values.items()]


def test_a_single_version_is_single() -> None:
    assert judge([money(5, source="en")], {}).status == "single"


def test_agreeing_versions_agree_without_outliers() -> None:
    verdict = judge([money(5, source="en"), money(5, source="fr")], {})
    assert verdict.status == "agree"
    assert verdict.outliers == ()
    assert verdict.severity == "info"


def test_one_translation_wrong_is_the_outlier() -> None:
    verdict = judge(incomes(INCOME), FAMILY)
    assert verdict.status == "conflict"
    assert verdict.severity == "error"
    assert verdict.outliers == ("id",)
    assert verdict.code == "R101"


def test_a_family_internal_split_is_broken_by_counting_versions() -> None:
    family = {"en": "en", "id": "en", "ja": "en"}
    values = {"en": "1900000", "id": "190000000", "ja": "1900000"}
    verdict = judge(incomes(values), family)
    assert verdict.status == "conflict"
    assert verdict.outliers == ("id",)


def test_two_translations_split_one_to_one_have_no_outlier() -> None:
    verdict = judge(incomes({"en": "1900000", "id": "190000000"}), {"en": "en", "id": "en"})
    assert verdict.status == "conflict"
    assert verdict.outliers == ()
    assert set(verdict.sides) == {("en",), ("id",)}


def test_a_split_between_translations_is_not_called_independent() -> None:
    verdict = judge(incomes({"en": "1900000", "id": "190000000"}), {"en": "en", "id": "en"})
    assert verdict.diagnosis is not None
    assert "independent" not in verdict.diagnosis


def test_two_independent_witnesses_split_one_to_one_name_both_sides() -> None:
    verdict = judge(incomes({"fr": "1900000", "zh": "190000000"}), {})
    assert verdict.status == "conflict"
    assert verdict.outliers == ()
    assert set(verdict.sides) == {("fr",), ("zh",)}
    assert verdict.diagnosis is not None
    assert "fr" in verdict.diagnosis and "zh" in verdict.diagnosis


def test_three_translations_against_one_independent_article_is_no_majority() -> None:
    # en/id/ja are one witness; fr another: one against one, whatever the version count.
    values = {"en": "1900000", "fr": "190000000", "id": "1900000", "ja": "1900000"}
    verdict = judge(incomes(values), FAMILY)
    assert verdict.status == "conflict"
    assert verdict.outliers == ()
    assert set(verdict.sides) == {("en", "id", "ja"), ("fr",)}
    assert verdict.diagnosis is not None and "fr" in verdict.diagnosis


def test_independent_witnesses_outvote_one() -> None:
    values = {"en": "1900000", "fr": "1900000", "zh": "190000000"}
    verdict = judge(incomes(values), {})
    assert verdict.outliers == ("zh",)


def test_a_soft_disagreement_is_soft_and_names_its_sides() -> None:
    claims = [money(300_000, "approx", "en"), money(275_000, source="fr")]
    verdict = judge(claims, {})
    assert verdict.status == "soft"
    assert verdict.severity == "warning"
    assert verdict.outliers == ()
    assert set(verdict.sides) == {("en",), ("fr",)}
    assert verdict.code == "R107"


def test_a_currency_swap_is_a_conflict_coded_r103() -> None:
    claims = [money(1_000_000, source="en"), money(1_000_000, source="fr", unit="EUR"),
              money(1_000_000, source="ja")]
    verdict = judge(claims, {})
    assert verdict.status == "conflict"
    assert verdict.outliers == ("fr",)
    assert verdict.code == "R103"
    assert verdict.diagnosis is not None and "EUR" in verdict.diagnosis


def test_a_year_shift_is_a_conflict_coded_r104() -> None:
    claims = [date("2016", "en"), date("2015-12", "fr"), date("2016", "ja")]
    verdict = judge(claims, {})
    assert verdict.status == "conflict"
    assert verdict.outliers == ("fr",)
    assert verdict.code == "R104"


def test_verdict_codes_are_in_the_catalogue() -> None:
    for values in (INCOME, {"en": "5", "fr": "6", "ja": "5"}):
        code = judge(incomes(values, "eq"), {}).code
        assert code in CODES


# ---------------------------------------------------------------------------------------
# diagnose()


def _diagnose(odd: Sequence[Claim], rest: Sequence[Claim], status: str = "conflict"
              ) -> tuple[str, str]:
    code, words = diagnose(odd, rest, status)
    assert code in CODES
    return code, words


def test_diagnose_power_of_ten_above() -> None:
    code, words = _diagnose([money(190_000_000, "gt", "id")],
                            [money(1_900_000, "gt", "en"), money(1_900_000, "gt", "ja")])
    assert code == "R101"
    assert "100x" in words
    assert words.startswith("id ")
    assert "en/ja" in words


def test_diagnose_power_of_ten_below() -> None:
    code, words = _diagnose([claim("money", 10_000, 20_000, "range", source="id")],
                            [claim("money", 100_000, 200_000, "range", source="en")])
    assert code == "R101"
    assert "1/10" in words


def test_diagnose_power_of_ten_allows_2_percent_of_rounding() -> None:
    code, words = _diagnose([money(101_000, source="id")], [money(1_000_000, source="en")])
    assert code == "R101"
    assert "1/10" in words
    code, words = _diagnose([money(1_000_000, source="id")], [money(99_000, source="en")])
    assert code == "R101"
    assert "10x" in words


def test_diagnose_digit_slip() -> None:
    code, words = _diagnose([money(125_000, source="fr")], [money(175_000, source="en")])
    assert code == "R102"
    assert "digit" in words


def test_diagnose_digit_swap() -> None:
    code, words = _diagnose([claim("count", 41, 41, "eq", source="id")],
                            [claim("count", 14, 14, "eq", source="en")])
    assert code == "R109"
    assert "swaps two neighbouring digits" in words
    # Not a swap: two digits that differ otherwise, or the same digits further apart.
    assert _diagnose([money(1_432, source="fr")], [money(1_234, source="en")])[0] == "R100"
    assert _diagnose([money(4_321, source="fr")], [money(1_234, source="en")])[0] == "R100"
    assert _diagnose([money(1_324, source="fr")], [money(1_234, source="en")])[0] == "R109"


def test_diagnose_range_bound() -> None:
    code, words = _diagnose([claim("money", 100_000, 250_000, "range", source="fr")],
                            [claim("money", 100_000, 200_000, "range", source="en")])
    assert code == "R106"
    assert "upper" in words
    code, words = _diagnose([claim("money", 150_000, 200_000, "range", source="fr")],
                            [claim("money", 100_000, 200_000, "range", source="en")])
    assert code == "R106"
    assert "lower" in words


def test_diagnose_currency() -> None:
    code, words = _diagnose([money(1_000, source="fr", unit="EUR")], [money(1_000, source="en")])
    assert code == "R103"
    assert "EUR" in words and "USD" in words


def test_diagnose_year_shift() -> None:
    code, words = _diagnose([date("2015-12", "fr")], [date("2016", "en")])
    assert code == "R104"
    assert "-1" in words
    code, words = _diagnose([date("2019", "zh")], [date("2017-08", "fr")])
    assert code == "R104"
    assert "+2" in words


def test_a_span_of_years_against_a_year_is_not_a_year_shift() -> None:
    code, _ = _diagnose([date("2016/2020", "zh")], [date("2015", "fr")])
    assert code == "R108"
    assert code not in SLIPS


def test_diagnose_month_shift() -> None:
    code, words = _diagnose([date("2018-03", "zh")], [date("2018-02", "fr")])
    assert code == "R105"
    assert "month" in words


def test_diagnose_soft_and_plain_mismatch() -> None:
    code, _ = _diagnose([money(275_000, source="fr")], [money(300_000, "approx", "en")], "soft")
    assert code == "R107"
    code, words = _diagnose([money(7, source="fr")], [money(30, source="en")])
    assert code == "R100"
    assert words == "fr disagrees with en"


@pytest.mark.parametrize(("a", "b", "expected"), [
    # "About X" is X within 10%, or within half a unit of X's last significant digit when
    # that is wider: a round figure is loose, a precise one is not.
    (money(300000, "approx"), money(275000), "soft"),
    (money(17500, "approx"), money(27500, "approx"), "conflict"),
    (money(17500, "approx"), money(18500, "approx"), "agree"),
    (money(1000000, "approx"), money(300000, "approx"), "conflict"),
    (money(1000000, "approx"), money(1400000), "soft"),
])
def test_about_follows_the_digits_stated(a: Claim, b: Claim, expected: str) -> None:
    assert both_ways(a, b) == expected


# ---------------------------------------------------------------------------------------
# values below zero and units of percent


@pytest.mark.parametrize(("a", "b", "want"), [
    ("-5", "-5", "agree"),  # the ±2 % band of -5 was empty (low above high): a conflict
    ("-5", "-5.05", "soft"),  # as 5 and 5.05 are
    ("-5", "-7", "conflict"),
    ("-5", "5", "conflict"),
])
def test_exact_values_below_zero_compare_as_positive_ones(a: str, b: str, want: str) -> None:
    def metres(value: str) -> Claim:  # a depth below sea level ("minus 430 metres")
        return claim("quantity", value, value, unit="meter")
    assert both_ways(metres(a), metres(b)) == want


def test_bounds_below_zero_are_one_sided() -> None:
    above = claim("quantity", "-5", None, "gt", unit="degree_Celsius")
    assert both_ways(above, claim("quantity", "-2", "-2", unit="degree_Celsius")) == "agree"
    assert both_ways(above, claim("quantity", "-9", "-9", unit="degree_Celsius")) == "conflict"


def test_the_same_number_in_percent_and_in_points_is_soft() -> None:
    points = claim("percent", "0.25", "0.25", unit="percentage point")
    assert both_ways(points, claim("percent", "0.25", "0.25", unit="percent")) == "soft"
    assert both_ways(points, claim("percent", "0.5", "0.5", unit="percent")) == "conflict"
    code, words = diagnose([claim("percent", "0.25", "0.25", unit="percent", source="ja")],
                           [replace(points, source="en")], "soft")
    assert code == "R107" and "percents" in words and "percentage points" in words


def test_a_signed_value_against_its_magnitude_is_soft() -> None:
    # "マイナス0.4%" (growth of minus 0.4%) against "contracted 0.4%": the direction is in
    # a sign in one version, in a verb in the other.
    signed = claim("percent", "-0.4", "-0.4", unit="percent", source="ja")
    plain = claim("percent", "0.4", "0.4", unit="percent", source="en")
    assert both_ways(signed, plain) == "soft"
    code, words = diagnose([signed], [plain], "soft")
    assert code == "R107" and words.startswith("ja writes a sign that en leave")
    assert both_ways(money(-45), money(45)) == "soft"  # "minus $45" vs "a loss of $45"
    assert both_ways(money(-45), money(50)) == "conflict"
    minus_five = claim("quantity", "-5", "-5", unit="degree_Celsius")
    assert both_ways(minus_five, claim("quantity", "5", "5", unit="degree_Celsius")) \
        == "conflict"  # a temperature's sign is always written


@pytest.mark.parametrize(("unit", "a", "b", "want"), [
    ("degree_Celsius", "44.5", "44.5", "agree"),
    ("degree_Celsius", "44.5", "45.5", "conflict"),  # was soft: within 2 % of each other
    ("degree_Celsius", "44", "44.2", "agree"),  # "44C" rounds 44.2 away
    ("magnitude", "7.8", "7.7", "conflict"),
    ("metric_ton", "44.5", "45.4", "soft"),  # a size: 2 % of it is a rounding
])
def test_temperatures_and_magnitudes_are_exact_to_their_last_digit(unit: str, a: str, b: str,
                                                                   want: str) -> None:
    assert both_ways(claim("quantity", a, a, unit=unit), claim("quantity", b, b, unit=unit)) \
        == want


def test_a_count_ten_times_the_others_is_no_currency_conversion() -> None:
    id_ = claim("count", "17000", "17000", unit="orang", source="id")
    en = claim("count", "1700", "1700", unit="people", source="en")
    code, words = diagnose([id_], [en], "conflict")
    assert code == "R101" and "converted" not in words and "10x" in words

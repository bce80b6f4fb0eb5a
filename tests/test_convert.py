"""Amounts in two currencies compare at the ECB reference rate (reconcile.convert); exact
percentages compare to their last stated digit (reconcile.compare)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reconcile.compare import classify, relation
from reconcile.convert import Exchange, Rates
from reconcile.model import Claim


def money(value: str, unit: str, qualifier: str = "eq") -> Claim:
    v = Decimal(value)
    return Claim("money", value, 0, 1, "", "en", v, v, qualifier, unit)  # type: ignore[arg-type]


def percent(value: str) -> Claim:
    v = Decimal(value)
    return Claim("percent", value, 0, 1, "", "en", v, v, "eq", "percent")


@pytest.fixture(scope="module")
def rates() -> Rates:
    return Rates()


@pytest.mark.parametrize(("a", "b", "want"), [
    # ¥412 billion was about $2.85 billion and €2.44 billion in mid-2025.
    (money("412e9", "JPY"), money("2.8e9", "USD"), "agree"),
    (money("412e9", "JPY"), money("2.4e9", "EUR", "approx"), "agree"),
    (money("2.8e9", "USD"), money("2.4e9", "EUR", "approx"), "agree"),
    # A conversion at a wrong scale, or at a wrong rate (¥100/$ instead of ~¥145/$).
    (money("412e9", "JPY"), money("2.8e8", "USD"), "conflict"),
    (money("412e9", "JPY"), money("4.12e9", "USD"), "conflict"),
    # The same number in two currencies is a swapped currency, never a conversion.
    (money("3.2e9", "USD"), money("3.2e9", "EUR"), "conflict"),
])
def test_currency_relation(rates: Rates, a: Claim, b: Claim, want: str) -> None:
    exchange = Exchange(rates, "2025")
    assert relation(a, b, exchange) == want
    assert relation(b, a, exchange) == want


def test_without_rates_two_currencies_conflict() -> None:
    assert relation(money("412e9", "JPY"), money("2.8e9", "USD")) == "conflict"


def test_a_currency_without_a_reference_rate_conflicts(rates: Rates) -> None:
    assert relation(money("1e6", "XXX"), money("1e6", "USD"), Exchange(rates)) == "conflict"


def test_a_conversion_off_by_a_power_of_ten_is_a_scale_slip(rates: Rates) -> None:
    exchange = Exchange(rates, "2025")
    assert classify(money("2.8e8", "USD"), money("412e9", "JPY"), "conflict", exchange) == "R101"
    assert classify(money("3.2e9", "EUR"), money("3.2e9", "USD"), "conflict", exchange) == "R103"


def test_the_rate_follows_the_facts_time(rates: Rates) -> None:
    early, late = rates.rate("USD", "JPY", "2012"), rates.rate("USD", "JPY", "2024-06")
    assert early is not None and late is not None
    assert early < 90 < 140 < late


@pytest.mark.parametrize(("a", "b", "want"), [
    ("71.4", "74.1", "conflict"),
    ("71.4", "71.4", "agree"),
    ("47.2", "47", "agree"),  # rounded away, not changed
    ("20", "20.4", "agree"),
    ("20", "21", "conflict"),
])
def test_exact_percentages_compare_to_their_last_digit(a: str, b: str, want: str) -> None:
    assert relation(percent(a), percent(b)) == want


def test_the_rate_table_answers_as_the_library_does(tmp_path, monkeypatch) -> None:
    """RateTable (the library's rates kept in compact arrays, read from the cache folder)
    gives the very rates CurrencyConverter.convert gives: on a published day, a weekend
    (interpolated), before a currency's first day and after its last (clamped), undated
    (the source's last day), and none for an unknown currency."""
    import datetime

    from currency_converter import CurrencyConverter  # type: ignore[import-untyped]

    from reconcile.convert import RateTable, _day

    library = CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)
    table = RateTable.from_converter(library)
    days = [None, datetime.date(2014, 3, 28), datetime.date(2014, 3, 29),
            datetime.date(1990, 1, 1), datetime.date(2099, 1, 1), _day("2025"),
            _day("2019-02")]
    for source, target in [("USD", "IDR"), ("JPY", "EUR"), ("EUR", "USD"), ("TWD", "USD"),
                           ("INR", "CNY")]:
        for day in days:
            if source not in library.currencies or target not in library.currencies:
                continue
            assert table.rate(source, target, day) == pytest.approx(
                library.convert(1, source, target, date=day), rel=1e-12)
    assert table.rate("XXX", "USD", None) is None
    # Kept in the cache folder and read back whole: the same answers.
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    first, again = Rates(), Rates()
    assert first.rate("USD", "JPY", "2024") == again.rate("USD", "JPY", "2024")
    assert list(tmp_path.glob("tables-rates-*"))
    assert again.rate("USD", "JPY", "2024") == Decimal(str(library.convert(
        1, "USD", "JPY", date=_day("2024"))))

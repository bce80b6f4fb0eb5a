"""Amounts in two currencies, compared at the ECB reference rate of the fact's time.

Business news gives an amount in the local currency in one version and converted in
another ("¥412 billion" vs "$2.8 billion" vs "2,4 milliards d'euros"). Such amounts are
one fact: the first is converted into the second's currency at the European Central Bank's
reference rate of the fact's period (the `currencyconverter` package ships the rates and
works offline) and they agree when they meet within CURRENCY_TOLERANCE. The tolerance
covers the translator's rounding and the few percent rates move within a period, while a
conversion at a wrong scale (x10, x1000) or at a clearly wrong rate stays a conflict.

The same number in two currencies ("$3.2 billion" vs "3,2 milliards d'euros") is never a
conversion, whatever the rate: it is a swapped currency (compare.py says so).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

# Relative gap allowed between a converted amount and the stated one: rates move a few
# percent within a year and translators round ("about $2.8 billion" for $2.88 billion).
CURRENCY_TOLERANCE = Decimal("0.15")


def _day(when: str | None) -> datetime.date | None:
    """The day whose rate stands for a fact's time: "2025" → mid-year, "2025-03" → mid-month,
    a full date → itself; None (undated) → the latest rate."""
    if not when or not when[:4].isdigit():
        return None
    year = int(when[:4])
    parts = when.split("/")[0].split("-")
    try:
        if len(parts) >= 3 and parts[1].isdigit() and parts[2].isdigit():
            return datetime.date(year, int(parts[1]), int(parts[2]))
        if len(parts) >= 2 and parts[1].isdigit():
            return datetime.date(year, int(parts[1]), 15)
    except ValueError:
        return None
    return datetime.date(year, 7, 1)


@dataclass(frozen=True)
class Rates:
    """The ECB reference rates of one run: the table is read on first use, once per Rates
    value (create one per run and pass it along; none is kept at module level)."""

    _table: list[object] = field(default_factory=list, compare=False, repr=False)

    def _converter(self) -> object:
        if not self._table:
            from currency_converter import CurrencyConverter  # type: ignore[import-untyped]

            self._table.append(CurrencyConverter(fallback_on_missing_rate=True,
                                                 fallback_on_wrong_date=True))
        return self._table[0]

    def rate(self, source: str, target: str, when: str | None) -> Decimal | None:
        """Units of `target` one unit of `source` is worth at the time `when` (an ISO
        partial date); None when either currency has no reference rate."""
        converter = self._converter()
        currencies: set[str] = getattr(converter, "currencies", set())
        if source not in currencies or target not in currencies:
            return None
        try:
            value = converter.convert(1, source, target, date=_day(when))  # type: ignore[attr-defined]
        except (ValueError, KeyError, ArithmeticError):
            return None
        return Decimal(str(value)) if value else None


@dataclass(frozen=True)
class Exchange:
    """The rates and the time at which one fact's amounts are compared."""

    rates: Rates
    when: str | None = None

    def rate(self, source: str, target: str) -> Decimal | None:
        return self.rates.rate(source, target, self.when)

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
import math
from array import array
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

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
class RateTable:
    """The ECB reference rates of every day, as `currency_converter` reads them (its
    CurrencyConverter with fallback_on_missing_rate and fallback_on_wrong_date): for each
    currency, its first day (a proleptic ordinal) and one rate per day up to its last, the
    days without a published rate filled by the library's own linear interpolation.

    The library parses its 7 MB CSV history on every load, some half a second: a run that
    compares two currencies would pay it again and again. This table holds the same rates
    in compact arrays, kept in the cache folder (keyed by the library's files: an upgrade
    is a new key) and read back in milliseconds; `rate` answers as the library's
    `convert(1, source, target, date)` does."""

    reference: str
    first: Mapping[str, int]
    days: Mapping[str, array[float]]

    def _known(self, currency: str) -> bool:
        """Whether the table has rates of `currency` (the reference, or one of `days`)."""
        return currency == self.reference or currency in self.days

    @classmethod
    def from_converter(cls, converter: Any) -> RateTable:
        """The table of a loaded CurrencyConverter (its filled `_rates` and `bounds`)."""
        first: dict[str, int] = {}
        days: dict[str, array[float]] = {}
        for currency, by_day in sorted(converter._rates.items()):
            start, end = converter.bounds[currency]
            values = array("d")
            for ordinal in range(start.toordinal(), end.toordinal() + 1):
                value = by_day.get(datetime.date.fromordinal(ordinal))
                values.append(math.nan if value is None else float(value))
            first[currency] = start.toordinal()
            days[currency] = values
        return cls(reference=converter.ref_currency, first=first, days=days)

    def _on(self, currency: str, ordinal: int) -> float | None:
        """The currency's rate against the reference on a day (clamped to its first and
        last day, as the library falls back on a wrong date)."""
        if currency == self.reference:
            return 1.0
        values = self.days[currency]
        at = min(max(ordinal - self.first[currency], 0), len(values) - 1)
        value = values[at]
        return None if math.isnan(value) else value

    def rate(self, source: str, target: str, day: datetime.date | None) -> float | None:
        """Units of `target` one `source` is worth on `day` (None: the source's last day),
        None when a currency has no rate or no rate that day."""
        if not self._known(source) or not self._known(target):
            return None
        if day is None:
            ordinal = self.first[source] + len(self.days[source]) - 1 \
                if source != self.reference else max(
                    self.first[c] + len(v) - 1 for c, v in self.days.items())
        else:
            ordinal = day.toordinal()
        r0, r1 = self._on(source, ordinal), self._on(target, ordinal)
        if r0 is None or r1 is None or r0 == 0:
            return None
        return 1.0 / r0 * r1


def _load_table() -> RateTable:
    """The rate table, read from the cache folder when kept there, else built from the
    library's data (then kept)."""
    from reconcile.lang import cldrcache, tablecache

    key = "\n".join(cldrcache.library_stamps(("currency_converter",)) + _data_stamps())
    return tablecache.cached_for("rates", "ecb", key, _build_table)


def _data_stamps() -> list[str]:
    """Size and mtime of the library's rate files (its data may be updated on its own)."""
    import importlib.util

    spec = importlib.util.find_spec("currency_converter")
    if spec is None or not spec.origin:
        return []
    stamps = []
    for path in sorted(Path(spec.origin).parent.glob("eurofxref*")):
        info = path.stat()
        stamps.append(f"{path.name}:{info.st_size}:{info.st_mtime_ns}")
    return stamps


def _build_table() -> RateTable:
    from currency_converter import CurrencyConverter  # type: ignore[import-untyped]

    return RateTable.from_converter(CurrencyConverter(fallback_on_missing_rate=True,
                                                      fallback_on_wrong_date=True))


@dataclass(frozen=True)
class Rates:
    """The ECB reference rates of one run: the table is read on first use, once per Rates
    value (create one per run and pass it along; none is kept at module level)."""

    _table: list[RateTable] = field(default_factory=list, compare=False, repr=False)

    def table(self) -> RateTable:
        if not self._table:
            self._table.append(_load_table())
        return self._table[0]

    def rate(self, source: str, target: str, when: str | None) -> Decimal | None:
        """Units of `target` one unit of `source` is worth at the time `when` (an ISO
        partial date); None when either currency has no reference rate."""
        value = self.table().rate(source, target, _day(when))
        return Decimal(str(value)) if value else None


@dataclass(frozen=True)
class Exchange:
    """The rates and the time at which one fact's amounts are compared."""

    rates: Rates
    when: str | None = None

    def rate(self, source: str, target: str) -> Decimal | None:
        return self.rates.rate(source, target, self.when)

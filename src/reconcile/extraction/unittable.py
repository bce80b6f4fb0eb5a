"""pint's answers about units, kept between runs so that a run need not load pint.

Importing pint and building its registry costs a process some 0.35 to 0.65 s (its
definitions file is parsed, and pint imports dask when dask is installed): far more than
the rest of a cold `reconcile diff` of a story that states a distance or a weight. What the
comparison asks of pint depends on the unit strings alone, never on a story:

- the base units a unit converts to ("mile / hour" → "meter / second");
- for two units of one dimension, the factor pint multiplies a value by to convert it
  (pint's own conversion of a multiplicative unit is `value * factor`, so a value times the
  kept factor is, digit for digit, what pint gives);
- whether a unit is multiplicative at all (temperatures are not: pint converts them through
  their offsets, and they are always converted by pint itself).

These are kept as JSON in the user's cache folder (reconcile.cachefolder), keyed by pint's
installation (reconcile.lang.cldrcache.library_stamps: another pint is another file). A unit
met for the first time loads pint once, learns the unit and its factors to and from every
known unit of its dimension, and writes the table again (atomically), so later runs find it.
With the cache folder switched off (RECONCILE_CACHE_DIR empty) the table lives for the
process only. A damaged file is ignored and rebuilt.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from reconcile.cachefolder import cache_dir, sha256

if TYPE_CHECKING:
    from pint import UnitRegistry

# Bump when the file's shape changes.
_FORMAT = 1


@dataclass
class UnitTable:
    """What pint said of the units met so far. `dims`: unit → its base units;
    `linear`: unit → whether pint converts it by a factor alone; `factors`: "a→b" → the
    factor (decimal text) a value in a is multiplied by to be in b (units of one dimension,
    both linear). `path`: where it is kept (None: not kept)."""

    dims: dict[str, str] = field(default_factory=dict)
    linear: dict[str, bool] = field(default_factory=dict)
    factors: dict[str, str] = field(default_factory=dict)
    path: Path | None = None

    def dimension(self, unit: str, registry: Callable[[], UnitRegistry[Decimal]]) -> str:
        found = self.dims.get(unit)
        if found is None:
            self.learn(unit, registry())
            found = self.dims[unit]
        return found

    def factor(self, unit: str, target: str, registry: Callable[[], UnitRegistry[Decimal]]
               ) -> Decimal | None:
        """The factor from `unit` to `target` (None: a unit pint converts by offsets)."""
        if unit not in self.linear:
            self.learn(unit, registry())
        if target not in self.linear:
            self.learn(target, registry())
        if not (self.linear[unit] and self.linear[target]):
            return None
        key = f"{unit}→{target}"
        found = self.factors.get(key)
        if found is None:  # units of two dimensions: pint says why they do not convert
            return Decimal(str(registry().Quantity(Decimal(1), unit).to(target).magnitude))
        return Decimal(found)

    def learn(self, unit: str, registry: UnitRegistry[Decimal]) -> None:
        """Ask pint about `unit` (a unit it does not know raises its own error), and about
        its factors to and from every known linear unit of its dimension; keep the table."""
        base = registry.Quantity(Decimal(0), unit).to_base_units()
        dim = str(base.units)
        linear = base.magnitude == 0
        self.dims[unit] = dim
        self.linear[unit] = linear
        if linear:
            for other, other_dim in list(self.dims.items()):
                if other_dim != dim or not self.linear.get(other):
                    continue
                self.factors[f"{unit}→{other}"] = str(
                    registry.Quantity(Decimal(1), unit).to(other).magnitude)
                self.factors[f"{other}→{unit}"] = str(
                    registry.Quantity(Decimal(1), other).to(unit).magnitude)
            if dim not in self.dims:  # its base units, as a unit of their own
                self.learn(dim, registry)
                return  # (the base's learning wrote the table)
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        import json  # (only a new unit writes the table)

        from reconcile.lang.cldrcache import _write

        data = {"format": _FORMAT, "dims": self.dims, "linear": self.linear,
                "factors": self.factors}
        _write(self.path, json.dumps(data, sort_keys=True, ensure_ascii=False).encode())


def _table_path() -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    from reconcile.lang.cldrcache import library_stamps

    stamp = "\n".join([f"units/{_FORMAT}", *library_stamps(("pint",))])
    return folder / f"units-{sha256(stamp.encode()).hexdigest()[:24]}.json"


def load_table(path: Path | None) -> UnitTable:
    """The table kept at `path` (an empty one when there is none, or it is damaged)."""
    if path is None:
        return UnitTable()
    import json  # (a run that meets no unit reads no table)

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") == _FORMAT:
            return UnitTable(dict(data["dims"]), dict(data["linear"]), dict(data["factors"]),
                             path)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass  # not kept yet, or damaged: start again
    return UnitTable(path=path)


@functools.lru_cache(maxsize=1)
def unit_table() -> UnitTable:
    """The process's table, read from the cache folder on first use."""
    return load_table(_table_path())

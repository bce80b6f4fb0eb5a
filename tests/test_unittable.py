"""pint's answers kept between runs (reconcile.extraction.unittable): the same digits as
pint's own conversions, kept in the cache folder, and no pint import once kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from reconcile.extraction import quantities
from reconcile.extraction.unittable import UnitTable, load_table
from reconcile.lang import get_profile

ROOT = Path(__file__).resolve().parents[1]
VALUES = [Decimal(v) for v in ("0", "1", "2.5", "491", "28000", "0.001", "17500", "-40",
                               "123456789.123")]


def _units() -> list[str]:
    """Every unit string the five languages' quantity words name (pint's units)."""
    found: set[str] = set()
    for code in ("en", "fr", "id", "ja", "zh"):
        words = get_profile(code).quantities
        found.update(words.after.values())
        found.update(words.prefixes.values())
        for suffixes in words.circumfixes.values():
            found.update(suffixes.values())
    return sorted(u for u in found if quantities._known(u))


UNITS = _units()


def test_the_languages_name_many_units() -> None:
    assert len(UNITS) >= 20
    assert {"kilometer", "mile", "degree_Celsius", "kilometer / hour"} <= set(UNITS)


def test_kept_answers_are_pints_digit_for_digit(tmp_path: Path) -> None:
    registry = quantities._registry()
    table = UnitTable(path=tmp_path / "units.json")
    for unit in UNITS:
        base = registry.Quantity(Decimal(1), unit).to_base_units()
        assert table.dimension(unit, quantities._registry) == str(base.units)
    for a in UNITS:
        for b in UNITS:
            if table.dims[a] != table.dims[b]:
                continue
            factor = table.factor(a, b, quantities._registry)
            linear = table.linear[a] and table.linear[b]
            assert (factor is None) == (not linear), (a, b)
            if factor is None:
                continue
            for value in VALUES:
                assert value * factor == registry.Quantity(value, a).to(b).magnitude, (a, b)
    # kept, and read back the same
    again = load_table(tmp_path / "units.json")
    assert again.dims == table.dims and again.factors == table.factors
    assert again.linear == table.linear


def test_temperatures_are_converted_by_pint_with_their_offsets(tmp_path: Path) -> None:
    table = UnitTable(path=tmp_path / "units.json")
    assert table.factor("degree_Celsius", "degree_Fahrenheit", quantities._registry) is None
    assert quantities.convert(Decimal(100), "degree_Celsius", "degree_Fahrenheit") \
        == Decimal(212)
    assert quantities.to_base(Decimal(30), "degree_Celsius") == (Decimal("303.15"), "kelvin")


def test_a_damaged_or_foreign_file_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "units.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_table(path).dims == {}
    path.write_text(json.dumps({"format": -1, "dims": {"x": "y"}}), encoding="utf-8")
    assert load_table(path).dims == {}
    table = load_table(path)
    table.dimension("mile", quantities._registry)
    assert load_table(path).dims["mile"] == "meter"


def test_two_dimensions_do_not_convert(tmp_path: Path) -> None:
    from pint import DimensionalityError

    table = UnitTable(path=tmp_path / "units.json")
    with pytest.raises(DimensionalityError):
        table.factor("kilogram", "kilometer", quantities._registry)


_PROBE = """
import sys
from decimal import Decimal
from reconcile.extraction.quantities import convert, dimension, to_base
print(dimension("mile / hour"), convert(Decimal(491), "mile", "kilometer"),
      to_base(Decimal(2), "square_kilometer")[0])
print("pint" in sys.modules)
"""


def test_a_second_run_does_not_load_pint(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "RECONCILE_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True,
                           text=True, check=True).stdout.splitlines() for _ in range(2)]
    assert runs[0][0] == runs[1][0]  # the same digits, from pint or from the table
    dim, km, m2 = runs[1][0].rsplit(" ", 2)
    assert (dim, Decimal(km), Decimal(m2)) == ("meter / second", Decimal("790.187904"),
                                               Decimal(2000000))
    assert runs[0][1] == "True"  # the first run asked pint
    assert runs[1][1] == "False"  # the second found its answers kept
    assert list(tmp_path.glob("units-*.json"))

"""Shared helpers of the per-language extraction tests (tests/lang/<code>/)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, NamedTuple

import pytest

from reconcile import extract_claims
from reconcile.model import Claim


class Want(NamedTuple):
    """The expected shape of one claim; low/high are decimal strings (None = open bound)."""

    surface: str
    kind: str
    low: str | None = None
    high: str | None = None
    qualifier: str = "eq"
    unit: str | None = None
    date: str | None = None
    relative: str | None = None
    anchor: str | None = None


def eq(surface: str, kind: str, value: str, unit: str | None, qualifier: str = "eq") -> Want:
    """A claim whose interval is one point (eq and approx)."""
    return Want(surface, kind, value, value, qualifier, unit)


def date(surface: str, iso: str | None, qualifier: str = "eq", *, relative: str | None = None,
         anchor: str | None = None) -> Want:
    return Want(surface, "date", None, None, qualifier, None, iso, relative, anchor)


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _got(text: str, claim: Claim, lang: str) -> Want:
    assert text[claim.start:claim.end] == claim.surface, claim
    assert claim.lang == lang
    return Want(claim.surface, claim.kind, None if claim.low is None else str(claim.low),
                None if claim.high is None else str(claim.high), claim.qualifier, claim.unit,
                claim.date, claim.relative, claim.anchor)


def check_claims(text: str, wanted: list[Want], lang: str) -> None:
    """Every claim of `text`, in order, must be exactly the wanted ones (values compared as
    Decimals, so 1.9E+6 and 1900000 are equal here; exact spelling is tested separately)."""
    got = [_got(text, c, lang) for c in extract_claims(text, lang)]
    assert [_comparable(g) for g in got] == [_comparable(w) for w in wanted], got


def _comparable(want: Want) -> tuple[object, ...]:
    return (*want[:2], _dec(want.low), _dec(want.high), *want[4:])


def xfail(text: str, wanted: list[Want], reason: str, id: str) -> object:
    return pytest.param(text, wanted, id=id,
                        marks=pytest.mark.xfail(strict=True, reason=reason))


TABLES = ("MONEY", "LOCALE_FORMATS", "COUNTS", "RANGES", "QUALIFIERS", "DATES", "DURATIONS",
          "MULTIPLIERS", "NON_CLAIMS")


def cases(module_vars: Mapping[str, Any]) -> list[Any]:
    """All case tables of a language test module as one parameter list; each id names its
    construct ("money-yen"), so one parametrized test covers every table."""
    out: list[Any] = []
    for table in TABLES:
        for param in module_vars[table]:
            out.append(pytest.param(*param.values, marks=param.marks,
                                    id=f"{table.lower().replace('_', '-')}-{param.id}"))
    return out


def q(surface: str, value: str, unit: str, qualifier: str = "eq") -> Want:
    """A measured quantity claim; `unit` is its pint unit string."""
    return eq(surface, "quantity", value, unit, qualifier)


def qrange(surface: str, low: str, high: str, unit: str) -> Want:
    return Want(surface, "quantity", low, high, "range", unit)


def rng(surface: str, kind: str, low: str, high: str, unit: str | None) -> Want:
    """A range claim of any kind."""
    return Want(surface, kind, low, high, "range", unit)

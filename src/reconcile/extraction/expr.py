"""The expression type that grows from a number atom into a claim, and span helpers."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import MISSING, dataclass, fields
from decimal import Decimal
from typing import Any, Literal

from reconcile.lang import RelativeSpec
from reconcile.model import Qualifier

Origin = Literal["digits", "han", "word", "article", "several", "multiplier"]

# The `relative` of a date whose year the story's time gives: a month or day without a year.
NO_YEAR = "month without year"
# The `relative` of a CJK date whose year is written with its last two digits and no
# four-digit year in its sentence (24年8月): the story's time gives its century.
NO_CENTURY = "year without century"


@dataclass(frozen=True)
class Expr:
    """A number growing into a claim; offsets are local to the segment text."""

    start: int
    end: int
    value: Decimal
    origin: Origin
    num_start: int
    num_end: int
    plain_int: bool = False
    scaled: bool = False
    scale: Decimal = Decimal(1)
    currency: str | None = None
    percent: bool = False
    duration: str | None = None
    multiplier: bool = False
    counter: str | None = None
    qualifier: Qualifier = "eq"
    several: tuple[Decimal, Decimal] | None = None
    vague: bool = False
    high: Decimal | None = None
    date: str | None = None
    high_date: str | None = None
    relative: str | None = None
    rel_spec: RelativeSpec | None = None
    ordinal: bool = False
    identifier: bool = False
    # Money whose currency the text does not tell ("roupies": Indian or Indonesian?, "$C"):
    # such an amount is no claim rather than a guess, unless the document names exactly one
    # of the candidate currencies elsewhere (see reconcile.extraction.money).
    unknown_currency: bool = False
    currency_candidates: tuple[str, ...] = ()
    quantity: str | None = None
    unsure: bool = False
    unit_at: int = -1
    # Where the counted noun of this number is looked for when not right after it: the
    # first of a figure's old and new values ("rose from 21 to 30 people") counts the
    # second's noun.
    noun_at: int = -1
    # date..high_date is one named period (a decade, 1960/1969), not a range of two dates.
    whole_period: bool = False
    # Whether a currency stands before the number (money.money_before), when already read.
    money_before: bool | None = None

    @property
    def has_unit(self) -> bool:
        return bool(self.currency or self.percent or self.duration or self.multiplier
                    or self.counter or self.quantity)


_DEFAULTS: dict[str, Any] = {f.name: f.default for f in fields(Expr) if f.default is not MISSING}


def make_expr(start: int, end: int, value: Decimal, origin: Origin, num_start: int,
              num_end: int, **changes: Any) -> Expr:
    """`Expr(...)` for the hot paths, with the same result but cheaper: the defaults and
    the given fields stored at once, without the generated constructor's one frozen
    __setattr__ per field (Expr has no __post_init__ to skip). An unknown field name
    raises, as with the constructor."""
    if not _DEFAULTS.keys() >= changes.keys():
        raise TypeError(f"Expr has no field {sorted(changes.keys() - _DEFAULTS.keys())}")
    e = object.__new__(Expr)
    vars(e).update(_DEFAULTS, start=start, end=end, value=value, origin=origin,
                   num_start=num_start, num_end=num_end, **changes)
    return e


def evolve(e: Expr, **changes: Any) -> Expr:
    """`dataclasses.replace` for the hot paths of growth, with the same result but cheaper:
    `e` itself when every change is the value it already holds (a frozen value needs no
    copy), else a copy of its fields with the changes, without replace's walk over the
    field list. An unknown field name raises, as with replace."""
    fields = vars(e)
    same = True
    for name, value in changes.items():
        if fields[name] is not value:  # an unknown name raises KeyError here
            same = False
    if same:
        return e
    # A copy of the fields, changed: what the constructor would store, without its one
    # frozen __setattr__ per field (Expr has no __post_init__ to skip).
    copy = object.__new__(Expr)
    vars(copy).update(fields, **changes)
    return copy


def non_overlapping(exprs: Iterable[Expr]) -> list[Expr]:
    """Longest first, then earliest; kept spans are disjoint. Each candidate is checked
    against its two neighbours among the kept spans only (bisect), so this stays
    O(n log n) on pathological inputs."""
    given = list(exprs)
    if len(given) < 2:
        return given  # nothing to overlap (most sentences)
    starts: list[int] = []
    chosen: list[Expr] = []
    for expr in sorted(given, key=lambda e: (-(e.end - e.start), e.start)):
        at = bisect.bisect_left(starts, expr.start)
        if at > 0 and chosen[at - 1].end > expr.start:
            continue
        if at < len(chosen) and chosen[at].start < expr.end:
            continue
        starts.insert(at, expr.start)
        chosen.insert(at, expr)
    return chosen


def overlaps_any(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps one of `spans` (sorted, disjoint): bisect, not scan."""
    at = bisect.bisect_right(spans, (start, float("inf")))
    return (at > 0 and spans[at - 1][1] > start) or (at < len(spans) and spans[at][0] < end)


def dec(value: object) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def noun_pos(e: Expr) -> int:
    """Where the counted noun of `e` begins to be looked for (see Expr.noun_at)."""
    return e.noun_at if e.noun_at >= 0 else e.end

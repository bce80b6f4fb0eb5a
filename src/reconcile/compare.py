"""Comparison: the verdict on one fact's claims, its outliers and a diagnosis in plain words.

Values are compared as intervals. Each claim has a *plausible* interval (what a careful
reader takes it to mean) and a wider *hard* interval (what it can possibly mean in a news
text). Two claims whose hard intervals are disjoint cannot both be true: conflict. Two
whose plausible intervals are disjoint are compatible but worth a look: soft.

The tolerance rule (README "How values are compared"):
- exact numbers: plausible = the value; hard = ±2% (rounding in republication);
- approximate (about, près de, 約): plausible ±5%, hard ±10% (or half a unit of the last
  digit stated); two approximations conflict when neither one's hard interval takes the
  other's number ("about 60" vs "about 70": two numbers reported, each rounded);
- "more than X" in news means somewhat above X: plausible [X, 1.5X], hard [X, 10X)
  ("$100 million" against "more than $44 million" is at most soft); "less than X" mirrors
  it: [X/1.5, X], (X/10, X];
- two bounds in the same direction are the numbers reported and compare as such: within
  2% agree, within 1.5x soft, beyond conflict ("more than $2.4 million" vs "more than
  $240 million");
- ranges: plausible = the range, hard = the range ±2%; "several": the stated interval;
  two ranges: their bounds are the numbers reported, each compared as an exact number
  ("$30,000-$50,000" vs "$30,000-$60,000" is a conflict: a range bound changed);
- percentage points and percents conflict ("3 percentage points" is not "3%");
- dates agree when equal at the coarser precision ("February 2018" vs "2018");
- measured quantities compare only within one dimension (km with miles, never km with kg).
  In the same unit they follow the rules above. In two units (a translator converted),
  they agree when one value, converted into the other's unit and rounded at the last
  significant digit the other states (two at least), gives that value: 491 miles =
  790.2 km → 790 km;
  1,000 pounds = 453.6 kg → 450 kg; 28,000 km/h ← 17,500 mph = 28,164 km/h. Otherwise both
  are converted into one unit and compared by the rules above.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from reconcile.convert import CURRENCY_TOLERANCE, Exchange
from reconcile.extraction.days import WEEKDAY
from reconcile.extraction.quantities import MAGNITUDE, SIGNED, convert, same_dimension, to_base
from reconcile.extraction.updates import update_words
from reconcile.findings import CODES as FINDING_CODES
from reconcile.model import Claim, FactStatus, Verdict

EXACT_TOLERANCE = Decimal("0.02")
APPROX_PLAUSIBLE = Decimal("0.05")
# "About X": within APPROX_HARD of X, or within half a unit of X's last significant digit
# when that is wider ("close to $300,000" takes $275,000; "about 17,500" does not take
# 27,500, nor "about a million" 300,000).
APPROX_HARD = Decimal("0.10")
MORE_THAN_PLAUSIBLE = Decimal("1.5")
# [X, 10X): an order of magnitude above "more than X" is another number, not "more".
MORE_THAN_HARD = Decimal("9.99")

# Stable codes of findings, used in every output format (spaCy-style catalogue, whose
# names, summaries and help text live in findings.py).
CODES = FINDING_CODES
# Codes that name a known slip (how one value became another), not just a difference.
SLIPS = frozenset({"R101", "R102", "R103", "R104", "R105", "R106", "R109"})

# Durations in seconds, each factor a whole number, so a span written in two units is the
# same exact number (2:04:00 is 7440 s, "2 h 04 min" 124 min: both 7440 s; reciprocals of
# a day would round one of them in the last digit). A unit not listed counts as a day.
_SECONDS = {"second": Decimal(1), "minute": Decimal(60), "hour": Decimal(3600),
            "day": Decimal(86400), "week": Decimal(604800), "month": Decimal(2629800),
            "year": Decimal(31557600)}
_A_DAY = _SECONDS["day"]

Relation = str  # "agree" | "soft" | "conflict"


@dataclass(frozen=True)
class _Interval:
    """A claim's values as an interval (None: open on that side)."""

    low: Decimal | None
    high: Decimal | None

    def overlaps(self, other: _Interval) -> bool:
        # The larger low and the smaller high (None: open), without a generator per call:
        # alignment compares the intervals of every pair of claims it scores.
        # (max, min as the builtins pick: the second only when greater, smaller; without
        # their calls, which parse their arguments as keywords may come)
        lo = other.low if self.low is None else self.low if other.low is None \
            else other.low if other.low > self.low else self.low
        hi = other.high if self.high is None else self.high if other.high is None \
            else other.high if other.high < self.high else self.high
        return lo is None or hi is None or lo <= hi


def _scale(claim: Claim) -> Decimal:
    """Factor to a common unit: durations in seconds, everything else as written."""
    return _SECONDS.get(claim.unit or "", _A_DAY) if claim.kind == "duration" else Decimal(1)


def intervals(claim: Claim) -> tuple[_Interval, _Interval]:
    """(plausible, hard) interval of a numeric claim in its common unit."""
    return _intervals(claim.kind, claim.unit, claim.low, claim.high, claim.qualifier)


@lru_cache(maxsize=1 << 16)
def _intervals(kind: str, unit: str | None, stated_low: Decimal | None,
               stated_high: Decimal | None, q: str) -> tuple[_Interval, _Interval]:
    """intervals, by what they read of the claim: alignment and comparison ask for the
    same claims' intervals again and again (every pair a claim is in), and building them
    (Decimal products, two frozen dataclasses) cost more than the comparison itself.
    Values equal as numbers share an entry: the intervals are only compared and
    multiplied, whose results depend on the numbers, not on how they were written."""
    k = _SECONDS.get(unit or "", _A_DAY) if kind == "duration" else Decimal(1)  # _scale
    low = stated_low * k if stated_low is not None else None
    high = stated_high * k if stated_high is not None else None
    if q in ("gt", "gte") and low is not None:
        if low < 0:  # "above minus 5 °C": no multiple of a negative bound bounds it
            return _Interval(low, None), _Interval(low, None)
        return (_Interval(low, low * MORE_THAN_PLAUSIBLE),
                _Interval(low, low * MORE_THAN_HARD))
    if q in ("lt", "lte") and high is not None:
        if high < 0:
            return _Interval(None, high), _Interval(None, high)
        return (_Interval(high / MORE_THAN_PLAUSIBLE, high),
                _Interval(high / MORE_THAN_HARD, high))
    if q == "approx" and low is not None and stated_low is not None:
        spread = max(abs(low) * APPROX_HARD, _digit_unit(stated_low) * k / 2)
        return (_Interval(_lower(low, APPROX_PLAUSIBLE), _upper(low, APPROX_PLAUSIBLE)),
                _Interval(low - spread, low + spread))
    if q == "several":
        return _Interval(low, high), _Interval(low, high)
    if q == "eq" and low is not None and low == high \
            and (kind == "percent" or (kind == "quantity" and unit in _EXACT_UNITS)):
        # A stated percentage is exact to its last digit, which a republication may round
        # away ("47.2%" → "47%") but never changes: 71.4% vs 74.1% is a conflict. So are a
        # temperature and a magnitude (44.5 °C vs 45.5 °C, M7.8 vs M7.7), whose values
        # are no sizes a share of which is a rounding.
        half = _half_unit(low)
        return _Interval(low - half, low + half), _Interval(low - half, low + half)
    hard_low = _lower(low, EXACT_TOLERANCE) if low is not None else None
    hard_high = _upper(high, EXACT_TOLERANCE) if high is not None else None
    return _Interval(low, high), _Interval(hard_low, hard_high)


_ONE = Decimal(1)


def _lower(value: Decimal, tolerance: Decimal) -> Decimal:
    """value moved down by `tolerance` of its size (a negative value too: -5 °C widens to
    -5.05, not to -4.95, which would leave its interval empty)."""
    return value * (_ONE - tolerance) if value >= 0 else value * (_ONE + tolerance)


def _upper(value: Decimal, tolerance: Decimal) -> Decimal:
    """value moved up by `tolerance` of its size (see _lower)."""
    return value * (_ONE + tolerance) if value >= 0 else value * (_ONE - tolerance)


# Units stated exactly to their last digit (see _intervals).
_EXACT_UNITS = frozenset({*SIGNED, MAGNITUDE})


def _digit_unit(value: Decimal) -> Decimal:
    """One unit of the last significant digit a value states (300000 → 100000, 17500 →
    100, 4.5 → 0.1)."""
    exponent = value.normalize().as_tuple().exponent
    return Decimal(1).scaleb(exponent) if isinstance(exponent, int) else Decimal(0)


def _half_unit(value: Decimal) -> Decimal:
    """Half a unit of the last digit stated (71.4 → 0.05; 20 → 0.5: zeros before the
    point count as stated)."""
    exponent = value.normalize().as_tuple().exponent
    place = min(exponent, 0) if isinstance(exponent, int) else 0
    return Decimal(1).scaleb(place) * Decimal("0.499")  # the bound itself excluded


def _date_parts(date: str) -> tuple[str, str]:
    first, _, last = date.partition("/")
    return first, last or first


def _date_relation(a: str, b: str) -> Relation:
    a_lo, a_hi = _date_parts(a)
    b_lo, b_hi = _date_parts(b)
    # Compare at the coarser precision: "2018-02" against "2018" compares years.
    width = len(a_lo) if len(a_lo) <= len(b_lo) else len(b_lo)  # min(...), no call
    if a_lo[:width] <= b_hi[:width] and b_lo[:width] <= a_hi[:width]:
        return "agree" if len(a_lo) == len(b_lo) or width >= 4 else "soft"
    return "conflict"


def month_day(claim: Claim) -> str | None:
    """The month and day a date states, as "--MM-DD" or "--MM" ("--MM-DD/--MM-DD" for
    days of a month, "15-17 March"): a date without a year ("4 July", its year only
    inferred from the text) or a single dated day or month; None for a year, a span or a
    relative step ("last month")."""
    if claim.floating is not None:
        # "--07-04"; a relative step may name a month too ("now+0 year--03": 今年3月), or a
        # day of a month it names relatively ("now+0 month---27": 今月27日, "---27" until
        # the story's date gives the month)
        at = claim.floating.find("--")
        if at >= 0 and claim.floating.startswith("---", at) and claim.date \
                and len(claim.date) == 10:
            return "-" + claim.date[4:]
        return claim.floating[at:] if at >= 0 else None
    date = claim.date
    if date and "/" not in date and len(date) >= 7 and not claim.relative:
        return "-" + date[4:]
    return None


def _dates_relation(a: Claim, b: Claim) -> Relation | None:
    if WEEKDAY in (a.relative, b.relative):
        # "on Tuesday" names a day of the week up to the story's date or of the week after
        # (extraction/weekdays.py reads the tense from a few words): the same weekday a
        # week apart is what it states; against anything but a day, nothing to compare
        if not (a.date and b.date and len(a.date) == len(b.date) == 10):
            return None
        if abs((_day(a.date) - _day(b.date)).days) in (0, 7):
            return "agree"
    # A date stated without a year ("4 July") compares by what it states: its month and
    # day. The year it was resolved to is the text's inference, which one version may
    # draw from another anchor; and two versions that state no year still agree or not.
    if a.floating is not None or b.floating is not None:
        ma, mb = month_day(a), month_day(b)
        if ma is not None and mb is not None and (ma.startswith("---") or mb.startswith("---")):
            # A day of a month not known (今月27日 with no date of writing) against a day:
            # the same day may be one date; another day is another date, whatever month.
            da, db = day_of(ma), day_of(mb)
            return None if da is None or db is None else "agree" if da == db else "conflict"
        if ma is not None and mb is not None:
            # As dates of one year, at the coarser precision; days of a month ("15-17
            # March": "--03-15/--03-17") hold any day between them.
            return _date_relation(ma.replace("--", _ANY_YEAR), mb.replace("--", _ANY_YEAR))
        if a.floating is not None and a.floating == b.floating:
            return "agree"  # "last month" / "le mois dernier": the same step, unresolved
        if (a.floating or "").startswith("--") or (b.floating or "").startswith("--"):
            return None  # a month and day against a year or a span: nothing in common
    if not a.date or not b.date:
        return None
    return _date_relation(a.date, b.date)


def _day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def day_of(md: str) -> str | None:
    """The day of a month_day value ("--07-04", "---04"), None for a month ("--07") or
    days of a month ("--03-15/--03-17")."""
    if "/" in md:
        return None
    if md.startswith("---"):
        return md[3:]
    return md[5:7] if len(md) == 7 else None


# The year month-and-day dates are compared in (a leap year: "--02-29" is a day of it).
_ANY_YEAR = "2000-"


def shown_date(claim: Claim) -> str:
    """A date claim's value for a message: its date, or what it states without one."""
    return claim.date or claim.floating or claim.relative or "?"


def as_age(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    """A bare count beside a span in years ("people over 50" / "plus de 50 ans") is an age
    whose year word one language dropped: the count compares as that span. Any other two
    claims are returned as they are."""
    if a.kind == "count" and b.kind == "duration" and a.unit is None and b.unit == "year":
        return replace(a, kind="duration", unit="year"), b
    if b.kind == "count" and a.kind == "duration" and b.unit is None and a.unit == "year":
        return a, replace(b, kind="duration", unit="year")
    return a, b


def relation(a: Claim, b: Claim, exchange: Exchange | None = None) -> Relation | None:
    """How two claims of one fact relate; None when they cannot be compared (an
    unresolved relative date). With `exchange`, amounts in two currencies compare at the
    reference rate (convert.py); without it they conflict."""
    if a.kind != b.kind:
        a, b = as_age(a, b)
    if a.kind == "date" or b.kind == "date":
        return _dates_relation(a, b)
    if a.kind == "quantity" or b.kind == "quantity":
        if a.kind != b.kind or not same_dimension(a.unit, b.unit):
            return None  # 12 km and 12 dead, 450 kg and 790 km: never one fact
        if a.unit != b.unit:
            if _rounds_to(a, b) or _rounds_to(b, a):
                return "agree"
            a, b = _in_common_unit(a, b)
    if a.kind == "money" and b.kind == "money" and a.unit != b.unit:
        return _currency_relation(a, b, exchange)
    if a.kind == "percent" and b.kind == "percent" and a.unit != b.unit:
        # 3 percentage points is not 3%: another quantity. The same number is soft: a
        # change of a rate written in percent is often meant in points (日銀は0.25%引き上げ,
        # "cut rates by 0.25%" for 25 basis points).
        return "soft" if (a.low, a.high) == (b.low, b.high) else "conflict"
    if a.kind == "duration" and b.kind == "duration" and (a.unit is None) != (b.unit is None):
        return None
    if _mirrored(a, b):
        positive = a if a.low is not None and a.low > 0 else b
        return "agree" if said_falling(positive) else "soft"
    bounds = _same_direction_bounds(a, b)
    if bounds is not None:
        return _bound_relation(*bounds)
    ranges = _range_bounds(a, b)
    if ranges is not None:
        return "agree" if all(_near(x, y) for x, y in ranges) else "conflict"
    # intervals(a), intervals(b), read without the wrapper's call (every pair compared)
    pa, ha = _intervals(a.kind, a.unit, a.low, a.high, a.qualifier)
    pb, hb = _intervals(b.kind, b.unit, b.low, b.high, b.qualifier)
    if not ha.overlaps(hb) or _apart_approximations(a, b, ha, hb):
        return "conflict"
    if _swapped_points(a, b):
        # Within the tolerance, but no rounding swaps two digits: 1,234 vs 1,243 is a
        # typing slip (a conflict); with "about" on either side ("about 550" vs "about
        # 505") it is worth a look (soft).
        return "conflict" if a.qualifier == b.qualifier == "eq" else "soft"
    if not pa.overlaps(pb):
        return "soft"
    return "agree"


_POINT_QUALIFIERS = frozenset({"eq", "approx"})


def _swapped_points(a: Claim, b: Claim) -> bool:
    """Two single values (exact or approximate) whose digits are the same but for two
    neighbours swapped (_digits_swapped), in the common unit."""
    if a.qualifier not in _POINT_QUALIFIERS or b.qualifier not in _POINT_QUALIFIERS:
        return False
    if a.low is None or b.low is None or a.low != a.high or b.low != b.high or a.low == b.low:
        return False
    return _digits_swapped(a.low * _scale(a), b.low * _scale(b))


def _mirrored(a: Claim, b: Claim) -> bool:
    """A percentage or an amount of money one version signs and another states as a
    magnitude: "マイナス0.4%" (growth of minus 0.4%) and "contracted 0.4%", "minus $45
    million" and "a loss of $45 million" say the direction in a sign or in a verb. The
    sign is not read from the verb, so the two are soft, not a conflict."""
    return (a.kind == b.kind and a.kind in ("percent", "money") and a.unit == b.unit
            and a.qualifier == b.qualifier and a.low is not None and b.low is not None
            and a.low == a.high and b.low == b.high and a.low == -b.low and a.low != 0)


def said_falling(claim: Claim) -> bool:
    """Whether a word of falling stands right before a claim in its sentence, or right
    after it in CJK text ([updates] falls: "down 21%", « en baisse de 21 % », "turun 21
    persen", 下跌21%, 21％下落): its magnitude is a negative change, as "−21 %" writes it."""
    words = update_words(claim.lang).falls
    if not words:
        return False
    at = claim.start - claim.sentence_start
    if not 0 <= at <= len(claim.sentence):
        return False
    before = claim.sentence[max(0, at - 16):at].casefold()
    after = claim.sentence[at + len(claim.surface):at + len(claim.surface) + 4]
    return any(w in before for w in words) or any(after.startswith(w) for w in words)


def converted(a: Claim, b: Claim, exchange: Exchange | None) -> Claim | None:
    """Amount `a` in the currency of amount `b` at the exchange's rate (None: no rate).
    The same number in two currencies is a swapped currency, never a conversion: None."""
    if exchange is None or a.unit is None or b.unit is None or (a.low, a.high) == (b.low, b.high):
        return None
    rate = exchange.rate(a.unit, b.unit)
    if rate is None:
        return None
    return replace(a, unit=b.unit,
                   low=a.low * rate if a.low is not None else None,
                   high=a.high * rate if a.high is not None else None)


def _currency_relation(a: Claim, b: Claim, exchange: Exchange | None) -> Relation:
    """Two amounts in two currencies agree when a, converted, meets b within
    CURRENCY_TOLERANCE (on top of each claim's own hard interval)."""
    moved = converted(a, b, exchange)
    if moved is None:
        return "conflict"
    ha, hb = intervals(moved)[1], intervals(b)[1]
    wide = _Interval(_lower(ha.low, CURRENCY_TOLERANCE) if ha.low is not None else None,
                     _upper(ha.high, CURRENCY_TOLERANCE) if ha.high is not None else None)
    return "agree" if wide.overlaps(hb) else "conflict"


def _bounds(a: Claim, b: Claim) -> list[tuple[Decimal, Decimal]]:
    return [(x, y) for x, y in ((a.low, b.low), (a.high, b.high))
            if x is not None and y is not None]


def _rounds_to(a: Claim, b: Claim) -> bool:
    """a, converted into b's unit and rounded at b's last significant digit, is b: the
    translator's conversion (each bound of a range alike)."""
    if a.qualifier != b.qualifier or a.unit is None or b.unit is None:
        return False
    pairs = _bounds(a, b)
    return bool(pairs) and all(_round_at(convert(x, a.unit, b.unit), y) == y for x, y in pairs)


def _round_at(value: Decimal, stated: Decimal) -> Decimal:
    """value rounded at the last significant digit of `stated` (790 → tens, 28000 →
    thousands, 4.5 → tenths), but to two significant digits at least: the zeros of a
    round "1,000" may be meant, and one digit would let 700 miles pass for 1,000 km."""
    exponent = stated.normalize().as_tuple().exponent
    if not isinstance(exponent, int) or stated == 0:
        return value
    place = min(exponent, stated.adjusted() - 1)
    return value.quantize(Decimal(1).scaleb(place), rounding=ROUND_HALF_UP)


def _in_common_unit(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    """Two quantities in one unit (the first of their two in sorted order, so the pair
    converts the same way whichever comes first)."""
    target = min(a.unit or "", b.unit or "")
    return _in_unit(a, target), _in_unit(b, target)


def _in_unit(claim: Claim, unit: str) -> Claim:
    if claim.unit == unit or claim.unit is None:
        return claim
    low = convert(claim.low, claim.unit, unit) if claim.low is not None else None
    high = convert(claim.high, claim.unit, unit) if claim.high is not None else None
    return replace(claim, low=low, high=high, unit=unit)


def _same_direction_bounds(a: Claim, b: Claim) -> tuple[Decimal, Decimal] | None:
    """Two "more than" (or two "less than") claims: their bounds are the numbers the
    versions report, so "more than 100" vs "more than 200" is a disagreement."""
    up, down = ("gt", "gte"), ("lt", "lte")
    if a.qualifier in up and b.qualifier in up and a.low is not None and b.low is not None:
        return a.low * _scale(a), b.low * _scale(b)
    if a.qualifier in down and b.qualifier in down and a.high is not None \
            and b.high is not None:
        return a.high * _scale(a), b.high * _scale(b)
    return None


def _apart_approximations(a: Claim, b: Claim, ha: _Interval, hb: _Interval) -> bool:
    """Two approximations are each the number a version reports, rounded: they agree when
    one of them, read as widely as "about" allows, takes the other's number ("about
    300,000" takes "about 275,000"); "about 60" and "about 70" report two numbers."""
    if a.qualifier != "approx" or b.qualifier != "approx" or a.low is None or b.low is None:
        return False
    va, vb = a.low * _scale(a), b.low * _scale(b)
    return not (_inside(vb, ha) or _inside(va, hb))


def _inside(value: Decimal, interval: _Interval) -> bool:
    return ((interval.low is None or interval.low <= value)
            and (interval.high is None or value <= interval.high))


def _range_bounds(a: Claim, b: Claim) -> tuple[tuple[Decimal, Decimal], ...] | None:
    """Two ranges: (lower, lower) and (upper, upper) bounds in the common unit."""
    if a.qualifier != "range" or b.qualifier != "range":
        return None
    if a.low is None or a.high is None or b.low is None or b.high is None:
        return None
    ka, kb = _scale(a), _scale(b)
    return (a.low * ka, b.low * kb), (a.high * ka, b.high * kb)


def _near(x: Decimal, y: Decimal) -> bool:
    """Equal as exact numbers are: within the rounding of republication."""
    # min(x, y), max(x, y), as the builtins pick (the same comparisons), without the calls
    low, high = (y if y < x else x), (y if y > x else x)
    return high <= low * (1 + EXACT_TOLERANCE) if low >= 0 else x == y


def _bound_relation(x: Decimal, y: Decimal) -> Relation:
    low, high = (y if y < x else x), (y if y > x else x)  # min, max (as in _near)
    if _near(x, y):
        return "agree"
    if _digits_swapped(x, y):
        return "conflict"  # "at least 85" vs "at least 58": two digits swapped, no rounding
    if high <= low * MORE_THAN_PLAUSIBLE:
        return "soft"
    return "conflict"


# ---------------------------------------------------------------------------------------
# sides and outliers


def _sides(claims: Sequence[Claim], compatible: set[Relation],
           exchange: Exchange | None = None) -> list[list[Claim]]:
    """Claims split into groups that agree within themselves: first fit, the claims most
    others agree with placed first (then in source order), so that a claim only compatible
    with the rest ("more than 60" beside "more than 50", "more than 50", "50") does not
    seed a side and pull them away from the claim they agree with."""
    agreeing = {id(c): sum(relation(c, o, exchange) == "agree" for o in claims if o is not c)
                for c in claims}
    sides: list[list[Claim]] = []
    for claim in sorted(claims, key=lambda c: -agreeing[id(c)]):
        for side in sides:
            if all(relation(claim, other, exchange) in compatible | {None}
                   for other in side):
                side.append(claim)
                break
        else:
            sides.append([claim])
    return sides


def _witness(claim: Claim, witness_of: Mapping[str, str]) -> str:
    return witness_of.get(claim.source or "", claim.source or "")


def _weight(side: Sequence[Claim], witness_of: Mapping[str, str]) -> tuple[int, int]:
    return len({_witness(c, witness_of) for c in side}), len(side)


def _majority(sides: list[list[Claim]], witness_of: Mapping[str, str]) -> list[Claim] | None:
    """The side independent witnesses back, or None when they split evenly.

    Translations of one text count as one witness. A tie between sides backed by the same
    witnesses (two translations of one text disagree) is broken by counting versions; any
    other tie has no majority, and the report names both sides instead of an outlier.
    """
    ranked = sorted(sides, key=lambda s: _weight(s, witness_of), reverse=True)
    top, runner = ranked[0], ranked[1]
    w_top, w_run = _weight(top, witness_of), _weight(runner, witness_of)
    if w_top[0] > w_run[0]:
        return top
    same_family = ({_witness(c, witness_of) for c in top}
                   == {_witness(c, witness_of) for c in runner})
    if same_family and w_top[1] > w_run[1]:
        return top
    return None


def judge(claims: Sequence[Claim], witness_of: Mapping[str, str],
          exchange: Exchange | None = None) -> Verdict:
    """The verdict on one fact: conflict, soft, agree or single, with outliers; amounts in
    two currencies compare at `exchange`'s rate when it is given."""
    if len({c.source for c in claims}) < 2:
        return Verdict("single")
    # A claim that compares with nothing (an unresolved "last year") cannot vote.
    comparable = [c for c in claims
                  if any(relation(c, o, exchange) is not None for o in claims if o is not c)]
    if len(comparable) < 2:
        return Verdict("agree")
    claims = comparable
    relations = [relation(a, b, exchange) for i, a in enumerate(claims)
                 for b in claims[i + 1:]]
    status: FactStatus
    if "conflict" in relations:
        status, compatible = "conflict", {"agree", "soft"}
    elif "soft" in relations:
        status, compatible = "soft", {"agree"}
    else:
        return Verdict("agree")
    # A claim that agrees with every other ("beberapa": some, beside 3.5 and 4.5) takes no
    # side: the sides are those of the claims that disagree.
    claims = [c for c in claims if any(relation(c, o, exchange) not in ("agree", None)
                                       for o in claims if o is not c)]
    sides = _sides(sorted(claims, key=lambda c: c.source or ""), compatible, exchange)
    if len(sides) < 2:  # cannot happen: an incompatible pair never shares a side
        return Verdict(status)
    majority = _majority(sides, witness_of)
    named = tuple(tuple(sorted(c.source or "" for c in side)) for side in sides)
    if majority is None:
        code, words = diagnose(sides[1], sides[0], status, exchange)
        split = " vs ".join("/".join(side) for side in named)
        families = {_witness(c, witness_of) for c in claims}
        who = ("translations of one text disagree" if len(families) == 1
               else "independent versions split")
        return Verdict(status, (), named, f"{who} ({split}): {words}", code)
    outliers = tuple(sorted(c.source or "" for c in claims if c not in majority))
    odd = [c for c in claims if c not in majority]
    code, words = diagnose(odd, majority, status, exchange)
    return Verdict(status, outliers, named, words, code)


# ---------------------------------------------------------------------------------------
# diagnosis


# Two amounts of money further apart than this, at the day's rates, are no one figure
# mistranslated: a scale word's slip is a thousand (thousand/million) or ten thousand
# (万/億) times at most.
FAR_APART = Decimal(100_000)


def far_apart(a: Claim, b: Claim, exchange: Exchange | None) -> bool:
    """Two amounts of money (each of a known currency) that no slip of translation makes
    one figure: their values, converted at `exchange`'s rates, differ by more than
    FAR_APART times (a conversion in one version only, set against another figure)."""
    if a.kind != "money" or b.kind != "money" or not a.unit or not b.unit:
        return False
    x = a.low if a.low is not None else a.high
    y = b.low if b.low is not None else b.high
    if x is None or y is None or x <= 0 or y <= 0:
        return False
    if a.unit != b.unit:
        rate = exchange.rate(a.unit, b.unit) if exchange is not None else None
        if rate is None:
            return False
        x = x * rate
    return max(x, y) > min(x, y) * FAR_APART


def _rep(claim: Claim) -> Decimal | None:
    value = claim.low if claim.low is not None else claim.high
    if value is not None and claim.kind == "quantity" and claim.unit:
        return to_base(value, claim.unit)[0]
    return value * _scale(claim) if value is not None else None


def _power_of_ten(ratio: Decimal, tolerance: Decimal = Decimal("0.02")) -> int | None:
    """k when ratio is 10**k (k ≠ 0) within `tolerance` (wider for a converted amount,
    whose rate is known only roughly)."""
    if ratio <= 0:
        return None
    exponent = ratio.adjusted()
    for k in (exponent, exponent + 1):
        target = Decimal(10) ** k
        if k != 0 and abs(ratio - target) <= target * tolerance:
            return k
    return None


def _one_digit_apart(a: Decimal, b: Decimal) -> bool:
    """175,000 vs 185,000: one digit of several differs (3 vs 5 is just another number)."""
    da, db = format(a.normalize(), "f"), format(b.normalize(), "f")
    if len(da) != len(db) or len(da.replace(".", "").strip("0")) < 2:
        return False
    return sum(x != y for x, y in zip(da, db, strict=True)) == 1


def _digits_swapped(a: Decimal, b: Decimal) -> bool:
    """14 vs 41, 1,234 vs 1,324: the same digits, two neighbours swapped (two different
    digits, so 11 and 11 are not; a number needs two digits to have neighbours)."""
    da, db = format(a.normalize(), "f"), format(b.normalize(), "f")
    if len(da) != len(db):
        return False
    apart = [i for i, (x, y) in enumerate(zip(da, db, strict=True)) if x != y]
    return len(apart) == 2 and apart[1] == apart[0] + 1 \
        and da[apart[0]] == db[apart[1]] and da[apart[1]] == db[apart[0]] \
        and "." not in (da[apart[0]], da[apart[1]])


def _sources(claims: Sequence[Claim]) -> str:
    return "/".join(sorted(c.source or "?" for c in claims))


def classify(a: Claim, b: Claim, status: str = "conflict",
             exchange: Exchange | None = None) -> str:
    """The finding code of how claim `a` differs from claim `b` (pure: no words built).

    Alignment asks it whether a known slip (SLIPS: a power of ten, a digit, a currency, a
    shifted year or month, a range bound) explains a difference; diagnose words it."""
    if a.kind != b.kind:
        a, b = as_age(a, b)
    if a.kind == "date" and b.kind == "date" and (a.floating or b.floating):
        ma, mb = month_day(a), month_day(b)
        if ma is not None and mb is not None:
            return "R105" if ma[2:4] != mb[2:4] and "---" not in ma + mb else "R108"
    if a.kind == "date" and b.kind == "date" and a.date and b.date:
        ya, yb = a.date[:4], b.date[:4]
        # A span of years against a year is not one date shifted: R108.
        single = "/" not in a.date + b.date
        if single and ya != yb and ya.isdigit() and yb.isdigit():
            return "R104"
        if single and len(a.date) >= 7 and len(b.date) >= 7 and a.date[5:7] != b.date[5:7]:
            return "R105"
        return "R108"
    if a.kind == "money" and b.kind == "money" and a.unit != b.unit:
        # Converted at the reference rate, a power of ten apart: a scale slip in the
        # conversion; otherwise the currency (or the rate) is what differs.
        moved = converted(a, b, exchange)
        ra, rb = (_rep(moved), _rep(b)) if moved is not None else (None, None)
        if ra is not None and rb is not None and rb != 0 and \
                _power_of_ten(ra / rb, CURRENCY_TOLERANCE):
            return "R101"
        return "R103"
    if a.kind == "percent" and b.kind == "percent" and a.unit != b.unit:
        return "R107" if status == "soft" else "R100"
    if _mirrored(a, b):
        return "R107"
    ra, rb = _rep(a), _rep(b)
    if ra is not None and rb is not None and rb != 0:
        if _power_of_ten(ra / rb) is not None:
            return "R101"
        if a.qualifier == "range" and b.qualifier == "range" and (
            a.low == b.low or a.high == b.high
        ):
            return "R106"
        if _one_digit_apart(ra, rb):
            return "R102"
        if _digits_swapped(ra, rb):
            return "R109"
    return "R107" if status == "soft" else "R100"


def is_slip(a: Claim, b: Claim) -> bool:
    """Whether a known slip explains how two conflicting claims differ."""
    return classify(a, b) in SLIPS


def diagnose(odd: Sequence[Claim], rest: Sequence[Claim], status: str,
             exchange: Exchange | None = None) -> tuple[str, str]:
    """(code, plain words) explaining how the odd claims differ from the rest."""
    who, others = _sources(odd), _sources(rest)
    a, b = odd[0], rest[0]
    code = classify(a, b, status, exchange)
    if code in ("R105", "R108") and (a.floating or b.floating):
        da, db = shown_date(a), shown_date(b)
        if code == "R105":
            return code, f"{who} says {da}, {others} {db}: month differs"
        return code, f"{who} says {da}, {others} {db}"
    if code in ("R104", "R105", "R108") and a.date and b.date:
        if code == "R104":
            shift = int(a.date[:4]) - int(b.date[:4])
            return code, (f"{who} dates it {a.date}, {others} {b.date}: year shifted by "
                          f"{shift:+d}")
        if code == "R105":
            return code, f"{who} says {a.date}, {others} {b.date}: month differs"
        return code, f"{who} says {a.date}, {others} {b.date}"
    if code == "R103":
        return code, f"{who} gives the amount in {a.unit}, {others} in {b.unit}"
    if a.kind == "percent" and b.kind == "percent" and a.unit != b.unit:
        if code == "R107":
            return code, (f"{who} gives {a.unit}s, {others} {b.unit}s, of the same number: "
                          "worth a look")
        return code, f"{who} gives {a.unit}s, {others} {b.unit}s"
    if code == "R107" and _mirrored(a, b):
        signed, plain = (who, others) if (a.low or 0) < 0 else (others, who)
        return code, (f"{signed} writes a sign that {plain} leave to the words (a fall, a "
                      "loss): worth a look")
    if code == "R101":
        # Two currencies: converted at the reference rate (classify); any other unit (the
        # nouns two versions count: orang, people) is the same number.
        moved = converted(a, b, exchange) \
            if a.kind == "money" and b.kind == "money" and a.unit != b.unit else None
        ra, rb = _rep(moved or a), _rep(b)
        assert ra is not None and rb is not None
        power = _power_of_ten(ra / rb, CURRENCY_TOLERANCE if moved is not None else
                              Decimal("0.02"))
        assert power is not None
        factor = Decimal(10) ** abs(power)
        how = f"{factor:,.0f}x" if power > 0 else f"1/{factor:,.0f} of"
        if moved is not None:
            return code, (f"{who} is {how} the others ({others}) once converted from "
                          f"{a.unit} at the reference rate: a conversion off by a power "
                          "of ten")
        return code, (f"{who} is {how} the others ({others}): off by a power of ten, "
                      "a scale-word slip (thousand/万/juta/million)")
    if code == "R106":
        bound = "upper" if a.low == b.low else "lower"
        return code, f"{who} changes the {bound} bound of the range ({others})"
    if code == "R102":
        return code, f"{who} differs from {others} by one digit: a digit slip"
    if code == "R109":
        return code, f"{who} swaps two neighbouring digits of {others}: a digit slip"
    if code == "R107":
        return code, (f"{who} and {others} are compatible but not the same "
                      f"({a.qualifier} vs {b.qualifier}); worth a look")
    return "R100", f"{who} disagrees with {others}"

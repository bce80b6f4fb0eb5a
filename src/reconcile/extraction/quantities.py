"""Measured quantities: unit words after and before a number, and unit conversion (pint).

A quantity claim keeps the value as stated and a canonical pint unit string ("kilometer",
"mile / hour", "degree_Celsius"); comparison converts with `to_base` / `convert`. Two units
pint does not know stay as they are and convert only to themselves: "magnitude" (of an
earthquake) and "percentage point" (a percent claim's unit, never a quantity).

pint is imported only when a unit is met that pint's answers kept from earlier runs do not
cover (reconcile.extraction.unittable: its import and registry cost far more than a cold
run's other work), through one registry built on first use.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from reconcile.detect import is_cjk
from reconcile.extraction.phrases import alternation, back_spaces, skip_spaces
from reconcile.extraction.unittable import unit_table

if TYPE_CHECKING:
    from pint import UnitRegistry

    from reconcile.extraction.lexicon import Lexicon
    from reconcile.lang import QuantityWords

MAGNITUDE = "magnitude"
# Earthquake magnitude scales run below 10: a larger number after "magnitude" words
# ("berkekuatan 5.000", a force of 5,000) is something else.
MAGNITUDE_RANGE = (Decimal(0), Decimal(10))
# Units whose values may be below zero: a word before them ("minus", 零下) is a sign.
SIGNED = frozenset({"degree_Celsius", "degree_Fahrenheit"})
PERCENTAGE_POINT = "percentage point"
# A hundredth of a percentage point: its claims are stated in percentage points
# ("25 basis points" is 0.25 percentage point, as 0.25％ポイント is).
BASIS_POINT = "basis point"
BASIS_POINT_FACTOR = Decimal("0.01")
# Units pint lacks under the names the claims use; defined once in the registry.
_DEFINITIONS = (
    "square_kilometer = kilometer ** 2",
    "square_meter = meter ** 2",
    "square_mile = mile ** 2",
    "cubic_meter = meter ** 3",
    "cubic_kilometer = kilometer ** 3",
    "cubic_mile = mile ** 3",
    # The Chinese mu (市亩) of land, 1/15 of a hectare: 亩 in Chinese news of farmland.
    "mu = 10000 / 15 * meter ** 2",
    # The tsubo (坪) of Japanese and Taiwanese floor areas, 400/121 m².
    "tsubo = 400 / 121 * meter ** 2",
    # The Chinese jin (市斤), half a kilogram: 斤 of grain, pork and vegetables.
    "jin = kilogram / 2",
)


@lru_cache(maxsize=1)
def _registry() -> UnitRegistry[Decimal]:
    import pint  # slow: only when a quantity is converted

    registry: UnitRegistry[Decimal] = pint.UnitRegistry(non_int_type=Decimal)
    for definition in _DEFINITIONS:
        registry.define(definition)
    return registry


def _known(unit: str) -> bool:
    return unit not in (MAGNITUDE, PERCENTAGE_POINT, BASIS_POINT)


@lru_cache(maxsize=256)
def dimension(unit: str) -> str:
    """The SI base unit a unit converts to ('mile / hour' → 'meter / second'); a unit pint
    does not convert is its own dimension."""
    if not _known(unit):
        return unit
    return unit_table().dimension(unit, _registry)


def to_base(value: Decimal, unit: str) -> tuple[Decimal, str]:
    """The value in SI base units: (790.1879040, ...) for 491 mile is (790187.904, 'meter').
    Temperatures are offsets: 30 degree_Celsius is 303.15 kelvin."""
    if not _known(unit):
        return value, unit
    base = dimension(unit)
    factor = unit_table().factor(unit, base, _registry)
    if factor is not None:  # pint's own product (reconcile.extraction.unittable)
        return value * factor, base
    converted = _registry().Quantity(value, unit).to_base_units()
    return Decimal(converted.magnitude), str(converted.units)


def convert(value: Decimal, unit: str, target: str) -> Decimal:
    """The value in another unit of the same dimension (offset-aware for temperatures)."""
    if unit == target or not _known(unit):
        return value
    factor = unit_table().factor(unit, target, _registry)
    if factor is not None:  # pint's own product (reconcile.extraction.unittable)
        return value * factor
    return Decimal(_registry().Quantity(value, unit).to(target).magnitude)


def same_dimension(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and (a == b or dimension(a) == dimension(b))


# ---------------------------------------------------------------------------------------
# unit words in text


# How far around a unit word its cues are looked for: the sentence around it, bounded so
# that a long run of unit words is not rescanned whole for each one (linear time).
CUE_REACH = 160


def _mentions(text: str, at: int, cues: tuple[str, ...]) -> bool:
    """Whether a cue word stands near `at` (Latin words whole, case-insensitive)."""
    window = text[max(0, at - CUE_REACH):at + CUE_REACH].casefold()
    if not any(cue.casefold() in window for cue in cues):
        return False  # the common case, without a regex
    pattern = _cue_pattern(cues)
    return pattern is not None and pattern.search(window) is not None


def _nearest(text: str, start: int, end: int, cues: tuple[str, ...]) -> int:
    """How far the nearest cue word stands from the unit word at text[start:end], within
    CUE_REACH (CUE_REACH + 1 when none does); a cue across a clause mark (、 , ;) counts as
    CUE_REACH further."""
    pattern = _cue_pattern(cues) if cues else None
    if pattern is None:
        return CUE_REACH + 1
    low = max(0, start - CUE_REACH)
    window = text[low:end + CUE_REACH].casefold()
    best = CUE_REACH + 1
    for m in pattern.finditer(window):
        a, b = m.start() + low, m.end() + low
        gap = text[b:start] if b <= start else text[end:a]
        distance = len(gap) + (CUE_REACH if any(c in _CLAUSE_MARKS for c in gap) else 0)
        best = min(best, distance)
    return best


_CLAUSE_MARKS = frozenset("、，,;；")


@lru_cache(maxsize=256)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    body = alternation(cue.casefold() for cue in cues)
    return re.compile(body) if body else None


def unit_after(text: str, q: int, lex: Lexicon, *, spaced: bool = True, money: bool = False
               ) -> tuple[int, str] | None:
    """A unit word at q: (end, unit). A word listed with cues needs one in the sentence.
    Symbols of up to three characters match as written ("MW" is no "mW", "m" no "M"),
    longer words in any case. A guarded one-letter symbol (en "m") needs `spaced` (a space
    between number and symbol), no `money` (a currency before the number) and no word
    after it but a listed one."""
    hits = [h for h in (lex.quantity_after.at(text, q), lex.quantity_words.at(text, q))
            if h is not None]
    if not hits:
        return None
    hit = max(hits, key=lambda h: h[0])
    end, unit = hit[0], str(hit[1])
    words = lex.profile.quantities
    if text[q:end] in words.letters and not _letter_unit(text, end, words, spaced, money):
        return None
    cues = words.cues.get(text[q:end].casefold())
    for other, its in words.cue_readings.get(text[q:end], ()):
        if _mentions(text, q, its) and (not cues or _nearest(text, q, end, its)
                                        < _nearest(text, q, end, cues)):
            return end, other  # 年發電量約50億度: kilowatt-hours, no degrees
    if cues and not _mentions(text, q, cues):
        return None
    if words.not_before and text.startswith(words.not_before.get(text[q:end], ()), end):
        return None  # 150.35升至148.20: "rose to", no litres
    mass = words.mass_readings.get(text[q:end])
    if mass is not None and _mentions(text, q, words.mass) \
            and _nearest(text, q, end, words.mass) < _nearest(text, q, end, words.length):
        return end, mass
    if unit in _SPEED_LENGTHS and words.per_words:
        per = _per_time(text, end, lex)
        if per is not None:
            return per[0], f"{unit} / {per[1]}"  # "120 km per hour": a speed
    return end, unit


# Units of length that a time unit after a per-word makes a speed of.
_SPEED_LENGTHS = frozenset({"kilometer", "meter", "mile"})
_SPEED_TIMES = frozenset({"hour", "minute", "second"})


def _per_time(text: str, end: int, lex: Lexicon) -> tuple[int, str] | None:
    """A per-word and a time unit after a unit of length ending at `end` ("per hour",
    "par heure", "per jam"): (end, the time unit)."""
    q = skip_spaces(text, end)
    if q == end:
        return None
    head = text[q:q + 12].casefold()
    for word in lex.profile.quantities.per_words:
        after = q + len(word)
        if head.startswith(word) and after < len(text) and not text[after].isalnum():
            hit = lex.durations.at(text, skip_spaces(text, after))
            if hit is not None and isinstance(hit[1], tuple) and hit[1][1] == 1 \
                    and hit[1][0] in _SPEED_TIMES:
                return hit[0], str(hit[1][0])
    return None


def letter_symbol_at(text: str, q: int, lex: Lexicon) -> bool:
    """Whether a guarded one-letter unit symbol (en "m") stands at q as a word of its own."""
    letter = text[q:q + 1]
    return letter in lex.profile.quantities.letters and not text[q + 1:q + 2].isalnum()


def _letter_unit(text: str, end: int, words: QuantityWords, spaced: bool, money: bool
                 ) -> bool:
    """Whether a one-letter symbol ending at `end` is a unit: spaced from its number, no
    money, and followed by no letter word but one of `letter_then` ("3.50 m wide")."""
    if not spaced or money:
        return False
    after = skip_spaces(text, end)
    if after >= len(text) or not text[after].isalpha():
        return True
    tail = text[after:after + 40].casefold()
    allowed = (*words.letter_then, *words.letter_then_for.get(text[end - 1:end], ()))
    return any(tail.startswith(w) and not tail[len(w):len(w) + 1].isalpha() for w in allowed)


def unit_before(text: str, start: int, lex: Lexicon, decimals: bool) -> tuple[int, str] | None:
    """A unit word written before the number ("magnitude 6.2", "M6.8"): (start, unit). A
    one-letter prefix is read only before a number with decimals ("M6" may be a road)."""
    hit = lex.quantity_before.before(text, start)
    if hit is None:
        return None
    begin, unit = hit[0], str(hit[1])
    if not decimals and ((start - begin == 1 and not is_cjk(text[begin]))
                         or text[begin:start] in lex.profile.quantities.decimal_prefixes):
        return None
    return begin, unit


def plausible(value: Decimal, unit: str) -> bool:
    """Whether a value can be stated in the unit: a magnitude is below 10; a change of more
    than 100 percentage points is none (412ポイント of a stock index are index points)."""
    if unit == PERCENTAGE_POINT:
        return abs(value) <= 100
    return unit != MAGNITUDE or MAGNITUDE_RANGE[0] <= value < MAGNITUDE_RANGE[1]


def circumfix(text: str, start: int, unit_at: int, lex: Lexicon
              ) -> tuple[int, int, str] | None:
    """A word before the number that gives the unit word after it its meaning (時速300キロ:
    km/h, 摄氏30度: °C): (start, end, unit)."""
    ends = lex.circumfix_ends
    if ends is not None and (start == 0 or text[start - 1] not in ends):
        return None  # no prefix ends right before the number (the common case)
    for prefix, table in lex.quantity_circumfixes:
        if text.endswith(prefix, 0, start):
            hit = table.at(text, unit_at)
            if hit is not None:
                return start - len(prefix), hit[0], str(hit[1])
    return None


def negative_before(text: str, start: int, unit: str, lex: Lexicon) -> int | None:
    """Where a sign word before a temperature, a percentage ("percent") or another measure
    starts ("minus 5 °C", 零下5度, "minus 5%", 负0.2千米), if any. Words below zero
    (`[quantities] negative`: 零下, 氷点下) sign a temperature; plain sign words
    (`[percent] negative`: minus, 负, マイナス) any of them; a minus spaced from the number
    after a word in lower case ("à - 12 °C", « à - 3,5 millions d'euros ») too."""
    back = back_spaces(text, start)
    if unit in SIGNED:
        hit = lex.quantity_negative.before(text, back)
        if hit is not None:
            return hit[0] if hit[1] else None  # "plus ou moins 2 °C": a margin
    if back < start and back > 2 and text[back - 1] in "-\u2212\u2013" \
            and text[back - 2] == " " and text[back - 3].isalpha() \
            and _short_lower(text[:back - 2].split()[-1]):
        # « descendu à - 12 °C », « s'établit à - 3,5 millions d'euros »: a spaced sign
        # after a short word in lower case, a preposition or a verb (not a headline's
        # "Paris - 12 °C", nor a dash after a noun: "rose by a quarter - 25 percent")
        return back - 1
    hit = lex.percent_negative.before(text, back)
    return None if hit is None or not hit[1] else hit[0]


def _short_lower(word: str) -> bool:
    return len(word) <= 3 and word.isalpha() and word.islower()


Reading = Literal["money", "quantity"]


def money_or_quantity(text: str, end: int, code: str, lex: Lexicon) -> Reading | None:
    """How to read a unit word that also names a currency ("1,000 pounds").

    The rule (cues are looked for in the sentence, within CUE_REACH characters): money
    when the sentence holds a strong money cue (the currency's own symbol,
    "sterling", "British"); else a quantity when it holds a weighing cue ("weighs") or "of
    <noun>" follows the unit, and no paying cue ("paid", "cost"); money when it holds a
    paying cue and no weighing cue; otherwise (both, or neither) no reading: no claim.
    """
    words = lex.profile.quantities
    symbols = tuple(s for s, c in lex.profile.currency_symbols.items()
                    if c == code and not s.isalpha())
    window = text[max(0, end - CUE_REACH):end + CUE_REACH]
    if any(s in window for s in symbols) or _mentions(text, end, words.money_strong):
        return "money"
    mass = _mentions(text, end, words.mass) or _of_noun(text, end, lex)
    money = _mentions(text, end, words.money)
    if mass and not money:
        return "quantity"
    if money and not mass:
        return "money"
    return None


def _of_noun(text: str, end: int, lex: Lexicon) -> bool:
    link = lex.linkers.at(text, skip_spaces(text, end))
    if link is None:
        return False
    after = skip_spaces(text, link[0])
    return after < len(text) and text[after].isalpha()

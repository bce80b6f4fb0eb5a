"""Growing a number atom into an expression: scale, currency, unit and qualifier words around
it, and joining two expressions into a range."""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple, cast

from reconcile.detect import is_cjk, is_han
from reconcile.extraction.atoms import cjk_tail, numeral_char, scale_at
from reconcile.extraction.expr import Expr, dec, evolve
from reconcile.extraction.keep import SPREAD_ASIDE, SPREAD_OPENERS, YEAR_RANGE, count_noun
from reconcile.extraction.lexicon import (
    AFTER_AMBIGUOUS,
    AFTER_CASUALTY,
    AFTER_COUNTER,
    AFTER_CURRENCY,
    AFTER_DURATION,
    AFTER_DURATION_ADJECTIVE,
    AFTER_FRACTION,
    AFTER_GENERIC,
    AFTER_LINKER,
    AFTER_MINOR,
    AFTER_MULTIPLIER,
    AFTER_PERCENT,
    AFTER_PREFIX,
    AFTER_QUALIFIER,
    AFTER_QUANTITY,
    AFTER_QUANTITY_WORD,
    AFTER_SCALE,
    AFTER_SHORT_SCALE,
    AFTER_SPAN_TAIL,
    AFTER_SYMBOL,
    AFTER_TENTHS,
    BEFORE_CONNECTOR,
    BEFORE_CURRENCY,
    BEFORE_ORDINAL,
    BEFORE_PERCENT,
    BEFORE_QUALIFIER,
    BEFORE_SPAN,
    Lexicon,
)
from reconcile.extraction.money import (
    cjk_name_before,
    money_before,
    money_cue_before,
    one_letter_symbol,
    symbol_after,
    symbol_before,
    territory_before,
)
from reconcile.extraction.phrases import SPACES, PhraseTable, back_spaces, is_word, skip_spaces
from reconcile.extraction.quantities import (
    SIGNED,
    circumfix,
    convert,
    letter_symbol_at,
    money_or_quantity,
    negative_before,
    plausible,
    same_dimension,
    unit_after,
    unit_before,
)
from reconcile.extraction.spelled import fraction_after
from reconcile.extraction.updates import is_update, update_kind, update_words
from reconcile.lang import QuantityWords, currency_codes
from reconcile.model import Qualifier
from reconcile.numbers import ascii_digits, power_of_ten

# The after-gate bits of the tables a reader looks up at its position (scale_at: the
# scales; _currency_word: a currency word or an ambiguous one; unit_after: the unit
# tables; _duration_at: a duration, or a linker or an adjective before one).
_SCALES = AFTER_SCALE | AFTER_SHORT_SCALE
_CURRENCY_WORDS = AFTER_CURRENCY | AFTER_AMBIGUOUS
_QUANTITIES = AFTER_QUANTITY | AFTER_QUANTITY_WORD
_DURATIONS = AFTER_DURATION | AFTER_LINKER | AFTER_DURATION_ADJECTIVE

# The degree sign: after a number with no scale named (°C, °F: read as quantities), a
# measure of an unknown unit.
_DEGREE = ("°", "º")
# Minus signs before a number: ASCII hyphen-minus, U+2212 and the hyphen U+2010 (the
# full-width U+FF0D is folded to "-" before matching).
MINUS = "-\u2212\u2010"


def grow(text: str, atom: Expr, lex: Lexicon) -> Expr:
    # A CJK currency name before the number, read once for both sides (growth after the
    # number leaves its start where it was).
    named = cjk_name_before(text, atom.start, lex)
    expr = _grow_after(text, atom, lex, named)
    if not expr.has_unit and atom.origin == "digits" and any(b in text for b in SPREAD_OPENERS):
        expr = _unit_past_spread(text, atom, expr, lex, named)
    expr = _grow_quantity(text, _grow_before(text, expr, lex, named), lex)
    if not expr.has_unit and lex.profile.multiplier_prefixes:
        expr = _multiplied(text, expr, lex)
    if expr.multiplier and lex.profile.multiplier_inverse_after:
        expr = _inverse_multiple(text, expr, lex)
    if expr.multiplier and lex.profile.multiplier_plus_one_after:
        expr = _grown_by_times(text, expr, lex)
    if expr.percent and lex.profile.cjk and expr.start < expr.num_start:
        expr = _percent_of_unit(text, expr, lex)
    return _signed(text, expr, lex)


# A divisor's inverse to four places ("divisé par trois": 0.3333).
_INVERSE_PLACES = Decimal("0.0001")


def _multiplied(text: str, e: Expr, lex: Lexicon) -> Expr:
    """A number after a word that multiplies ("multiplied by 3", "multipliées par trois",
    "by a factor of three") is a multiplier, as "tripled" and "3 fois" are; one after a
    word that divides by it ("divisés par deux") the multiplier of its inverse (0.5:
    halved)."""
    hit = lex.multiplier_before.before(text, back_spaces(text, e.start))
    if hit is None:
        return e
    if hit[1] is False:
        if not e.value or e.high is not None:
            return e
        inverse = (Decimal(1) / e.value).quantize(_INVERSE_PLACES).normalize()
        return evolve(e, start=hit[0], multiplier=True, value=inverse)
    return evolve(e, start=hit[0], multiplier=True)


def _percent_of_unit(text: str, e: Expr, lex: Lexicon) -> Expr:
    """百分之一秒: a percent written before its number (百分之) and followed by a time unit
    is that fraction of the unit (0.01 s), no percent."""
    if e.qualifier != "eq" or lex.percent_before.before(text, e.num_start) is None:
        return e
    if e.duration is not None:  # the unit already read after the number
        return evolve(e, percent=False, value=(e.value / 100).normalize())
    hit = lex.durations.at(text, e.end)
    if hit is None or not isinstance(hit[1], tuple):
        return e
    unit, factor = str(hit[1][0]), Decimal(str(hit[1][1]))
    return evolve(e, end=hit[0], percent=False, duration=unit,
                  value=(e.value * factor / 100).normalize())


def _grown_by_times(text: str, e: Expr, lex: Lexicon) -> Expr:
    """增加了两倍: "grew by N times" is N + 1 times the base in the standard reading (增加了一倍
    is twice, as the language data reads it), but translators write it for N times as
    often ("risen 100-fold": 增加了 100 倍): a verb of growth right before the multiple
    ([multipliers] plus_one_after) makes it N to N + 1 times, compatible with either
    reading (增长到两倍, 增至两倍 are twice; "nearly" is within that span: 增加近两倍). One
    with a bound of its own (增长逾两倍) keeps it, on N."""
    if e.several is not None or e.high is not None or e.value < 2 \
            or e.value != e.value.to_integral_value() or e.qualifier not in ("eq", "approx"):
        return e
    head = text[:e.start if e.start < e.num_start else e.num_start].rstrip()
    head = head[:-1] if head.endswith("了") else head
    if not head.endswith(lex.profile.multiplier_plus_one_after):
        return e
    return evolve(e, high=e.value + 1, qualifier="range")


def _inverse_multiple(text: str, e: Expr, lex: Lexicon) -> Expr:
    """"two times slower", « deux fois moins rapide », "dua kali lebih lambat": a multiple
    followed by a word that inverts it ([multipliers] inverse_after) is the multiplier of its
    inverse (0.5), to four places as a divisor's ("trois fois moins": 0.3333, as "divisé
    par trois" is)."""
    if e.high is not None or e.several is not None or not e.value \
            or lex.multiplier_inverse.at(text, skip_spaces(text, e.end)) is None:
        return e
    return evolve(e, value=(Decimal(1) / e.value).quantize(_INVERSE_PLACES).normalize())


def _unit_past_spread(text: str, atom: Expr, e: Expr, lex: Lexicon,
                      named: tuple[int, str] | None) -> Expr:
    """A value, the spread of its measurements in brackets, then the unit of both ("5
    (2-9) days", a form of medical and statistical reports): the value takes the unit, as
    it would without the brackets; the spread's numbers are covered by it (no claim of
    their own: the bare range was a count of 2 to 9). Unchanged when no unit follows."""
    start = skip_spaces(text, e.end)
    m = SPREAD_ASIDE.match(text, start)
    if m is None:
        return e
    gap = m.end() - start
    joined = text[:start] + text[m.end():]
    if lex.age_after.at(joined, skip_spaces(joined, start)) is not None:
        return e  # "47 (95% CI 40-54) years old": an age, as without the brackets
    grown = _grow_after(joined, atom, lex, named)
    if not grown.has_unit or grown.end <= start:
        return e
    unit_at = grown.unit_at + gap if grown.unit_at >= start else grown.unit_at
    return evolve(grown, end=grown.end + gap, unit_at=unit_at)


def _signed(text: str, e: Expr, lex: Lexicon) -> Expr:
    """A temperature, a percentage or an amount of money after a sign word is below zero:
    "minus 5 °C", 零下5度, 氷点下5度, "minus 5%", "マイナス5%", "负5%", "minus $1.2 million",
    负120万元, ▲100億円. (A qualifier read before the number comes first: "au moins 5 %"
    is at least 5 %.) A sign word after an amount subtracts: "$5 million minus $2
    million" keeps both amounts as written."""
    if e.value <= 0 or e.qualifier not in ("eq", "approx", "lt", "lte", "gt", "gte") \
            or e.high is not None or (e.quantity is None and not e.percent and not e.currency):
        return e
    if e.quantity in SIGNED and e.qualifier == "eq" \
            and (below := _below_zero(text, e.end, lex)) is not None:
        return evolve(e, end=below, value=-e.value)  # « 12 degrés sous zéro »
    if e.qualifier not in ("eq", "approx"):
        # 氷点下5度を下回った, 低于零下5摄氏度: a bound on a temperature below zero, the sign
        # word between the bound and the number (a bound before it is read first: "au
        # moins 5 %" stays at least 5 %); only for a measure's sign words
        sign = negative_before(text, e.num_start, e.quantity, lex) \
            if e.quantity is not None else None
        if sign is None:
            return e
        if sign >= e.start:
            # the bound before the sign word, whole ("低于零下5"), not a word of it: « au
            # moins 100 mètres » is at least 100 m, no minus
            bound = lex.qual_before.before(text, back_spaces(text, sign))
            if bound is None or bound[0] != e.start:
                return e
        return evolve(e, value=-e.value)
    start = negative_before(text, e.start, e.quantity or "percent", lex)
    if start is None:
        return e
    if e.currency and not e.percent and e.quantity is None \
            and _DIGITS_RUN.search(text, max(0, start - 16), start) is not None:
        return e  # "$5 million minus $2 million", "10万元负5万元": a subtraction
    bound = lex.qual_before.before(text, back_spaces(text, start))
    if bound is not None and _qualifier(bound[1]) in ("lt", "lte", "gt", "gte"):
        # "below minus 5°C", « di bawah minus 5°C »: the bound before the sign word
        return evolve(e, start=bound[0], value=-e.value, qualifier=_qualifier(bound[1]))
    return evolve(e, start=start, value=-e.value)


def _below_zero(text: str, end: int, lex: Lexicon) -> int | None:
    """The end of a `[quantities] negative_after` phrase right after a temperature."""
    q = skip_spaces(text, end)
    head = text[q:q + 24].casefold()
    for phrase in lex.profile.quantities.negative_after:
        if head.startswith(phrase) and not text[q + len(phrase):q + len(phrase) + 1].isalpha():
            return q + len(phrase)
    return None


def _grow_quantity(text: str, e: Expr, lex: Lexicon) -> Expr:
    """Unit words of a quantity written before the number: a prefix that gives the unit
    word after the number its meaning (時速300キロ, 摄氏30度), or a unit on its own
    ("magnitude 6.2", "M6.8"), which also makes the number no identifier."""
    if e.currency or e.percent or e.duration or e.multiplier or e.unit_at < 0:
        return e
    around = _with_circumfix(text, e, e.unit_at, lex)
    if around is not None:
        if around.qualifier == "eq" and around.start < e.start:
            # 約攝氏26度: a qualifier before the unit's prefix is the number's (not one
            # that makes a compound with it: 最大風速 is the top wind speed, no bound)
            at = back_spaces(text, around.start)
            hit = lex.qual_before.before(text, at)
            if hit is not None and not _connects(text, hit[0], lex) \
                    and text[hit[0]:at] not in lex.profile.qualifier_no_gap:
                around = evolve(around, start=hit[0], qualifier=_qualifier(hit[1]))
        return evolve(around, identifier=False)
    if e.has_unit:
        return e
    before = back_spaces(text, e.start)
    # (written with decimals: "M8.0" is a magnitude as "M7.1" is, "M8" may be a road)
    decimals = e.origin == "digits" and (e.value != e.value.to_integral_value() or any(
        c in ".," for c in text[e.num_start:e.num_end]))
    prefix = unit_before(text, before, lex, decimals)
    if prefix is None or not plausible(e.value, prefix[1]):
        return e
    return evolve(e, start=prefix[0], quantity=prefix[1], identifier=False)


def _compared(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether "N times" between start and end multiplies: a comparison right after it
    ("five times more", "twice as high", "huit fois le volume", a possessive base: "twice
    Bangladesh's") or a word of change among the few words before it ("grew 100 times",
    "multipliées par 3 fois")."""
    after = skip_spaces(text, end)
    if lex.occurrence_compare.at(text, after) is not None:
        return True
    if lex.profile.occurrence_close:
        # "ten times stricter than": a word, then the word that closes a comparison
        word = _WORD_AT.match(text, after)
        nxt = skip_spaces(text, word.end()) if word is not None else -1
        if word is not None and nxt > word.end() \
                and text[nxt:nxt + 12].casefold().startswith(lex.profile.occurrence_close):
            return True
    if lex.profile.occurrence_possessive:
        # "about twice Bangladesh's": a possessive right after it, the base of a multiple
        word = _WORD_AT.match(text, after)
        if word is not None and text.startswith(lex.profile.occurrence_possessive, word.end()):
            return True
    words = _CLAUSE_WORDS.findall(text, max(0, start - 60), start)[-4:]
    return any(w.casefold() in lex.profile.occurrence_change for w in words)


def _occurrence_word(text: str, e: Expr, lex: Lexicon) -> Expr:
    """A multiplier word of occurrences ("twice") not compared to anything is a count of
    times ("hosted the Games twice", "twice weekly")."""
    if not e.multiplier:
        return e  # most numbers: no word to read
    word = text[e.start:e.end].casefold()
    if e.several is not None:
        # "hit records several times", « plusieurs fois », "beberapa kali": how often, not
        # a multiple ("several times higher", "beberapa kali lipat" stay multiples)
        if word in lex.profile.multiplier_how_often \
                and not _compared(text, e.start, e.end, lex):
            return evolve(e, multiplier=False, counter="times")
        return e
    if word not in lex.profile.occurrence_words or _compared(text, e.start, e.end, lex):
        return e
    return evolve(e, multiplier=False, counter="times")


def multiple_of_dated_base(text: str, e: Expr, dates: list[Expr], lex: Lexicon) -> Expr:
    """A count of times ("twice") grown up to a date that is a possessive base ("twice
    this year's average", "three times last year's level": the date's possessive makes it
    the base of a multiple, as "twice Bangladesh's" is; growth stops at a date, so
    _compared never saw it): the multiplier it is. Anything else: `e` unchanged."""
    if e.counter != "times" or not lex.profile.occurrence_possessive:
        return e
    after = skip_spaces(text, e.end)
    date = next((d for d in dates if d.start == after), None)
    if date is None or not text.startswith(lex.profile.occurrence_possessive, date.end):
        return e
    return evolve(e, multiplier=True, counter=None)


def _fraction_after(text: str, e: Expr, lex: Lexicon, scaled: bool, pos: int
                    ) -> tuple[int, Decimal | None] | None:
    """A spelled fraction added to a whole digit number, right after it ("2 and a half
    years", "1 and a half million", "2 setengah tahun") or after its scale word ("1
    million et demi"): (end, fraction; None when it has no exact value: no claim)."""
    if e.origin != "digits" or not (scaled or pos == e.end):
        return None
    sp = lex.profile.spelled
    hit = fraction_after(text, pos, sp, lex.profile.quantities.fraction_of, after_scale=scaled)
    if hit is None:
        return None
    joined = " ".join(text[pos:hit[0]].casefold().split()[:-1])
    if not e.plain_int or (scaled and joined not in sp.scale_fraction_joins):
        # "2,5 million et demi", "2 juta setengah" (2.5 million in speech, but no join
        # word of a scale's fraction): no exact reading, no claim.
        return hit[0], None
    return hit


def _linked_scale(text: str, q: int, lex: Lexicon, scale: Decimal
                  ) -> tuple[int, Decimal] | None:
    """A larger scale word after a scale and a linker: "plusieurs centaines de milliers"
    (hundreds of thousands). A smaller one is the counted thing's measure, not a scale."""
    link = lex.linkers.at(text, q)
    if link is None:
        return None
    hit = scale_at(text, link[0], lex)
    return hit if hit is not None and hit[1] > scale else None


def _counted_short_scale(text: str, num_start: int, pos: int, lex: Lexicon
                         ) -> tuple[int, Decimal] | None:
    """'1.3m vehicles', '2,5M personnes': a one-letter short scale glued to a number with
    decimals, with a counted noun right after it, is the scale even without money in sight.
    A whole number is left alone ("400m hurdles", "10k races": distances). Not after an
    article or a determiner ("a 2.5m wall": a measure's), not before a word that goes with
    a measure ("2.5m high") or a unit."""
    if _DECIMAL_DIGITS.search(text, num_start, pos) is None:
        return None
    short = lex.short_scales.at(text, pos)
    if short is None or short[0] != pos + 1 or short[0] >= len(text) \
            or text[short[0]] not in SPACES:
        return None
    prof = lex.profile
    before = _LAST_WORD.search(text, 0, back_spaces(text, num_start))
    if before is not None and (before.group(0).casefold() in prof.articles
                               or before.group(0).casefold() in prof.determiners):
        return None
    after = skip_spaces(text, short[0])
    word = _WORD_AT.match(text, after)
    if word is None or count_noun(text, short[0], lex, stop=True) != word.group(0).casefold() \
            or word.group(0).casefold() in prof.quantities.letter_then \
            or unit_after(text, after, lex) is not None:
        return None  # the noun must come right after ("3.5m of cable" is a length)
    return short[0], dec(short[1])


# A decimal part: one or two digits after the sign ("1.3m"; "10,000m" is a grouped whole
# number, a distance).
_DECIMAL_DIGITS = re.compile(r"[0-9][.,][0-9]{1,2}(?![0-9])")


def _grow_after(text: str, e: Expr, lex: Lexicon, named: tuple[int, str] | None) -> Expr:
    """`named`: cjk_name_before(text, e.start, lex)."""
    e = _occurrence_word(text, e, lex)
    pos = e.end
    value = e.value
    scaled = e.scaled
    scale = e.scale
    qualifier = e.qualifier
    unit_at = -1
    found: dict[str, object] = {}
    # Read once by atoms for a digit atom (it looks only before the number).
    money = money_before(text, e.start, lex) if e.money_before is None else e.money_before
    if (joined := _hyphen_unit(text, e, lex)) is not None:
        pos, found["quantity"], found["unit"] = joined[0], joined[1], True
    elif not scaled and (hyphened := _hyphen_scale(text, e, lex)) is not None:
        # "$4.5-billion deal": the scale word joined by a hyphen. Where the compound goes
        # on ("a 5-million-strong army", "a 10-million-dollar grant"), what it counts is
        # not read: no claim, unless a currency before the number says ("$4.5-billion-a-
        # year").
        pos, value, scaled, scale = hyphened[0], value * hyphened[1], True, hyphened[1]
        if not money and text[pos:pos + 1] in ("-", "\u2010"):
            found["unsure"] = True
    elif (joined_span := _hyphen_duration(text, e, lex)) is not None:
        # "a five-year contract", "a 24-hour strike": the span, as "un contrat de cinq ans"
        pos, found["duration"], found["unit"] = joined_span[0], joined_span[1], True
        value = value * joined_span[2]
    elif _hyphen_currency(text, e, lex):
        pos = e.end + 1  # "a 300-baht entry fee": the currency word read as if spaced
    fractioned = False
    gate = lex.after_gate
    for _ in range(6):
        q = skip_spaces(text, pos)
        # The tables and prefixes below that may stand at q (AFTER_* bits): a lookup of
        # another finds nothing there (nor at pos: only spaces lie between), so it is
        # skipped.
        bits = gate.mask(text, q)
        if not found and not bits and _unread_word(text, q, lex) is None \
                and not letter_symbol_at(text, q, lex):
            # No table or prefix looked up below stands at q (nor at pos: only spaces lie
            # between), so every branch below finds nothing, as the common "5 people"
            # does: the loop ends where its last branch would.
            if e.origin != "several" or (q < len(text) and text[q].isalpha()):
                unit_at = q
            break
        if qualifier == "eq" and e.origin == "digits" and text.startswith("+", pos) \
                and not text[pos + 1:pos + 2].isdigit() \
                and text[pos + 1:pos + 2] not in ("/", "-", "\u2212", "±"):
            pos, qualifier = pos + 1, "gt"  # "300+ people", "$300+ billion": more than
            continue
        if not found and q > pos and not fractioned and bits & AFTER_FRACTION and (
                (frac := _fraction_after(text, e, lex, scaled, pos)) is not None):
            # "2 and a half years", "1 and a half million", "1 million et demi".
            if frac[1] is None:
                pos, found["unsure"] = frac[0], True  # "2 and a third": no exact value
                break
            pos, value, fractioned = frac[0], value + frac[1] * scale, True
            continue
        if not found and bits & AFTER_MINOR and (minor := _minor_unit(text, q, lex)) is not None:
            # "50 euro cents", "4 美分": money in hundredths of the named currency; "25
            # cents": of the one currency (with cents) the document states, if it states one.
            pos, found["unit"] = minor[0], True
            if isinstance(minor[1], tuple):
                found["currency"], found["candidates"] = "", minor[1]
            else:
                found["currency"] = minor[1]
            value = value / 100
            continue
        if (unread := _unread_word(text, q, lex)) is not None \
                and ("currency" in found or not found):
            # "cinq trillions" (10**12 or 10**18?), "4 cents", "50 euro cents": no claim.
            pos, found["unsure"] = unread, True
            break
        if not found and (
                (bits & _SCALES and (hit := scale_at(text, pos, lex, money=money)) is not None)
                or (bits & _SCALES and not scaled and e.origin == "digits"
                    and (hit := _counted_short_scale(text, e.num_start, pos, lex)) is not None)
                or (scaled and bits & AFTER_LINKER
                    and (hit := _linked_scale(text, q, lex, scale)))):
            pos, value, scaled, scale = hit[0], value * hit[1], True, scale * hit[1]
            while (tail := cjk_tail(text, pos, lex, hit[1])) is not None:
                pos, value = tail[0], value + tail[1]  # 3兆2000億 = 3兆 + 2000億
            continue
        spaced = _spaced_gap(text, e, pos, q)
        if qualifier == "eq" and bits & AFTER_QUALIFIER \
                and (qh := lex.qual_after.at(text, q)) is not None and (
            q == pos or not is_cjk(text[q]) or spaced
        ) and lex.qual_false_friends.at(text, q) is None \
                and (found.get("multiplier") or e.multiplier
                     or not _reference_value(text, e.start, q, qh[0], lex)) \
                and not ((found.get("multiplier") or e.multiplier)
                         and text[q:qh[0]].casefold() in lex.profile.qualifier_comparative_after
                         and text[skip_spaces(text, qh[0]):][:1].isalpha()):
            pos, qualifier = qh[0], _qualifier(qh[1])
            continue
        if "unit" in found and (text[q:q + 1].isalpha() or text[q:q + 1] in "$€£¥"):
            # A repeated currency after the scale ("$50 million dollars") is one claim.
            cur = _currency_after(text, q, lex, scaled=scaled, start=e.start, bits=bits)
            if cur is not None and cur.code == found.get("currency"):
                pos = cur.end
                continue
            break
        if "unit" in found:
            break
        if e.origin == "several" and (q >= len(text) or not text[q].isalpha()):
            break  # "several $50 million": the number that follows carries the unit
        unit_at = q
        cur = _currency_after(text, q, lex, scaled=scaled, start=e.start, bits=bits)
        qty = unit_after(text, q, lex, spaced=q > pos, money=money) \
            if bits & _QUANTITIES else None
        if qty is None and scaled and cur is None and bits & AFTER_LINKER:
            qty = _linked_unit(text, q, lex, money)  # "1,5 million de gallons"
        if qty is None and cur is None and q > pos and bits & AFTER_DURATION_ADJECTIVE \
                and (adj := lex.duration_adjectives.at(text, q)) is not None:
            # "les 5 derniers kilomètres": an adjective of the span before a unit
            qty = unit_after(text, skip_spaces(text, adj[0]), lex, money=money)
        if qty is None and letter_symbol_at(text, q, lex):
            found["unsure"] = True  # "2 m people": metres or millions, no claim
            break
        if qty is not None and (cur is None or cur.end <= qty[0]) \
                and not _unit_starts_in_number(text, e, q, lex):
            # A unit word that also names a currency ("pounds") is read by context.
            raw = lex.currency_after.at(text, q)
            both = raw is not None and raw[0] == qty[0]
            if both and raw is not None:
                reading = money_or_quantity(text, qty[0], str(raw[1]), lex)
                if reading is None and cur is not None:
                    reading = "money"  # the currency reader saw a money word before it
                if reading == "money" and cur is None:
                    # ("125 billion pounds" after "Egyptian pounds": EGP, as _currency_word)
                    cur = _Currency(raw[0], str(raw[1]), candidates=lex.profile
                                    .currency_defaulted.get(text[q:raw[0]].casefold(), ()))
            else:
                reading = "quantity" if cur is None or cur.end < qty[0] else "money"
            if reading != "money":
                pos, found["quantity"], found["unit"] = qty[0], qty[1], True
                found["unsure"] = reading is None
                pos, value, unread = _unit_fraction(text, pos, value, scaled, lex)
                found["unsure"] = found["unsure"] or unread
                continue
        if cur is not None and money and not found and _number_follows(text, cur.end):
            break  # "$20,000 $30,000": the second sign opens the next amount
        if cur is not None:
            pos, found["currency"], found["unit"] = cur.end, cur.code, True
            found["candidates"] = cur.candidates
            if (code := _code_after(text, cur.end)) is not None \
                    and (not cur.code or code[1][2:] == cur.code[2:]):
                # « 20 millions de dollars CAD », "$ AUD": the ISO code after the sign says
                # which of the currencies the word or sign names (an ISO code's last letter
                # is its unit's: D dollars, F francs, P pounds)
                pos, found["currency"], found["candidates"] = code[0], code[1], ()
            if named is not None and cur.generic:
                found["currency"] = named[1]  # "港币100元": the name before wins over 元
            elif cur.generic and (land := territory_before(text, e.start, lex)) is not None:
                found["currency"] = land  # "加拿大新版 5 元": the territory's own currency
            elif cur.generic:
                # 元 alone: the default, unless the document names a regional dollar
                # (money.resolve_currency).
                found["candidates"] = lex.profile.currency_generic_regional
        elif named is not None and bits & AFTER_GENERIC \
                and (gen := lex.currency_generic.at(text, q)) is not None:
            pos, found["currency"], found["unit"] = gen[0], named[1], True
        elif bits & AFTER_PERCENT and (pct := lex.percent_after.at(text, q)) is not None:
            pos, found["percent"], found["unit"] = pct[0], True, True
        elif bits & AFTER_PREFIX and (split := _bridged_fraction(text, q, lex)) is not None:
            # 两个半月: a counter, a fraction and the duration word it adds to (2.5 months).
            (end, unit, factor), fraction = split
            whole = not scaled and value == value.to_integral_value()
            pos, found["duration"], found["unit"] = end, unit, True
            found["unsure"] = not whole
            value = (value + fraction) * factor
        elif bits & _DURATIONS \
                and (dur := _duration_at(text, q, pos, lex, scaled, bits,
                                         counted=e.several is None)) is not None:
            unit, factor = dur[1] if isinstance(dur[1], tuple) else ("year", 1)
            if qualifier == "eq" and lex.profile.qualifiers_in_units:
                qualifier = lex.profile.qualifiers_in_units.get(text[q:dur[0]], qualifier)
            pos, found["duration"], found["unit"] = dur[0], unit, True
            pos, value, found["unsure"] = _unit_fraction(text, pos, value, scaled, lex)
            value = value * factor
        elif q == pos and bits & AFTER_SPAN_TAIL and not scaled \
                and (span := _span_tail(text, e.start, q, lex)) is not None:
            pos, found["duration"], found["unit"] = span[0], span[1], True  # 2時間30分
            pos, value, found["unsure"] = _unit_fraction(text, pos, value, scaled, lex)  # 2分半
        elif q == pos and bits & AFTER_PREFIX \
                and (day := _day_span(text, q, lex, e.origin == "several",
                                      _bounded(text, e.start, lex, approx=True)
                                      or value != value.to_integral_value()
                                      or value > 31)) is not None:
            pos, found["duration"], found["unit"] = day, "day", True  # 3日ほど: about 3 days
            pos, value, found["unsure"] = _unit_fraction(text, pos, value, scaled, lex)  # 1日半
        elif bits & AFTER_MULTIPLIER and (mul := lex.multiplier_after.at(text, q)) is not None:
            # "10x", "10 times", "100倍": a multiplier may attach; PhraseTable.at has already
            # checked that the suffix ends its word ("10xyz" is no multiplier).
            # (A fraction counts no occurrences: "1,5 kali anggaran" multiplies, and so
            # does "sept fois et demie".)
            after, halved, unsure = _unit_fraction(text, mul[0], value, scaled, lex)
            if after > mul[0]:
                pos, value, found["unsure"] = after, halved, unsure
                found["multiplier"], found["unit"] = True, True
            elif text[q:mul[0]].casefold() in lex.profile.occurrence_suffixes \
                    and value == value.to_integral_value() \
                    and not _compared(text, e.start, mul[0], lex):
                pos, found["counter"], found["unit"] = mul[0], "times", True
            else:
                pos, found["multiplier"], found["unit"] = mul[0], True, True
        elif bits & AFTER_COUNTER and not e.multiplier \
                and (cnt := lex.counters.at(text, q)) is not None \
                and (q == pos or spaced) and cnt[1] is not False:
            # (只能, can only, starts with the counter 只; 翻倍间隔, the doubling interval:
            # a multiplier word counts nothing)
            pos, found["counter"], found["unit"] = cnt[0], str(cnt[1]), True
        elif bits & AFTER_TENTHS and (tenth := _tenths(text, pos, e, value, lex)) is not None:
            pos, value, found["percent"], found["unit"] = tenth[0], tenth[1], True, True
        elif e.origin == "digits" and q == pos and not scaled and bits & AFTER_CASUALTY \
                and (cas := lex.casualty_counters.at(text, q)) is not None:
            # "2310死4120伤": a compact headline counts the dead and injured by one character.
            pos, found["counter"], found["unit"] = cas[0], str(cas[1]), True
        else:
            break
    if "unit" not in found and unit_at >= 0 and lex.profile.unread_nouns and (
            (m := _WORD_AT.match(text, unit_at)) is not None
            and m.group(0).casefold() in lex.profile.unread_nouns):
        found["unsure"] = True  # "98 degrees": Celsius, Fahrenheit or an angle? No claim.
    if named is not None and "unit" not in found:
        found["currency"] = named[1]  # "港币100": the name before is the currency
    if not found and text.startswith(_DEGREE, skip_spaces(text, pos, 1)):
        # "reached 40°", "a 45° angle": degrees of a scale not named (heat in Celsius or
        # Fahrenheit? an angle?): a measure whose unit is unknown, no count of 40
        found["unsure"] = True
    if "unit" not in found and _spelled_homograph(text, e, lex):
        found["unsure"] = True  # "quatre cents à son nom": 400, or four cents?
    if scaled and "unit" not in found and not money and text[pos:pos + 1] in ("-", "\u2010") \
            and text[pos + 1:pos + 2].isalpha() and not is_cjk(text[pos + 1]):
        # "a five-million-dollar grant", "a 5 million-strong army", "a billion-dollar
        # deal": a compound goes on after the scale word, as after "5-million" above (what
        # it counts is not read: no claim). (5万-十万元 is a range.)
        found["unsure"] = True
    if not found:
        # Nothing found after the number: each unit field below would keep e's own value.
        return evolve(e, end=pos, value=value, scaled=scaled, scale=scale,
                      qualifier=qualifier, unit_at=unit_at)
    high = e.high
    if qualifier == "eq" and (found.get("currency") or found.get("percent")) \
            and lex.profile.band_after and (band := _band(text, pos, value, lex)) is not None:
        pos, high, qualifier = band[0], band[1], "range"  # 1000万円台: the band it opens
    unknown = found.get("currency") == ""
    return evolve(
        e, end=pos, value=value, high=high, scaled=scaled, scale=scale, qualifier=qualifier,
        currency=_opt_str(found.get("currency")) or e.currency,
        unknown_currency=unknown or e.unknown_currency,
        currency_candidates=_candidates(found.get("candidates")) or e.currency_candidates,
        percent=bool(found.get("percent")) or e.percent,
        duration=_opt_str(found.get("duration")) or e.duration,
        multiplier=bool(found.get("multiplier")) or e.multiplier,
        counter=_opt_str(found.get("counter")) or e.counter,
        quantity=_opt_str(found.get("quantity")) or e.quantity,
        unsure=bool(found.get("unsure")) or e.unsure, unit_at=unit_at,
    )


_WORD_AT = re.compile(r"[^\W\d_]+")


def _band(text: str, pos: int, value: Decimal, lex: Lexicon) -> tuple[int, Decimal] | None:
    """A band word glued after an amount ([qualifiers] band_after, ja 台): the values from
    the amount up to the next step of its last significant digit (1000万円台: 10 to 20
    million yen; 1500万円台: 15 to 16 million; 3割台: 30 to 40 %): (end, upper bound)."""
    word = next((w for w in lex.profile.band_after if text.startswith(w, pos)), None)
    exponent = value.normalize().as_tuple().exponent
    if word is None or value <= 0 or not isinstance(exponent, int):
        return None
    return pos + len(word), value + Decimal(1).scaleb(exponent)


def _hyphen_unit(text: str, e: Expr, lex: Lexicon) -> tuple[int, str] | None:
    """'a 10-km run', 'a 2000-square-meter lab': a unit joined to its number by hyphens,
    read as if spaced (end, unit); the hyphens stay in the surface."""
    pos = e.end
    if e.origin != "digits" or text[pos:pos + 1] not in ("-", "\u2010") \
            or not text[pos + 1:pos + 2].isalpha():
        return None
    # A window around the number (its sentence's cues), so each reading costs O(1).
    base = max(0, pos - 200)
    probe = text[base:pos] + re.sub("[-\u2010]", " ", text[pos:pos + 40])
    hit = unit_after(probe, pos + 1 - base, lex, spaced=True)
    if hit is None or text[base + hit[0]:base + hit[0] + 1].isalnum():
        return None
    return base + hit[0], hit[1]


def _hyphen_duration(text: str, e: Expr, lex: Lexicon) -> tuple[int, str, Decimal] | None:
    """'a five-year contract', 'a 24-hour strike', 'a 40-year high': a time unit joined to
    its number by a hyphen before a noun is the span (end, unit, factor of the unit). Not
    when another hyphen follows: "24-year-old" is an age (no claim, nonclaims.py)."""
    pos = e.end
    if text[pos:pos + 1] not in ("-", "\u2010") or not text[pos + 1:pos + 2].isalpha():
        return None
    dur = lex.durations.at(text, pos + 1)
    if dur is None or text[dur[0]:dur[0] + 1] in ("-", "\u2010"):
        return None
    unit, factor = dur[1] if isinstance(dur[1], tuple) else ("year", 1)
    return dur[0], str(unit), Decimal(factor)


def _hyphen_currency(text: str, e: Expr, lex: Lexicon) -> bool:
    """'a 300-baht entry fee', 'a 500-euro fine': a currency word joined to its number by a
    hyphen before a noun (not another hyphen: "a 10-dollar-a-day wage" is read no further)."""
    pos = e.end
    if e.origin != "digits" or text[pos:pos + 1] not in ("-", "\u2010") \
            or not text[pos + 1:pos + 2].isalpha():
        return False
    hit = lex.currency_after.at(text, pos + 1)
    return hit is not None and not text[hit[0]:hit[0] + 1].isalnum() \
        and text[hit[0]:hit[0] + 1] not in ("-", "\u2010")


def _hyphen_scale(text: str, e: Expr, lex: Lexicon) -> tuple[int, Decimal] | None:
    """'a $4.5-billion deal', 'a 2-million fine': a scale word of letters joined to its
    number by a hyphen, read as if spaced: (end, scale). Not a one-letter scale ("5-m")."""
    pos = e.end
    if e.origin != "digits" or text[pos:pos + 1] not in ("-", "\u2010") \
            or not text[pos + 1:pos + 2].isalpha():
        return None
    hit = lex.scales.at(text, pos + 1)
    if hit is None or hit[0] - pos < 3 or text[hit[0]:hit[0] + 1].isalnum():
        return None
    return hit[0], dec(hit[1])


def _minor_unit(text: str, q: int, lex: Lexicon
                ) -> tuple[int, str | tuple[str, ...]] | None:
    """A currency's hundredth at q (language data `minor_units`): (end, ISO code), or
    (end, the codes it may be) when its currency is unnamed (`minor_units_unnamed`)."""
    hit = lex.minor_units.at(text, q)
    if hit is None:
        return None
    return hit[0], (tuple(hit[1]) if isinstance(hit[1], tuple) else str(hit[1]))


def _unread_word(text: str, q: int, lex: Lexicon) -> int | None:
    """The end of a word at q that leaves the number before it unread (language data
    `unread_after`: a scale word of no fixed value, a currency's hundredth unnamed)."""
    words = lex.profile.unread_after
    if words and lex.profile.cjk:  # no spaces: the word may run on (20点満点中)
        return next((q + len(w) for w in words if text.startswith(w, q)), None)
    m = _WORD_AT.match(text, q) if words else None
    return m.end() if m is not None and m.group(0).casefold() in words else None


def _spelled_homograph(text: str, e: Expr, lex: Lexicon) -> bool:
    """A spelled number whose last word is also an unread word ("quatre cents": 400, or
    four cents) reads as a number only with a counted noun or a unit after it."""
    if e.origin != "word" or not lex.profile.unread_after:
        return False
    last = text[e.num_start:e.num_end].replace("-", " ").split()
    if not last or last[-1].casefold() not in lex.profile.unread_after:
        return False
    m = _WORD_AT.match(text, skip_spaces(text, e.end))
    return m is None or m.group(0).casefold() in lex.profile.count_skip


def _day_span(text: str, q: int, lex: Lexicon, vague: bool = False,
              bounded: bool = False) -> int | None:
    """3日ほど, 14日以内: the date's day marker is a number of days where an approximating
    or bounding word follows it (the language's list), as a day of the month takes none;
    after a vague amount (数日: a few days), which names no day of the month; and after a
    bound, an approximation or a fraction, or past 31 (最長90日: at most 90 days; 約32日;
    3.5日, 45日: no day of a month; `bounded`)."""
    prof = lex.profile
    marker = prof.date_day
    if not marker or not text.startswith(marker, q):
        return None
    end = q + len(marker)
    if vague or bounded:
        return end
    return end if any(text.startswith(w, end) for w in prof.day_duration_before) \
        and not text.startswith(prof.day_duration_not_before, end) else None


def _bounded(text: str, start: int, lex: Lexicon, *, approx: bool = False) -> bool:
    """Whether a bound ("lte", "gte", "lt", "gt": 最長, 最大, 少なくとも), or with `approx`
    an approximating word (約), stands right before the number at `start`."""
    hit = lex.qual_before.before(text, start)
    return hit is not None and (hit[1] in ("lte", "gte", "lt", "gt")
                                or (approx and hit[1] == "approx"))


def _spaced_gap(text: str, e: Expr, pos: int, q: int) -> bool:
    """'共有 78 项', '1000 多': a text that sets its digit numbers apart by spaces (both
    sides) may put one space between the number and a CJK counter or qualifier after it."""
    if e.origin != "digits" or q != pos + 1 or q >= len(text) or not is_cjk(text[q]):
        return False
    if e.num_start == 0:
        return True
    before = text[e.num_start - 1]  # not "1/3 以上", "GPT 3" or 第3 …
    return before in SPACES or not (before.isalnum() or before in "/-.:·")


def _duration_at(text: str, q: int, pos: int, lex: Lexicon, scaled: bool, bits: int,
                 counted: bool = False) -> tuple[int, object] | None:
    """A duration word at q; after a scale word also behind a linker ("deux millions
    d'années", "millions of years"): a count of years, not of a noun called years; and
    behind an adjective of the span ("14 derniers jours": the last 14 days). `bits`: the
    after-gate's mask at q (a table whose bit is off has nothing there)."""
    dur = lex.durations.at(text, q) if bits & AFTER_DURATION else None
    if dur is not None and _compound_time(text, q, dur[0], lex):
        return None
    if counted and dur is not None and not lex.profile.cjk \
            and lex.profile.duration_not_before \
            and text.startswith(lex.profile.duration_not_before, dur[0]):
        # "7,6 juta jam tangan": the word starts a noun (watches), the number counts it (a
        # vague word stays unread: "beberapa hari Minggu", several Sundays)
        return None
    if dur is not None and _unit_ok(text, q, pos) \
            and lex.not_units.at(text, q) is None:  # 30周年 is an anniversary
        return dur
    link = lex.linkers.at(text, q) if scaled and bits & AFTER_LINKER else None
    if link is None and q > pos and bits & AFTER_DURATION_ADJECTIVE:
        link = lex.duration_adjectives.at(text, q)
    if link is None:
        return None
    after, elided = _behind_link(text, link[0])
    dur = lex.durations.at(text, after)
    if dur is None or not (elided or _unit_ok(text, after, link[0])) \
            or lex.not_units.at(text, after) is not None:
        return None
    return dur


def _number_follows(text: str, pos: int) -> bool:
    """Whether a digit comes next, spaces skipped."""
    after = skip_spaces(text, pos)
    return after < len(text) and text[after].isdigit()


def _linked_unit(text: str, q: int, lex: Lexicon, money: bool
                 ) -> tuple[int, str] | None:
    """A unit word behind a linker after a scale word ("1,5 million de gallons", "2 millions
    de kilomètres"): the scale counts the unit, as "millions de dollars" counts money."""
    link = lex.linkers.at(text, q)
    if link is None:
        return None
    after, elided = _behind_link(text, link[0])
    if not elided and after == link[0]:
        return None
    return unit_after(text, after, lex, spaced=not elided, money=money)


def _behind_link(text: str, end: int) -> tuple[int, bool]:
    """Where the word after a linker ending at `end` starts, and whether the linker is
    elided ("d'années", "d'hectares": it touches the word)."""
    return skip_spaces(text, end), text[end - 1] in "'’"


def _compound_time(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A duration word (text[start:end]) glued to digits after it ("41秒30": 41.30 seconds,
    "4分41秒30": a time in three units) is one part of a time written in several units,
    not a duration alone. Where every number after it has its span ("4年6个月", as "4
    years 6 months"; 2時間30分15秒, 分 a span tail of 時間), each span is read."""
    while end < len(text) and text[end].isdigit():
        if _PERCENT_AT.match(text, end):
            return False  # a percent of its own (过去12个月1.8%的通胀率)
        digits = _DIGITS_RUN.match(text, end)
        after = digits.end() if digits is not None else end
        dur = lex.durations.at(text, after)
        if dur is None:
            tail = lex.span_tails.at(text, after)
            if tail is None or text[start:end] not in _tail_spec(tail[1])[1]:
                return True  # a number with no unit of its own: part of one time
            dur = tail
        start, end = after, dur[0]
    return False


def _reference_value(text: str, start: int, q: int, end: int, lex: Lexicon) -> bool:
    """A comparison verb after a number that stands right after a time's genitive
    ([qualifiers] compared_after, reference_before: 前年の55％を上回り, 2019年の7泊を上回った):
    the earlier figure is stated exactly and the verb bounds another (a multiple of it
    stays bounded: 前年同期の2倍を超えた)."""
    prof = lex.profile
    return text[q:end] in prof.qualifier_compared_after and any(
        text.endswith(w, 0, start) for w in prof.qualifier_reference_before)


def _span_tail(text: str, start: int, q: int, lex: Lexicon) -> tuple[int, str] | None:
    """A span tail glued to the number at q ([span_tails]: 30分 in 2時間30分), read where
    the span of a larger unit it follows ends right at the number's start (the word after
    a number of its own) and what follows it is no part of the same time (_compound_time):
    (end, unit)."""
    tail = lex.span_tails.at(text, q)
    if tail is None or _compound_time(text, q, tail[0], lex):
        return None
    unit, after = _tail_spec(tail[1])
    for word in after:
        at = start - len(word)
        if at > 0 and text.startswith(word, at) and _numeral_end(text, at, lex):
            return tail[0], str(unit)
    ahead = lex.profile.span_tails_before.get(text[q:tail[0]])
    if ahead and q > 0 and numeral_char(text[q - 1], lex.profile):
        past = tail[0]
        while past < len(text) and numeral_char(text[past], lex.profile):
            past += 1
        if past > tail[0] and any(text.startswith(w, past) for w in ahead):
            # 41分5秒, 五分三十秒: minutes, then the seconds they divide
            return tail[0], str(unit)
    blockers = lex.profile.span_tails_digits.get(text[q:tail[0]])
    if blockers is not None and q > 0 and text[q - 1].isdigit() \
            and not any(text.startswith(w, tail[0]) for w in blockers[0]) \
            and not any(text.endswith(w, 0, back_spaces(text, start)) for w in blockers[1]):
        return tail[0], str(unit)  # 30分: minutes after digits (十分 is "enough")
    return None


def _tail_spec(value: object) -> tuple[str, tuple[str, ...]]:
    """A span_tails entry: (unit, the span words it follows)."""
    return cast(tuple[str, tuple[str, ...]], value)


def _numeral_end(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a numeral (digits or Han numerals) ends at `at`."""
    return numeral_char(text[at - 1], lex.profile)


_DIGITS_RUN = re.compile(r"[0-9０-９]+")
_PERCENT_AT = re.compile(r"\d+(?:[.,]\d+)?\s?[%％]")


def _unit_fraction(text: str, pos: int, value: Decimal, scaled: bool, lex: Lexicon
                   ) -> tuple[int, Decimal, bool]:
    """A spelled fraction after the unit word ending at pos ("29 pouces et demi", "trois
    ans et demi"): (end, value with it, unread). Unread (no claim) when the fraction has no
    exact value or the number is no whole one ("2,5 km et demi")."""
    words = lex.profile.quantities
    hit = _glued_fraction(text, pos, words) or fraction_after(
        text, pos, lex.profile.spelled, words.fraction_of)
    if hit is None:
        return pos, value, False
    end, fraction = hit
    if fraction is None or scaled or value != value.to_integral_value():
        return end, value, True
    return end, value + fraction, False


def _bridged_fraction(text: str, q: int, lex: Lexicon
                      ) -> tuple[tuple[int, str, int], Decimal] | None:
    """A counter, a glued fraction and a duration word at q (个半小时, 個半月):
    ((end, unit, factor), fraction)."""
    words = lex.profile.quantities
    for bridge in words.fraction_bridges:
        if not text.startswith(bridge, q):
            continue
        hit = _glued_fraction(text, q + len(bridge), words)
        if hit is None or hit[1] is None:
            continue
        # The duration word after the fraction, or the one the counter starts (个月).
        joined = bridge + text[hit[0]:hit[0] + 8]
        for dur, shift in ((lex.durations.at(text, hit[0]), 0),
                           (lex.durations.at(joined, 0), hit[0] - len(bridge))):
            if dur is not None and dur[0] + shift > hit[0]:
                unit, factor = dur[1] if isinstance(dur[1], tuple) else ("year", 1)
                return (dur[0] + shift, str(unit), int(factor)), hit[1]
    return None


def _glued_fraction(text: str, pos: int, words: QuantityWords
                    ) -> tuple[int, Decimal | None] | None:
    """A fraction character glued to the unit word ending at pos (三年半: 3.5 years)."""
    for word, fraction in words.glued_fractions.items():
        end = pos + len(word)
        if text.startswith(word, pos) and not any(
                text.startswith(nxt, end) for nxt in words.glued_not_before):
            return end, fraction
    return None


def _tenths(text: str, pos: int, e: Expr, value: Decimal, lex: Lexicon
            ) -> tuple[int, Decimal] | None:
    """4割 = 40 %, 六成 = 60 %, 3割5分 = 35 %: a tenth-word right after a small number (the
    number's own characters, not part of a longer word such as 成为). One decimal reads
    too (3.8割 = 38 %), and a glued half adds half a tenth (三成半, 5割半 = 55 %); a whole
    number's hundredths may follow (3割5分; 七成六 where no hundredth word is written), and
    their thousandths (3割2分5厘 = 32.5 %)."""
    hit = lex.tenths.at(text, pos)
    if hit is None or not isinstance(hit[1], tuple) or e.scaled or e.origin not in (
            "digits", "han") or (e.origin == "digits" and not _plain_or_tenth(text, e)):
        return None
    low, high = hit[1]
    if not low <= value <= high or (value * 10) != (value * 10).to_integral_value():
        return None
    end, percent = hit[0], value * 10
    glued = _glued_fraction(text, end, lex.profile.quantities)
    if glued is not None and glued[1] is not None and value == value.to_integral_value():
        return glued[0], percent + glued[1] * 10  # 三成半: three and a half tenths
    digit = _one_digit(text, end, lex)
    if digit is not None and value == value.to_integral_value():
        if (cent := lex.hundredths.at(text, end + 1)) is not None:
            end, percent = cent[0], percent + digit
            mil = _one_digit(text, end, lex)
            if mil is not None and (hit := lex.thousandths.at(text, end + 1)) is not None:
                end, percent = hit[0], percent + Decimal(mil) / 10  # 3割2分5厘: 32.5 %
        elif lex.profile.hundredth_digit and not _numeral_at(text, end + 1, lex):
            end, percent = end + 1, percent + digit  # 七成六 = 76 %
    return end, percent


def _numeral_at(text: str, pos: int, lex: Lexicon) -> bool:
    """A digit, Han digit, unit or scale character at pos (七成六五: no lone digit)."""
    return pos < len(text) and (numeral_char(text[pos], lex.profile)
                                or text[pos] in lex.profile.scales)


def _plain_or_tenth(text: str, e: Expr) -> bool:
    """A plain whole number in digits, or one with one decimal digit (3.8割)."""
    if e.plain_int:
        return True
    raw = ascii_digits(text[e.num_start:e.num_end])
    whole, point, tenth = raw.partition(".")
    return bool(point) and whole.isdigit() and len(tenth) == 1 and tenth.isdigit()


def _one_digit(text: str, pos: int, lex: Lexicon) -> int | None:
    """The single digit (ASCII, full-width or Han) at pos, if one stands alone there."""
    if pos >= len(text) or (pos + 1 < len(text) and text[pos + 1].isdigit()):
        return None
    ch = text[pos]
    if ch.isdigit():
        return unicodedata.digit(ch, None)
    han = lex.profile.han_digits.get(ch)
    return han if han is not None and 0 <= han <= 9 else None


def _unit_starts_in_number(text: str, e: Expr, q: int, lex: Lexicon) -> bool:
    """每千克, 三千瓦: the Han numeral's last character begins the unit word (千克 is a
    kilogram), so the numeral is no number of that unit."""
    if e.origin != "han" or q != e.num_end or e.num_end - e.num_start < 1:
        return False
    return unit_after(text, e.num_end - 1, lex) is not None


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _candidates(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, tuple) else ()


class _Currency(NamedTuple):
    """A currency after a number: its end, ISO code ("" when the text names money but not
    which), whether it is a generic unit (元), and the codes an ambiguous word may be."""

    end: int
    code: str
    generic: bool = False
    candidates: tuple[str, ...] = ()


def _unit_ok(text: str, q: int, pos: int) -> bool:
    """Latin unit words need a space before them ("10 jours"); CJK ones attach directly."""
    return q > pos or is_cjk(text[q]) or not is_word(text[q])


def _currency_after(text: str, q: int, lex: Lexicon, *, scaled: bool, start: int,
                    bits: int) -> _Currency | None:
    """The currency after a number at q. Its code is "" when the text names money but not
    which ("roupies", "$C"). A linker may come first ("millions
    de dollars"), and before a symbol only after a scale word ("3 millions de $").
    `bits`: the after-gate's mask at q (a table whose bit is off has nothing there)."""
    link = lex.linkers.at(text, q) if bits & AFTER_LINKER else None
    if link is not None:
        after = skip_spaces(text, link[0])
        hit = _currency_word(text, after, lex, start, scaled)
        if scaled and (sym := _symbol(text, after, lex)) is not None \
                and (hit is None or sym.end > hit.end):
            hit = sym  # "milliards de dollars HK": the longer of a word and a symbol
        if hit is not None:
            return hit
    word = _currency_word(text, q, lex, start, scaled) if bits & _CURRENCY_WORDS else None
    sym = _symbol(text, q, lex) if bits & AFTER_SYMBOL else None
    if sym is not None and sym.end < len(text) and text[sym.end].isdigit():
        sym = None  # "three $100 bills": the symbol is the next number's
    return sym if sym is not None and (word is None or sym.end > word.end) else word


def _currency_word(text: str, q: int, lex: Lexicon, start: int,
                   scaled: bool = False) -> _Currency | None:
    hit = lex.currency_after.at(text, q)
    unknown = lex.currency_ambiguous.at(text, q)
    if unknown is not None and (hit is None or unknown[0] > hit[0]):
        return _Currency(unknown[0], "", candidates=_candidates(unknown[1]))
    if hit is None:
        return None
    word = text[q:hit[0]].casefold()
    if word in lex.profile.currency_needs_context \
            and not money_cue_before(text, start, lex, hit[0]) \
            and not (scaled and word in lex.profile.currency_scaled_enough
                     and not _object_after(text, hit[0], lex)) \
            and not _named_before(text, start, word, lex):
        return None  # "50 pounds" of weight: left to the unit readers
    # ("livres": GBP, unless the document states one of the others: money.resolve_currency)
    return _Currency(hit[0], str(hit[1]), word in lex.profile.currency_generic,
                     candidates=lex.profile.currency_defaulted.get(word, ()))


def _named_before(text: str, start: int, word: str, lex: Lexicon) -> bool:
    """Whether the sentence before `start` names a currency whose name holds `word`
    ("160 milliards de livres égyptiennes, dont 125 milliards de livres pour le pain",
    "160 miliar pound Mesir … 125 miliar pound"): the word is that money again, no weight
    and no books."""
    folded = text[:start].casefold()
    at = folded.find(word)
    while at >= 0:
        # The name starts at the word ("pound Mesir") or up to a few characters before it
        # (エジプト・ポンド; a word before it in a spaced script: "Egyptian pounds").
        for begin in range(at, max(-1, at - 10), -1):
            if begin < at and not lex.profile.cjk and text[begin - 1:begin].strip():
                continue  # a name starts at a word's start
            hit = lex.currency_after.at(text, begin)
            if hit is not None and hit[0] > at and (begin < at or hit[0] > at + len(word)):
                return True
        at = folded.find(word, at + len(word))
    return False


def _object_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a determiner follows ([currency_context] scaled_not_before): the word
    before it was a verb ("3 million won the lottery")."""
    m = _WORD_AT.match(text, skip_spaces(text, end))
    return m is not None and m.group(0).casefold() in lex.profile.currency_scaled_not_before


def _symbol(text: str, q: int, lex: Lexicon) -> _Currency | None:
    sym = symbol_after(text, q, lex)
    return None if sym is None else _Currency(sym[0], sym[1])


def _qualifier(value: object) -> Qualifier:
    text = str(value)
    allowed: dict[str, Qualifier] = {
        "eq": "eq", "approx": "approx", "gt": "gt", "gte": "gte", "lt": "lt", "lte": "lte",
        "range": "range", "several": "several",
    }
    return allowed.get(text, "eq")


def _grow_before(text: str, e: Expr, lex: Lexicon, named: tuple[int, str] | None) -> Expr:
    """`named`: cjk_name_before(text, e.start, lex)."""
    start = e.start
    currency = e.currency
    percent = e.percent
    # The tables below that may have a phrase ending right before the number (spaces
    # skipped): the lookups of the others there are skipped (they would find nothing).
    gate = lex.before_gate.mask(text, back_spaces(text, start))
    sym = symbol_before(text, start, lex) if gate & BEFORE_CURRENCY else None
    if sym is not None and not sym[1] and e.num_end - e.num_start == 1 \
            and one_letter_symbol(text, sym[0], start):
        sym = None  # "R0", "R2": a name (a reproduction number), no sum in one letter's money
    named = named if sym is None else None
    unknown = e.unknown_currency
    candidates = e.currency_candidates
    unsure = False
    if sym is not None:
        start, currency = sym[0], currency or sym[1]
        if text[start:start + 1] in ("$", "＄") and (code := _code_before(text, start)):
            # "NZD $5,000", "CAD $500": the dollar sign of the currency the code names
            start, currency = code
        unknown = unknown or not sym[1]
        if not sym[1]:  # "Rs 300": a symbol several currencies share, or an unknown one
            shared = lex.profile.currency_symbols_shared
            candidates = shared.get(text[start:back_spaces(text, e.start, 1)], candidates)
    elif named is not None and named[1] == currency:
        start = named[0]
    else:
        pct = lex.percent_before.before(text, start) if gate & BEFORE_PERCENT else None
        if pct is not None:
            start, percent = pct[0], True
            if start > 0 and numeral_char(text[start - 1], lex.profile):
                # 一百分之五 (five hundredths: 5 %), but 五百分之二 (two five-hundredths):
                # a share of another whole than a hundred, no percentage: no claim.
                one = lex.profile.han_digits.get(text[start - 1], text[start - 1])
                if str(one) == "1" and (start == 1 or not numeral_char(text[start - 2],
                                                                       lex.profile)):
                    start -= 1
                else:
                    unsure = True
    value = e.value
    glued = start == e.num_start or (
        currency is not None and start < e.num_start
        and not any(ch.isspace() for ch in text[start:e.num_start]))  # "-$3m", "−€2 billion"
    if e.origin == "digits" and glued and start > 0 and (
            text[start - 1] in MINUS or (text[start - 1] == "\u2013" and start > 1
                                         and text[start - 2].isspace())) \
            and (start == 1 or (text[start - 2].isspace() and not _number_before(text, start - 1))
                 or text[start - 2] in "([{:=;,、" or _cjk_sign(text, start - 1, lex)):
        # "−3%", "-5 degrees", "増加率は－３％" (folded to "-"), "fell to –20°C" (an en dash
        # glued to the number after a space); never "1-2", "10%-20%", "GPT-3", "1–2"
        start, value = start - 1, -value
    # 第 1000 张: a text that spaces its numbers may put a space after a CJK ordinal prefix.
    gap = 1 if lex.profile.cjk else 0
    ordinal = bool(gate & BEFORE_ORDINAL) and lex.ordinal_before.before(
        text, back_spaces(text, e.start, gap)) is not None
    if e.origin == "digits" and not ordinal:
        suffix = lex.ordinal_after.at(text, skip_spaces(text, e.num_end, gap))
        ordinal = suffix is not None and suffix[0] == e.end and e.end > e.num_end
        if suffix is not None and e.end == e.num_end and not e.has_unit:
            ordinal = True
    if (e.counter or e.duration or e.quantity) \
            and any(text.startswith(w, e.end) for w in lex.profile.counter_ordinal_after):
        ordinal = True  # 2回目: the second time; 2年目: the second year, no span; 36キロ目:
        # the 36th kilometre, no distance
    if e.origin == "digits" and not ordinal and gate & BEFORE_CONNECTOR:
        ordinal = _ordinal_range_end(text, e.start, gap, lex)
    if e.origin == "digits" and not ordinal and lex.profile.cjk and e.start > 1:
        ordinal = _ordinal_list_member(text, e.start, lex)
    qualifier = e.qualifier
    q_end = back_spaces(text, start)
    near = start == e.start  # the gate tells of q_end too
    hit = lex.qual_before.before(text, q_end) \
        if not near or gate & BEFORE_QUALIFIER else None
    if hit is not None and e.duration \
            and text[hit[0]:q_end].casefold() in lex.profile.qualifier_comparatives:
        hit = None  # "higher than a year earlier": the comparison is of amounts
    if hit is not None and e.duration and e.start < e.num_end \
            and text[hit[0]:q_end].casefold() in lex.profile.qualifier_periods \
            and (first := _WORD_AT.match(text, start)) is not None \
            and first.group(0).casefold() in lex.profile.determiners:
        hit = None  # "over the next decade": during it, no bound
    if hit is not None and e.duration \
            and text[hit[0]:q_end].casefold() in lex.profile.qualifier_periods \
            and not text[:hit[0]].strip() and text[e.end:].lstrip()[:1] == ",":
        hit = None  # "Over three years, the province spent …": during them, no bound
    if hit is None and e.duration and (not near or gate & BEFORE_SPAN):
        hit = lex.qual_span_before.before(text, q_end)  # "dans les 14 jours": within 14 days
    if hit is None and lex.profile.cjk:
        hit = _cjk_qualifier_with_gap(text, start, lex)
        if hit is not None and e.duration and any(
                text.startswith(word, hit[0]) for word in lex.profile.qualifier_comparatives):
            hit = None  # 高于过去12个月: the comparison is of amounts, the span is a period
    if hit is None and lex.profile.cjk and percent:
        hit = _cjk_share_qualifier(text, q_end, lex)
    if hit is not None and _in_false_friend(text, hit[0], q_end, lex):
        hit = None  # 节约12亿 (saves), 契約: a word that ends in 约/約 ("about")
        if lex.profile.cjk:
            hit = _cjk_qualifier_with_gap(text, start, lex)
    if hit is not None and lex.profile.qualifier_limit_after and hit[0] < start \
            and text.startswith(lex.profile.qualifier_limit_after, skip_spaces(text, e.end)):
        hit = None  # 超过法律规定的3%上限: the ceiling's figure, exactly
    if hit is not None and qualifier == "eq" and not _connects(text, hit[0], lex) \
            and not (lex.profile.cjk and _record_word(text, hit[0], lex)) \
            and not _restrictive(text, hit[0], q_end, lex):
        start, qualifier = hit[0], _negated(text, hit[0], _qualifier(hit[1]), lex)
    identifier = is_identifier(text, e, currency is not None and sym is not None)
    return evolve(e, start=start, value=value, currency=currency or None, percent=percent,
                  qualifier=qualifier, ordinal=ordinal, identifier=identifier,
                  unknown_currency=unknown, currency_candidates=candidates,
                  unsure=e.unsure or unsure)


_DIGITS_BEFORE = re.compile(r"[0-9][0-9,.]*$")


def _ordinal_range_end(text: str, start: int, gap: int, lex: Lexicon) -> bool:
    """'第 318 至 510 个': the second number of a range whose first has an ordinal prefix
    is an ordinal too (the 318th to the 510th)."""
    link = lex.connectors.before(text, back_spaces(text, start, gap))
    if link is None:
        return False
    end = back_spaces(text, link[0], gap)
    first = _DIGITS_BEFORE.search(text, max(0, end - 12), end)
    return first is not None and \
        lex.ordinal_before.before(text, back_spaces(text, first.start(), gap)) is not None


_LIST_SEPARATORS = "、，,"
_DIGITS_END = re.compile(r"[0-9]+$")


def _ordinal_list_member(text: str, start: int, lex: Lexicon) -> bool:
    """第3、5和7条, 第8567、8627和8665条: a number listed after one with a CJK ordinal prefix,
    behind a list comma or a coordinator, is an ordinal too (the 5th and the 7th)."""
    pos = start
    for _ in range(12):  # the members of one list
        before = back_spaces(text, pos, 1)
        if before > 0 and text[before - 1] in _LIST_SEPARATORS:
            before -= 1
        else:
            word = next((w for w in lex.profile.coordinators
                         if text.startswith(w, before - len(w))), None)
            if word is None:
                return False
            before -= len(word)
        end = back_spaces(text, before, 1)
        first = _DIGITS_END.search(text, max(0, end - 12), end)
        if first is None:
            return False
        if lex.ordinal_before.before(text, back_spaces(text, first.start(), 1)) is not None:
            return True
        pos = first.start()
    return False


def _number_before(text: str, minus: int) -> bool:
    """'13 -25%', '5 −10 °C': a number (or its percent sign) before the spaced minus makes
    it a range dash, not a sign; a minus sign needs a non-number before it."""
    before = back_spaces(text, minus)
    return before > 0 and (text[before - 1].isdigit() or text[before - 1] in "%％")


def _cjk_sign(text: str, minus: int, lex: Lexicon) -> bool:
    """A minus glued to a CJK word ("前年比-3%") is a sign, unless a number stands just
    before it: "10万人-20万人" is a range."""
    if not is_cjk(text[minus - 1]):
        return False  # the common case ("COVID-19"), before the set below is built
    prof = lex.profile
    numeric = {*prof.han_digits, *prof.han_units, *(k for k in prof.scales if len(k) == 1)}
    before = text[max(0, minus - 4):minus]
    return not any(ch.isdigit() or ch in numeric for ch in before)


_LAST_WORD = re.compile(r"[^\W\d_]+$")


def _connects(text: str, start: int, lex: Lexicon) -> bool:
    """A phrase that is also a range connector ("hingga", "sampai": up to) joins two
    numbers when a number (or a percent after it) stands right before it: "10 hingga 20"
    and "10% hingga 20%" are ranges."""
    if lex.connectors.at(text, start) is None:
        return False
    before = text[:back_spaces(text, start)]
    last_word = _LAST_WORD.search(before)
    spelled = last_word is not None and (last_word.group(0).casefold() in lex.profile.spelled.roles
                                         or last_word.group(0).casefold() in lex.profile.vague)
    return bool(before) and (before[-1].isdigit()
                             or (before[-1] in lex.profile.date_year  # 2019年至: not 每年至少
                                 and _numeral_end(text, len(before) - 1, lex))
                             or spelled  # "dua hingga tiga juta"
                             or lex.scales.before(text, len(before)) is not None
                             or lex.currency_after.before(text, len(before)) is not None
                             or _percent_after_number(text, len(before), lex))


def _percent_after_number(text: str, end: int, lex: Lexicon) -> bool:
    """A percent sign or word ending at `end` right after a number ("10%", "10 persen")."""
    hit = lex.percent_after.before(text, end)
    if hit is None:
        return False
    before = text[:back_spaces(text, hit[0])]
    return bool(before) and before[-1].isdigit()


def _cjk_qualifier_with_gap(text: str, start: int, lex: Lexicon) -> tuple[int, object] | None:
    """'至少募資1億美元': a two-character qualifier may stand one or two Han characters
    (a verb) before the number it qualifies."""
    if not _may_end(lex.qual_before, text, start - 2) \
            and not _may_end(lex.qual_before, text, start - 3):
        return None  # no qualifier can end before either gap: the loop finds none
    for gap in (1, 2):
        end = start - gap
        if end <= 0 or not is_cjk(text[end]):  # (the characters after it passed already)
            break
        if any(p in text[end:start] for p in lex.profile.qualifier_gap_blockers):
            break  # 過去最高の500億円: "the highest", an adjective, not "at most"
        hit = lex.qual_before.before(text, end)
        if hit is not None and _in_false_friend(text, hit[0], end, lex):
            break  # 課税最低限を103万円: 最低限 (a threshold) is a noun, not "at least"
        if hit is not None and end - hit[0] >= 2 \
                and not (text[hit[0]:end] in lex.profile.qualifier_no_gap
                         and all(is_han(ch) for ch in text[end:start])):
            return hit
    return None


def _in_false_friend(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the qualifier at text[start:end] ends or begins a longer word of
    `[qualifiers] false_friends` (节约, 契約: "save", "contract", not 约 "about"; 最低限: a
    threshold, not 最低 "at least")."""
    return any(len(w) > end - start and (text.endswith(w, 0, end) or text.startswith(w, start))
               for w in lex.profile.qualifier_false_friends)


def _record_word(text: str, start: int, lex: Lexicon) -> bool:
    """過去最高, 史上最高: a qualifier after a word of `[qualifiers] record_before` is an
    adjective ("the highest ever"), no bound on the number."""
    return any(text.endswith(w, 0, start) for w in lex.profile.qualifier_record_before)


def _may_end(table: PhraseTable, text: str, at: int) -> bool:
    """Whether a phrase of `table` may end with the character at `at` (False: none does;
    a Han or kana character is its own case fold, so its index entry tells)."""
    if at < 0:
        return False
    ch = text[at]
    return not ("\u3040" <= ch <= "\u9fff") or ch in table.by_last


# Only "more than" and "less than" turn round: "will not be beaten for at least two years"
# keeps its "at least" (a negation before "at least", "at most" bounds the verb's time).
_FLIPPED: dict[str, Qualifier] = {"gt": "lte", "lt": "gte"}
_CLAUSE_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|[,;:.!?()\[\]\"“”«»]")


def _restrictive(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the bound at text[start:end] says "only" after a negating word ([negation]
    restrictive: « ils ne sont plus que 154 »: 154 exactly)."""
    prof = lex.profile
    if not prof.negation_restrictive \
            or text[start:end].casefold() not in prof.negation_restrictive:
        return False
    words = _CLAUSE_WORDS.findall(text, max(0, start - 50), start)[-4:]
    # ("n'y a plus que": the word before an elision's apostrophe)
    return any(re.split(r"['’]", w.casefold())[0] in prof.negation_restrictive_before
               for w in words)


def _negated(text: str, start: int, qualifier: Qualifier, lex: Lexicon) -> Qualifier:
    """'No country had tested more than 3%', 'aucun pays n'avait testé plus de 3 %': a
    negating word (language data `negation.words`) among the six words of the clause
    before a comparison turns it round (at most 3%). Punctuation and the words of
    `negation.breaks` ("whether", "only") end the negation's scope."""
    prof = lex.profile
    if qualifier not in _FLIPPED or not prof.negators:
        return qualifier
    words = _CLAUSE_WORDS.findall(text, max(0, start - 80), start)[-6:]
    for word in reversed(words):
        key = word.casefold()
        if not word[0].isalpha() or key in prof.negation_breaks:
            return qualifier
        if key in prof.negators:
            return _FLIPPED[qualifier]
    return qualifier


def _cjk_share_qualifier(text: str, end: int, lex: Lexicon) -> tuple[int, object] | None:
    """'未超过总人口的 3%': a qualifier before the whole a percent is a share of, joined to
    the percent by the possessive particle (的, の: the language's gap blockers), reads on
    the percent ("at most 3% of the population"). The whole is a run of up to six Han
    characters; a qualifier right before the particle is an adjective (最高的) instead,
    and a one-character one may begin a word of the whole (近年)."""
    for link in lex.profile.qualifier_gap_blockers:
        if not text.endswith(link, 0, end):
            continue
        noun_end = end - len(link)
        for gap in range(1, 7):
            at = noun_end - gap
            if at <= 0 or not is_cjk(text[at]) or text[at] in lex.profile.qualifier_gap_blockers:
                break
            hit = lex.qual_before.before(text, at)
            if hit is not None and at - hit[0] >= 2:  # 近 alone also begins 近年 (recent years)
                # (a comparative's percent after the particle is the value compared with:
                # 高于预期的5.2%, the forecast)
                return None if text[hit[0]:at] in lex.profile.qualifier_comparatives else hit
    return None


def is_identifier(text: str, e: Expr, has_symbol: bool) -> bool:
    """Digits glued to Latin letters or joined by '-' to a word are names (GPT-3, K80, A4)."""
    if e.origin not in ("digits",):
        return False
    before = text[e.num_start - 1] if e.num_start > 0 else ""
    after = text[e.num_end] if e.num_end < len(text) else ""
    if before and is_word(before) and not before.isdigit() and not has_symbol:
        return True
    if before in "-_/#" and e.num_start >= 2 and is_word(text[e.num_start - 2]) \
            and not text[e.num_start - 2].isdigit() \
            and not (before == "-" and _unit_of_number(text, e.num_start - 1)):
        return True
    if after and is_word(after) and not after.isdigit() and e.end == e.num_end:
        return True
    # Clock times and ratios: 10:30, 3:2.
    return (before == ":" and e.num_start >= 2 and text[e.num_start - 2].isdigit()) or (
        after == ":" and e.num_end + 1 < len(text) and text[e.num_end + 1].isdigit()
    )


def _unit_of_number(text: str, hyphen: int) -> bool:
    """Whether the letters right before a hyphen follow digits ("3km-5km", "30C-40C"): a
    unit closing the number before, so the number after the hyphen is the range's second,
    not part of a name ("COVID-19", "SARS-CoV-2")."""
    j = hyphen
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return 0 < j < hyphen and hyphen - j <= 3 and text[j - 1].isdigit()


# What _grow_before reads before a number and takes into it (a connector or an ordinal word
# it only tests: either way the number stays a name, or becomes an ordinal).
_MOVES_START = BEFORE_CURRENCY | BEFORE_PERCENT | BEFORE_QUALIFIER | BEFORE_SPAN


def named_atom(text: str, atom: Expr, lex: Lexicon) -> bool:
    """Whether a digit atom is certainly part of a name before growth ("G7", "nsp1",
    "COVID-19", "SARS-CoV-2"), so growing it is wasted: a letter glued before it, or a
    word and "-", "_", "/", "#" (is_identifier's tests of the number's own start, which
    growth does not move). Growth could still make it something else only by what it reads
    before it: a currency symbol ("RM5", "Rp5": money), a unit word ("M6.8": a magnitude),
    a unit prefix around it (時速), so where one of those may end there, it is grown. A
    qualifier or percent word before it is left to growth as well (it would move the
    start). Its neighbours do not miss it: a name opens no range (_try_range), and a
    range, several-word or amount before it would have to reach it over the glued
    letters."""
    start = atom.start
    if atom.origin != "digits" or start == 0:
        return False
    before = text[start - 1]
    glued = is_word(before) and not before.isdigit()  # "G7", "nsp1"
    if not glued and not (before in "-_/#" and start >= 2 and is_word(text[start - 2])
                          and not (before == "-" and _unit_of_number(text, start - 1))
                          and not text[start - 2].isdigit()) \
            and not (before == "-" and _MODEL_CODE.search(text, max(0, start - 9), start - 1)):
        return False  # (not "COVID-19", nor "A220-300": a model's variant)
    bits = lex.before_gate.mask(text, start)
    if bits & _MOVES_START and any(
            bits & bit and table.before(text, start) is not None
            for bit, table in ((BEFORE_CURRENCY, lex.currency_before),
                               (BEFORE_PERCENT, lex.percent_before),
                               (BEFORE_QUALIFIER, lex.qual_before),
                               (BEFORE_SPAN, lex.qual_span_before))):
        return False  # "RM5" is money: read in growth
    if lex.quantity_before.before(text, start) is not None:
        return False  # "M6.8": a magnitude when growth can read one
    return not lex.quantity_circumfixes or (
        lex.circumfix_ends is not None and before not in lex.circumfix_ends
        and lex.quantity_negative.before(text, start) is None
        and lex.percent_negative.before(text, start) is None)


# A model's code before a hyphen and its variant number ("A220-300", "A321-200"): capitals,
# then two to four digits, a word of its own.
_MODEL_CODE = re.compile(r"(?<![\w.,])[A-Z]{1,3}[0-9]{2,4}$")


def attach_several(text: str, exprs: list[Expr], lex: Lexicon) -> list[Expr]:
    """'several $50 million', '数百万': a several-word right before a number multiplies it.
    Only a currency symbol may stand between them: in 人数超过2300人 the 数 ends a word, as
    it does before a multiplier word (人数翻番: the number doubled)."""
    out: list[Expr] = []
    for expr in exprs:
        if out and out[-1].origin == "several" and not out[-1].has_unit \
                and not out[-1].scaled and not out[-1].vague and expr.origin != "multiplier" \
                and text[out[-1].end:expr.start].strip(SPACES) == "" \
                and _symbol_only(text[out[-1].end:expr.num_start].strip(SPACES), lex) \
                and not (lex.profile.cjk and expr.origin == "digits"
                         and not _power_of_ten(text[expr.num_start:expr.num_end])):
            prev = out.pop()
            word = " ".join(text[prev.num_start:prev.num_end].casefold().split())
            if word in lex.profile.several_approx and expr.origin == "digits" \
                    and expr.qualifier == "eq" and expr.high is None:
                # "quelques 300 millions": about 300 million, not 600 to 1,500 million.
                out.append(evolve(expr, start=prev.start, qualifier="approx"))
                continue
            several = _vague_unit(text, prev, expr, lex) or prev.several
            expr = evolve(expr, start=prev.start, several=several)
        out.append(expr)
    return out


def _power_of_ten(digits: str) -> bool:
    """'10', '100', '1000': how CJK text writes 数十, 数百 in digits (数10万円); 数 before
    any other number ends a word (総トン数537トン: gross tonnage)."""
    lead = _LEADING_DIGITS.match(digits)
    return lead is not None and power_of_ten(lead.group(0))


_LEADING_DIGITS = re.compile(r"[0-9]+")


def _vague_unit(text: str, several: Expr, expr: Expr, lex: Lexicon
                ) -> tuple[Decimal, Decimal] | None:
    """数千万 is 数千 × 万 (2,000–9,999 × 10,000), not 数 × 千万: the several-word and the
    Han unit after it form a vague amount of the language data, which the rest multiplies.
    Returned as factors of the number's value (千万 → 2 and 9.999)."""
    if expr.origin != "han" or expr.num_start >= len(text):
        return None
    unit = lex.profile.han_units.get(text[expr.num_start])
    key = (text[several.start:several.end] + text[expr.num_start]).casefold()
    vague = lex.profile.vague.get(key)
    if unit is None or vague is None or expr.value <= unit:
        return None
    return vague[0] / unit, vague[1] / unit


def _symbol_only(gap: str, lex: Lexicon) -> bool:
    if not gap:
        return True
    hit = lex.currency_before.at(gap, 0)
    return hit is not None and hit[0] == len(gap)


def join_ranges(text: str, exprs: list[Expr], lex: Lexicon) -> list[Expr]:
    out: list[Expr] = []
    i = 0
    while i < len(exprs):
        cur = exprs[i]
        if i + 1 < len(exprs):
            # Most neighbours form no range: the update test runs only on those that do.
            nxt = exprs[i + 1]
            joined = _try_range(text, cur, nxt, lex)
            if joined is not None and not is_update(text, cur, nxt, lex.profile.code):
                # 時速35～40マイル: the prefix before the range gives the unit its meaning.
                out.append(_range_circumfix(text, joined, nxt.unit_at, lex))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out


def _range_circumfix(text: str, e: Expr, unit_at: int, lex: Lexicon) -> Expr:
    if unit_at < 0 or e.currency or e.percent or e.duration or e.multiplier:
        return e
    return _with_circumfix(text, e, unit_at, lex) or e


def _with_circumfix(text: str, e: Expr, unit_at: int, lex: Lexicon) -> Expr | None:
    """The expression with the unit a word before it and a unit word at unit_at form. A
    sign word may stand between the word and the number (華氏マイナス20度: -20 °F)."""
    value = e.value
    before = back_spaces(text, e.start)
    around = circumfix(text, before, unit_at, lex)
    if around is None and (gap := _circumfix_gap(text, before, lex)) is not None:
        around = circumfix(text, gap, unit_at, lex)  # 时速达90公里: a verb between
    if around is None and e.start < e.num_start:
        # 超过华氏110度: the bound word grown before the circumfix's first word
        around = circumfix(text, back_spaces(text, e.num_start), unit_at, lex)
        if around is not None:
            around = (min(e.start, around[0]), *around[1:])
    if around is None and value > 0 and e.qualifier == "eq" and e.high is None:
        sign = (lex.percent_negative.before(text, before)
                or lex.quantity_negative.before(text, before))
        if sign is None or not sign[1]:
            return None  # no sign word, or a margin ("plus or minus")
        around = circumfix(text, back_spaces(text, sign[0]), unit_at, lex)
        value = -value
    if around is None:
        return None
    return evolve(e, start=around[0], end=max(e.end, around[1]), quantity=around[2],
                   counter=None, value=value)


def _circumfix_gap(text: str, before: int, lex: Lexicon) -> int | None:
    """Where a verb of `[quantities] circumfix_gaps` ending at `before` starts, if one does."""
    for verb in lex.profile.quantities.circumfix_gaps:
        if text.endswith(verb, 0, before):
            return back_spaces(text, before - len(verb))
    return None


def _units(e: Expr) -> tuple[object, ...]:
    return (e.currency, e.percent, e.duration, e.multiplier, e.counter, e.quantity)


def _compatible(text: str, a: Expr, b: Expr) -> bool:
    """Two ends of one range: same unit, or the unit written once, after the second number
    ("5 to 10%") or before the first ("$5 to 10 million"). A unit written after the first
    number alone is no range's ("rose 6.2% to 1,200": the change, then the level)."""
    if not b.has_unit:
        return not (a.has_unit and a.end > a.num_end and _units(a) != _units(b))
    if not a.has_unit:
        return True
    if a.currency and b.currency and a.start < a.num_start and b.start == b.num_start \
            and b.end > b.num_end and text[a.num_end:a.end] == text[b.num_end:b.end]:
        # 新台幣20元至65元: the currency named before the first number is the second's
        # too, whose unit word alone (元) would read another currency.
        return _units(evolve(a, currency=b.currency)) == _units(b)
    return _units(a) == _units(b)


def _year_range(text: str, a: Expr, b: Expr, lex: Lexicon) -> Expr | None:
    """'1644-1912', '1977 hingga tahun 1981': a year range. The first year may lie before
    the bare-year range (a plain four-digit number) when the second is a year and nothing
    is counted after it; a year word may stand after the connector. A round first number
    ("1000-2000") stays an amount unless the second year carries a word that makes it a
    year ("from 1000 to 1300 AD"); after a year so marked ("from AD 1000 to 1300"), a plain
    four-digit number is the range's end; after a CJK year (2010年), two digits and the year
    marker are one (15年: 2015). "between ... and" joins as a connector does."""
    if a.date is not None:
        if len(a.date) != 4 or a.relative or a.high_date or a.qualifier != "eq":
            return None
        low = int(a.date)
    elif (_plain_four(a) and a.value >= 1000 and b.date is not None
          and (a.value % 100 or b.end > b.num_end) and count_noun(text, b.end, lex) is None):
        # "1000-2000" is more likely an amount than years: round numbers stay numbers.
        low = int(a.value)
    else:
        return None
    if b.date is not None:
        if len(b.date) != 4 or b.relative or b.high_date or b.qualifier != "eq":
            return None
        high = b.date
    elif a.date is not None and int(a.date) < YEAR_RANGE[0] and _plain_four(b) \
            and int(b.value) < YEAR_RANGE[0] and count_noun(text, b.end, lex) is None:
        # "from AD 1000 to 1300": only a year a word made one (below the bare years)
        high = text[b.num_start:b.num_end]
    elif (mark := lex.profile.date_year) and a.date is not None \
            and text.endswith(mark, 0, a.end) and b.duration == "year" \
            and b.origin == "digits" and b.qualifier == "eq" and b.start == b.num_start \
            and b.num_end - b.num_start == 2 and text[b.num_end:b.end] == mark:
        # 2010年から15年まで, 2010年至15年: the second year in its last two digits (15年間 is
        # a span: its surface holds 間), in the next century when it is less (1995年から05年)
        end_year = low - low % 100 + int(b.value)
        end_year += 100 if end_year <= low else 0
        if end_year - low >= 50:
            return None
        high = f"{end_year:04d}"
    else:
        return None
    if low >= int(high):
        return None
    core = text[a.end:b.start].strip(SPACES)
    if core == "/" and a.end == b.start - 1 and int(high) == low + 1:
        # "2023/2024": a season or fiscal year of two years (as "2023/24" is)
        return evolve(a, end=b.end, num_end=b.end, value=Decimal(low), date=f"{low:04d}",
                      high_date=high, qualifier="range", plain_int=False)
    conn = lex.connectors.at(core, 0)
    if conn is None and core:
        between = lex.between.at(core, 0)
        opener_end = back_spaces(text, a.start)
        if between is not None and _between_opener(
                text, lex.openers.before(text, opener_end), opener_end,
                core[:between[0]], lex):
            conn = between
    if not core or conn is None:
        return None
    rest = core[conn[0]:].strip(SPACES)
    link = lex.year_links.at(rest, 0) if rest else None
    if rest and (link is None or link[0] != len(rest)):
        return None
    return evolve(a, end=b.end, num_end=b.end, value=Decimal(low), date=f"{low:04d}",
                   high_date=high, qualifier="range", plain_int=False)


def _counted_year(text: str, e: Expr, lex: Lexicon) -> bool:
    """A bare four-digit number read as a year with a counted noun after it: the end of a
    range of counts when a plain number opens the range."""
    return (e.plain_int and (e.start, e.end) == (e.num_start, e.num_end)
            and e.date == text[e.num_start:e.num_end]
            and count_noun(text, e.end, lex, stop=True) is not None)


def _counted_range_start(text: str, a: Expr, b: Expr, lex: Lexicon) -> bool:
    """A bare four-digit number read as a year, before a plain number of four digits that
    is no year and counts ("2000～3000枚", "1800～2000人", "2000-3000 tickets"): the two are a
    range of counts, unless a year word stands before the first ("in 2019 to 5000 units").
    Two years before a noun stay years ("the 2019-2020 season")."""
    return (a.origin == "digits" and (a.start, a.end) == (a.num_start, a.num_end)
            and a.date == text[a.num_start:a.num_end]
            and lex.year_before.before(text, back_spaces(text, a.start)) is None
            and b.origin == "digits" and b.plain_int and b.num_end - b.num_start == 4
            and b.value > a.value and b.start == b.num_start and b.date is None
            and (b.counter is not None or count_noun(text, b.end, lex, stop=True) is not None))


def _plain_four(e: Expr) -> bool:
    """A number of four digits written alone: no sign, unit, scale or qualifier."""
    return (e.origin == "digits" and e.plain_int and e.num_end - e.num_start == 4
            and (e.start, e.end) == (e.num_start, e.num_end) and not e.has_unit
            and not e.scaled and e.qualifier == "eq")


_DASHES = frozenset("-\u2013\u2014\u2212~\u301c\uff5e")


def _downwards(core: str, opener: tuple[int, object] | None) -> bool:
    """A range may run downwards ("4.2-3.9 million years ago") when joined by a dash, or by
    a word with no "from" before it: "fell from 4.2 to 3.9 million" is a change, two values."""
    return core in _DASHES or opener is None


def _vague_range(text: str, a: Expr, b: Expr, lex: Lexicon) -> Expr | None:
    """'hundreds to thousands', 'ratusan hingga ribuan': two vague amounts joined by a range
    connector are one vague amount from the low end of the first to the high end of the
    second."""
    core = text[a.end:b.start].strip(SPACES)
    hit = lex.connectors.at(core, 0) if core else None
    if hit is None or hit[0] != len(core) or a.has_unit or a.scaled or b.scaled \
            or a.several is None or b.several is None or a.several[1] >= b.several[1]:
        return None
    return evolve(b, start=a.start, several=(a.several[0], b.several[1]))


def _between_opener(text: str, opener: tuple[int, object] | None, opener_end: int,
                    core: str, lex: Lexicon) -> bool:
    """'entre 5 et 100' is a range, 'de 5 et 100 dollars' ("5 and 100 dollar notes") is
    not: the closing word ("et", "and") needs its own opening word before the first number."""
    if opener is None:
        return False
    word = " ".join(text[opener[0]:opener_end].casefold().split())
    close = lex.profile.range_between.get(word)
    return close is not None and close.casefold() == core.casefold()


_ISO_AFTER = re.compile(r"[ \u00a0]?([A-Z]{3})(?![^\W\d_])")


_ISO_BEFORE = re.compile(r"(?<![^\W\d_])([A-Z]{3})[ \u00a0]?$")


def _code_before(text: str, start: int) -> tuple[int, str] | None:
    """An ISO 4217 code right before a currency sign (one space at most): (its start, the
    currency)."""
    m = _ISO_BEFORE.search(text, max(0, start - 5), start)
    if m is None:
        return None
    code = currency_codes().get(m.group(1))
    return None if code is None else (m.start(1), code)


def _code_after(text: str, end: int) -> tuple[int, str] | None:
    """An ISO 4217 code right after a currency word or sign (one space at most): (its end,
    the currency)."""
    m = _ISO_AFTER.match(text, end)
    if m is None:
        return None
    code = currency_codes().get(m.group(1))
    return None if code is None else (m.end(), code)


def _closed_between(text: str, core: str, b: Expr, lex: Lexicon) -> bool:
    """介于20万和30万之间, 20と30の間: a link that makes a range when a closing word of
    [ranges] between_after follows the second number."""
    closers = lex.profile.range_between_after.get(core, ())
    return bool(closers) and text.startswith(closers, skip_spaces(text, b.end))


_HANGING = ("-", "\u2010")  # (an empty slice is in no tuple: no hyphen there)


def _try_range(text: str, a: Expr, b: Expr, lex: Lexicon) -> Expr | None:
    if a.vague and b.vague and a.several and b.several:
        return _vague_range(text, a, b, lex)
    if a.date and _counted_range_start(text, a, b, lex):
        # "2000～3000枚", "2000-3000 tickets": a year only by its look, opening a range
        # of counts; the joined range is a count (no range joins: each stays as it was).
        a, b = evolve(a, date=None), evolve(b, date=None)
    year_range = _year_range(text, a, b, lex)
    if year_range is not None:
        return year_range
    if a.relative or b.relative or a.several or b.several or a.ordinal or b.ordinal:
        return None
    if is_identifier(text, a, a.start < a.num_start):
        return None  # "COVID-19 to US$29 million": the first number is part of a name
    b = _connector_bound(text, a, b, lex)
    gap = text[a.end:b.start]
    core = gap.strip(SPACES)
    if len(core) > 2 and core[0] in _HANGING and core[1] in SPACES \
            and text[b.num_end:b.num_end + 1] in _HANGING:
        # "a 10- to 15-year sentence", "a two- or three-day visit": the first number's
        # hyphen waits for the unit the second one's hyphen joins (one range of years)
        core = core[1:].strip(SPACES)
    if not core or len(core) > 14:
        return None
    # A sign word before a first end that takes its unit from the second: "from minus 40
    # to 110°C", "between minus 40 and 110°C" (the opener stands before the sign word),
    # マイナス2～3%.
    sign = negative_before(text, a.start, b.quantity or "percent", lex) \
        if not a.has_unit and a.value > 0 and (b.quantity or b.percent) else None
    opener_end = back_spaces(text, a.start if sign is None else sign)
    opener = lex.openers.before(text, opener_end)
    is_conn = lex.connectors.at(core, 0)
    is_between = lex.between.at(core, 0)
    is_alt = lex.alternatives.at(core, 0)
    alternative = is_alt is not None and is_alt[0] == len(core)
    connected = (is_conn is not None and is_conn[0] == len(core)) \
        or (is_between is not None and is_between[0] == len(core)
            and _between_opener(text, opener, opener_end, core, lex)) \
        or _closed_between(text, core, b, lex)
    if not (connected or alternative):
        return None
    shared = _shared_factor(text, a, b, lex)
    if not connected and not _next_number(a, b, shared):
        return None
    if a.date and b.date:
        if "-" in (a.date + b.date) or a.qualifier != "eq":
            return None
        return evolve(a, end=b.end, date=a.date, high_date=b.date, qualifier="range")
    if b.date and not a.date and a.origin == "digits" and _counted_year(text, b, lex):
        b = evolve(b, date=None)  # "from 1000 to 2000 people": the second is no year
    if a.date or b.date:
        return None
    if a.multiplier and not b.multiplier:
        return None  # "doubled to 400 units": a change and the new figure, not a range
    between = is_between is not None and is_between[0] == len(core)
    if not _compatible(text, a, b) or not (
            b.qualifier == "eq"
            or (b.qualifier in ("approx", "lte", "lt") and b.start == b.num_start)
            or (between and b.qualifier in ("gte", "gt") and b.start == b.num_start)):
        # An approximation after the range ("3～5％程度", "3-5%左右") is the range's, which
        # it drops as it drops one before it (約3～5％); one before the second number is not.
        # So is an upper bound after it (15～20分以内, 15至20分钟之内: within 15 to 20
        # minutes, as "within 15 to 20 minutes" is the range); a lower bound after a range
        # opened by "between" bounds something else (« entre 3 600 et 4 000 yens au moins
        # jusqu'en mars »: at least until March).
        return None
    value, high = _decimal_bound(text, a, b, lex), _decimal_bound(text, b, a, lex)
    if shared is not None:
        # "two to three hundred" (200 to 300), 2～3割 (20 to 30 %): the word that
        # multiplies the second number is written once, for both.
        value = a.value * shared
    elif b.scaled and not a.scaled and a.value * b.scale <= b.value:
        # "50 à 100 millions": the scale word is written once, after the second number.
        value = a.value * b.scale
    elif b.scaled and not a.scaled and a.origin == "digits" and a.value < 1000 \
            and a.value * b.scale > b.value and not _downwards(core, opener):
        return None  # "fell from 4.2 to 3.9 million": a change, not a range
    elif _downwards(core, opener) and b.scaled and not a.has_unit and (
            (not a.scaled and a.origin == "digits" and a.value < 1000
             and a.value * b.scale > b.value)
            or (a.scaled and a.scale == b.scale and a.value > b.value)):
        # "4.2-3.9 million years (ago)", 420万至390万年: a range written downwards.
        value, high = b.value, a.value * b.scale if not a.scaled else a.value
    if sign is not None:
        # After an opening word the sign is the first end's ("between minus 40 and 110°C");
        # without one it signs the range (マイナス2～3%, 氷点下5～10度: -3 to -2, -10 to -5)
        value, high = (-value, high) if opener is not None else (-high, -value)
    if value > high:
        return None
    first = a.start if sign is None else sign
    start = opener[0] if opener is not None and text[opener[0]:first].strip() else first
    if a.qualifier != "eq":
        start = a.start
    return evolve(
        a, start=min(start, a.start) if a.qualifier == "eq" else a.start, end=b.end,
        value=value, high=high, qualifier="range", scaled=a.scaled or b.scaled,
        scale=max(a.scale, b.scale),
        currency=a.currency or b.currency, percent=a.percent or b.percent,
        duration=a.duration or b.duration, multiplier=a.multiplier or b.multiplier,
        counter=a.counter or b.counter, identifier=a.identifier and b.identifier,
        plain_int=False, unknown_currency=a.unknown_currency or b.unknown_currency,
        currency_candidates=a.currency_candidates or b.currency_candidates,
        quantity=a.quantity or b.quantity, unsure=a.unsure or b.unsure,
    )


def _connector_bound(text: str, a: Expr, b: Expr, lex: Lexicon) -> Expr:
    """b without its upper-bound qualifier when that word is also a range connector and
    both numbers carry the same unit ("3 bulan hingga 5 bulan": 3 to 5 months, not 3 months
    and at most 5); b as it is otherwise."""
    if b.qualifier not in ("lte", "lt") or b.start >= b.num_start or not a.has_unit \
            or not b.has_unit or _units(a) != _units(b) or text[a.end:b.start].strip(SPACES):
        return b
    lead = text[b.start:b.num_start].strip(SPACES)
    hit = lex.connectors.at(lead, 0)
    if hit is None or hit[0] != len(lead):
        return b
    return evolve(b, start=b.num_start, qualifier="eq")


def _next_number(a: Expr, b: Expr, shared: Decimal | None) -> bool:
    """Whether two numbers joined by an alternative word ("or", 、) are consecutive ones, the
    first bare or counted by the same counter as the second: "two or three", "two or three
    hundred", "2 or 3 million", 二、三人, 两个或三个, 2人か3人 (an approximate range); any other
    pair is two numbers ("1,261 or 13%", a list)."""
    same_counter = bool(a.counter) and not a.scaled and _units(a) == _units(b)
    if (a.has_unit and not same_counter) or a.scaled or a.date or b.date \
            or a.value != a.value.to_integral_value() or not 0 < a.value < 10:
        return False
    factor = shared or (b.scale if b.scaled and b.scale else Decimal(1))
    return b.value == (a.value + 1) * factor


def _shared_factor(text: str, a: Expr, b: Expr, lex: Lexicon) -> Decimal | None:
    """The factor the second bound's own word gives it and the first bound shares, when the
    first is a bare number that factor would leave a wrong value: a spelled hundred word
    ("two to three hundred", "dua hingga tiga ratus", "two to three dozen") after a
    spelled digit, a Han unit ending the second of two Han numbers (二、三百: 200 to 300),
    or a tenth-word (2～3割, 2至3成: 10 percent each) after a plain number."""
    if a.has_unit or a.scaled or b.scaled or a.value != a.value.to_integral_value():
        return None
    if b.origin == "word" and a.origin in ("word", "article") and 0 < a.value < 10:
        last = _LAST_WORD.search(text, b.num_start, b.num_end)
        role = lex.profile.spelled.roles.get(last.group(0).casefold()) if last else None
        if role is not None and role[0] == "hundred" and a.value * role[1] <= b.value:
            return Decimal(role[1])
        return None
    if b.origin == "han" and a.origin == "han" and 0 < a.value < 10 and b.num_end > b.num_start:
        unit = lex.profile.han_units.get(text[b.num_end - 1])  # 二、三百: 百 for both
        if unit is not None:
            return Decimal(unit) if a.value * unit <= b.value else None
    if b.percent and a.origin in ("digits", "han") and a.origin == b.origin \
            and b.num_end < len(text) and lex.tenths.at(text, b.num_end) is not None:
        return Decimal(10) if a.value * 10 <= b.value else None
    return None


def _decimal_bound(text: str, e: Expr, other: Expr, lex: Lexicon) -> Decimal:
    """A range bound's value, its one separator read as the decimal sign when that is
    the language's and the other bound writes it as one: "99.99% to 99.999%" (three
    digits after a separator alone read as grouping; a range is written in one style)."""
    sign = lex.profile.decimal
    if e.origin != "digits" or other.origin != "digits" or e.scaled:
        return e.value
    raw = ascii_digits(text[e.num_start:e.num_end])
    other_raw = ascii_digits(text[other.num_start:other.num_end])
    if _lone_fraction(raw, sign) != 3 or _lone_fraction(other_raw, sign) in (None, 3):
        return e.value
    return Decimal(raw.replace(sign, "."))


def _lone_fraction(raw: str, sign: str) -> int | None:
    """The digits after the only separator of a plain number, when that is `sign`."""
    seps = [ch for ch in raw if not ch.isdigit()]
    if seps != [sign]:
        return None
    return len(raw) - raw.index(sign) - 1


def points_to_percent(text: str, exprs: list[Expr], lex: Lexicon) -> list[Expr]:
    """"rose 6 points to 31%", « de 6 points pour atteindre 31 % », "naik 6 poin menjadi
    31%": a change in bare points joined ([percent] points_to) to the percent it reaches is
    in percentage points, as is one after a percent it is smaller than, said as a change
    ("68% back them, up 11 points", [percent] points_change_before); an index's points
    ("fell 2,216 points, or 5.8%", "up 1.2%, or 300 points") stay a count."""
    prof = lex.profile
    if not prof.percent_points:
        return exprs
    out = list(exprs)
    last = 0  # the last percent before i, if any (else the first expression)
    top: Decimal | None = None  # the largest single percent before i (kept as i moves on)
    for i in range(1, len(out)):
        if out[i - 1].percent:
            last = i - 1
            if out[i - 1].high is None and (top is None or out[i - 1].value > top):
                top = out[i - 1].value
        # (the percent before, past other numbers: "24.3%, a loss of 6.7 points": the
        # article's 1; « à 7,9 % en septembre, soit une hausse de 2,7 points »: the month's;
        # « 47 % des nuitées … hors des trois grandes régions, 2,5 points de plus »: a
        # count's)
        a, before = out[i], out[last]
        # (smaller than a percent before it: « 27,4 % … contre 11,8 % …, soit un recul de
        # 15,6 points » is smaller than the first)
        if not before.percent or before.high is not None or a.has_unit or a.date is not None \
                or a.qualifier != "eq" or top is None or a.value >= top:
            continue
        word = _WORD_AT.match(text, skip_spaces(text, a.end, 1))
        if word is not None and word.group(0).casefold() in prof.percent_points \
                and (_change_before(text, max(before.end, a.start - 24), a.start, lex)
                     or _phrase_after(text, word.end(), prof.percent_points_change_after)):
            out[i] = _in_points(a, word)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.has_unit or a.date is not None or a.qualifier == "range" or not b.percent \
                or b.high is not None:
            continue
        word = _WORD_AT.match(text, skip_spaces(text, a.end, 1))
        if word is None or word.group(0).casefold() not in prof.percent_points:
            continue
        # (« reculé de 0,8 point, à 14,6 % »: a comma before the joint)
        joint = " ".join(text[word.end():b.start].split()).casefold().removeprefix(", ")
        if joint in prof.percent_points_to:
            out[i] = _in_points(a, word)
    if any(e.percent for e in out):
        # « inférieur de 0,2 point à la prévision de 1,9 % »: a change in points said with
        # its verb or comparison right before, the percent it is of after it, a larger one
        # (« le CAC 40 a perdu 52 points, soit 0,7 % »: an index's points)
        # (the first percent after each expression, found once from the end)
        following: list[Expr | None] = [None] * len(out)
        for i in range(len(out) - 2, -1, -1):
            following[i] = out[i + 1] if out[i + 1].percent else following[i + 1]
        for i, a in enumerate(out):
            after = following[i]
            if a.has_unit or a.date is not None or a.qualifier != "eq" or after is None \
                    or after.high is not None or a.value >= after.value:
                continue
            word = _WORD_AT.match(text, skip_spaces(text, a.end, 1))
            if word is None or word.group(0).casefold() not in prof.percent_points:
                continue
            if _change_before(text, max(0, a.start - 24), a.start, lex):
                out[i] = _in_points(a, word)
    if prof.percent_points_of:
        for i, a in enumerate(out):
            if a.has_unit or a.date is not None:
                continue
            word = _WORD_AT.match(text, skip_spaces(text, a.end, 1))
            if word is None or word.group(0).casefold() not in prof.percent_points:
                continue
            if _phrase_after(text, word.end(), prof.percent_points_of):
                out[i] = _in_points(a, word)
    return out


def _change_before(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether text[start:end] ends with a word of [percent] points_change_before (a verb
    or comparison of change right before a number of points)."""
    change = " ".join(text[start:end].split()).casefold()
    return any(change == w or change.endswith(" " + w)
               for w in lex.profile.percent_points_change_before)


def _in_points(e: Expr, word: re.Match[str]) -> Expr:
    """`e` in percentage points, the points word after it (`word`) its unit."""
    return evolve(e, end=word.end(), quantity="percentage point", unit_at=word.start())


def _phrase_after(text: str, end: int, phrases: tuple[str, ...]) -> bool:
    """Whether one of `phrases` (case-folded, one space between words) follows `end`,
    whole ("2 points de plus qu'un an avant", "4,215 of them")."""
    after = " ".join(text[end:end + 40].split()).casefold()
    return any(after.startswith(p) and not after[len(p):len(p) + 1].isalpha()
               for p in phrases)


def rate_changes_in_points(text: str, exprs: list[Expr], lex: Lexicon) -> list[Expr]:
    """政策金利を0.25%引き下げ, 利下げ幅は累計4%: a change of a rate written with a percent
    sign is in percentage points, as "25 basis points" and "0.25 point" are ([percent]
    rate_nouns: a rate noun in the sentence before the number or right after it, and
    rate_verbs: a verb of raising or lowering right after it (rate_links between), or
    rate_widths: a word of the change's size before it, the number no level a change
    starts from: rate_bases). "0.75%に引き上げ" (to 0.75%) is the rate's level and stays;
    "最低賃金の上げ幅は2%" (no rate) a percent."""
    prof = lex.profile
    if not prof.percent_rate_verbs and not prof.percent_rate_widths:
        return exprs
    out = list(exprs)
    for i, e in enumerate(out):
        if not e.percent or e.high is not None or e.date is not None:
            continue
        clause = text[max(0, e.start - 40):e.start]  # the sentence before it
        for mark in _RATE_SENTENCE_MARKS:
            clause = clause.rsplit(mark, 1)[-1]
        end = e.end
        if text[end:end + 1] in ("(", "（"):  # 0.25％（25ベーシスポイント）引き上げ: an aside
            close = _BRACKET_CLOSE.search(text, end, end + 40)
            end = close.end() if close is not None else end
        after = text[end:end + 10]
        link = next((w for w in prof.percent_rate_links if after.startswith(w)), "")
        after = after[len(link):]  # 0.25%の利下げ: a cut of 0.25 (points)
        rate = any(n in clause for n in prof.percent_rate_nouns) \
            or any(after.startswith(n) for n in prof.percent_rate_nouns)
        if not rate and not any(n in clause for n in prof.percent_band_nouns):
            continue  # no rate in the sentence before it, nor right after it (0.25%利下げ)
        # (a target alone makes a band around it in points, 目標の上下1%; a change of it,
        # 引き上げる目標 … 8%の引き上げ, may be of any figure)
        if (rate and any(after.startswith(v) for v in prof.percent_rate_verbs)) or (
                any(w in clause for w in prof.percent_rate_widths)
                and not any(after.startswith(w) for w in prof.percent_rate_bases)):
            out[i] = evolve(e, percent=False, quantity="percentage point")
    return out


_BRACKET_CLOSE = re.compile(r"[)）]")
# Where a sentence ends in CJK text (the rate noun of a change stands in its sentence).
_RATE_SENTENCE_MARKS = ("。", "！", "？", "\u3000", "\n")


def rates_in_brackets(text: str, exprs: list[Expr]) -> list[Expr]:
    """時速35～40マイル（56～64キロ）, 时速35至40英里（56至64公里）: a measure in brackets right
    after a rate restates it in another unit of the rate's numerator, per the same unit of
    time, which the brackets leave unsaid (56 to 64 km/h, not km)."""
    out = list(exprs)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.quantity is None or " / " not in a.quantity or b.quantity is None \
                or " / " in b.quantity or text[a.end:b.start].strip() not in ("(", "（"):
            continue
        top, per = a.quantity.split(" / ", 1)
        if same_dimension(top, b.quantity):
            out[i + 1] = evolve(b, quantity=f"{b.quantity} / {per}")
    return _unit_price_bases(text, _other_scales_in_brackets(text, out))


def _unit_price_bases(text: str, exprs: list[Expr]) -> list[Expr]:
    """1トン約1万6450ドル, 1リットル約2.60リンギ: one unit of a measure or a counter right
    before an amount of money is the unit a price is per (as "$16,450 a tonne"), no
    quantity of its own (CJK text, which writes no word between them)."""
    if not any(e.currency for e in exprs):
        return exprs
    out: list[Expr] = []
    for i, a in enumerate(exprs):
        b = exprs[i + 1] if i + 1 < len(exprs) else None
        if b is not None and b.currency and a.value == 1 and (a.quantity or a.counter) \
                and not a.currency and a.high is None and a.qualifier == "eq" \
                and a.start == a.num_start and not text[a.end:b.start].strip() \
                and any(map(is_cjk, text[a.num_end:a.end])):
            continue
        out.append(a)
    return out


# The two temperature scales, each the other's.
_OTHER_SCALE = {"degree_Celsius": "degree_Fahrenheit", "degree_Fahrenheit": "degree_Celsius"}


def _other_scales_in_brackets(text: str, exprs: list[Expr]) -> list[Expr]:
    """32～35度（同90～95度）: a temperature in brackets right after another of the same
    scale word (度, "degrees") that the other scale converts the first into, to its last
    digit, is in that other scale: the conversion the brackets give (90-95 °F), not a
    second reading in the first's. Two numbers of one word that reads "times" too (45度
    without a word of heat near) are temperatures when one converts into the other so:
    45度（同113度） is 45 °C, 113 °F."""
    out = list(exprs)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        gap = text[a.end:b.start].strip()
        if gap[:1] not in ("(", "（") or len(gap) > 2 or (a.high is None) != (b.high is None):
            continue
        if a.quantity in _OTHER_SCALE and b.quantity == a.quantity:
            scales = [(a.quantity, _OTHER_SCALE[a.quantity])]
        elif a.counter == "times" and b.counter == "times" \
                and text[a.num_end:a.end].strip() == text[b.num_end:b.end].strip():
            scales = list(_OTHER_SCALE.items())  # either way round
        else:
            continue
        pairs = [(a.value, b.value)] + ([(a.high, b.high)] if a.high is not None
                                        and b.high is not None else [])
        for first, second in scales:
            if all(x != y and _rounds(convert(x, first, second), y) for x, y in pairs):
                out[i] = evolve(a, quantity=first, counter=None)
                out[i + 1] = evolve(b, quantity=second, counter=None)
                break
    return out


def _rounds(value: Decimal, stated: Decimal) -> bool:
    """Whether `value` rounded at the last digit of `stated` is `stated` (89.6 → 90)."""
    exponent = stated.as_tuple().exponent
    place = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    return value.quantize(place, rounding=ROUND_HALF_UP) == stated


def scaled_money(text: str, exprs: list[Expr], lex: Lexicon) -> list[Expr]:
    """« 110 millions d'euros immédiatement, et jusqu'à 32 millions supplémentaires »: a bare
    number with a scale word and no link to a counted noun ([counts] scaled_links: « 2
    millions de fans » counts fans), after an amount of money in its sentence, is money in
    that currency."""
    links = lex.profile.scaled_links
    if not links:
        return exprs
    out = list(exprs)
    money: Expr | None = None
    for i, e in enumerate(out):
        if e.currency and not e.unknown_currency and not e.percent and e.quantity is None:
            money = e
            continue
        if money is None or not e.scaled or e.has_unit or e.currency_candidates \
                or e.date is not None or e.relative is not None:
            continue
        after = text[skip_spaces(text, e.end):skip_spaces(text, e.end) + 4].casefold()
        if any(after.startswith(w) and (w[-1:] in "'’" or not after[len(w):len(w) + 1].isalpha())
               for w in links):
            continue  # « 2 millions de fans »: a count
        out[i] = evolve(e, currency=money.currency)
    return out


def _restates(text: str, e: Expr, lex: Lexicon) -> bool:
    """Whether `e` restates the amount before it after a word of [compare] restate (« soit
    31 % de la Chambre »)."""
    words = lex.profile.versus_restate
    word = _LAST_WORD.search(text, 0, back_spaces(text, e.start)) if words else None
    return word is not None and word.group(0).casefold() in words


def share_units(text: str, exprs: list[Expr], lex: Lexicon) -> list[Expr]:
    """'billets de 5 et 100 dollars', '1,8 milliard et 870 millions de dollars', '5 and 10
    percent', « 3 et 5 nanomètres »: a bare amount coordinated with the next one takes its
    currency, percent sign or unit of measure. Only when the first has no unit of its own
    and the scale is not in question (a second number with a scale word the first lacks,
    "1.8 and 2 million", is left alone)."""
    out = list(exprs)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if not b.has_unit and (framed := _framed_amount(text, out, i)) is not None \
                and _versus(text[a.end:b.start], lex):
            # "2,340 cases in the first eight weeks (of 2025), compared with 812": the
            # amount set against is the one before the time frame (812 cases), never 812
            # weeks
            first = out[framed]
            if first.has_unit:
                new = _new_value(text, first, b, lex, between=text[a.end:b.start])
                out[i + 1] = new if new is not None else b
            elif first.origin == "digits" and b.origin == "digits" and _one_figure(b) \
                    and first.value == first.value.to_integral_value() \
                    and b.value == b.value.to_integral_value() \
                    and _no_noun_after(text, b.end, lex):
                out[i + 1] = evolve(b, noun_at=first.end)
            continue
        if (a.has_unit or a.currency_candidates) and not b.has_unit \
                and not b.currency_candidates and not _restates(text, a, lex):
            # (not one that names a currency of its own, ambiguous: "17,66 miliar kronor";
            # one after an ambiguous one takes its candidates: « 114 roupies au lieu de
            # 300 »)
            restated = _before_brackets(text, out, i)
            new = _new_value(text, a, b, lex) if restated is None else _new_value(
                text, restated[0], b, lex, between=restated[1])
            if new is not None:
                out[i + 1] = new
                # "rose from $12-15 million": the old value of the update scaled too
                out[i] = _scaled_old_value(text, a, new, lex) or a
            continue
        if a.date is not None and i > 0 and out[i - 1].has_unit and not b.has_unit \
                and not out[i - 1].date:
            # « 5 milliards d'euros en 2025, contre 4 milliards »: the first amount's date
            # stands between the two (read without it: only their words of comparison)
            first = out[i - 1]
            new = _new_value(text, first, b, lex, between=text[first.end:a.start] + " "
                             + text[a.end:b.start]) if _versus(text[a.end:b.start], lex) \
                else None
            if new is not None and new.has_unit:
                out[i + 1] = new
            continue
        if _counted_versus(text, a, b, lex):
            # « tombé à 37 sièges, contre 54 en 2022 », "to 37 seats from 54 in 2022": the
            # bare count set against one counts its noun
            out[i + 1] = evolve(b, noun_at=a.end)
            continue
        if (scaled_old := _scaled_old_value(text, a, b, lex)) is not None:
            out[i] = scaled_old
            continue
        if a.has_unit or a.date or a.relative or a.several or a.ordinal or a.identifier \
                or a.high is not None or b.qualifier != "eq" or (b.scaled and not a.scaled) \
                or b.date or b.relative or a.unknown_currency or a.currency_candidates:
            continue  # (an ambiguous currency word is a unit of its own: 23億フランと12.5％)
        core = text[a.end:b.start].strip(SPACES)
        if core.casefold() not in lex.profile.coordinators:
            if _update_joint(core, lex) and is_update(text, a, b, lex.profile.code):
                out[i] = _old_value(a, b)
                if b.currency and lex.minor_units.at(text, skip_spaces(text, b.num_end)):
                    # « de 9,1 à 8,9 cents de dollar »: the old value in hundredths too
                    out[i] = evolve(out[i], value=out[i].value / 100)
            continue
        if b.currency or b.percent or (b.quantity and not a.counter):
            # (« gravées en 3 et 5 nanomètres »: a measure's unit too)
            out[i] = evolve(a, currency=b.currency, percent=b.percent, quantity=b.quantity,
                             unknown_currency=b.unknown_currency,
                             currency_candidates=b.currency_candidates)
        elif b.duration and not a.counter and b.end - b.num_end <= 12 and not b.scaled \
                and (word := lex.durations.at(text, skip_spaces(text, b.num_end))) is not None \
                and isinstance(word[1], tuple) and len(word[1]) > 1:
            # « condamnés à neuf et sept ans de prison », "nine and seven years": a span too,
            # in the unit's own factor ("two and three decades": 20 and 30 years)
            out[i] = evolve(a, duration=b.duration, value=a.value * dec(word[1][1]))
    return out


def _framed_amount(text: str, out: list[Expr], i: int) -> int | None:
    """The index of the amount a duration at `i` (or just before a date at `i`) is the time
    frame of ("2,340 cases in the first eight weeks", "… eight weeks of 2025"), if any."""
    k = i
    if out[k].date is not None and k > 0:
        k -= 1
    if out[k].duration and k > 0 and _frame_of(text, out[k - 1], out[k]):
        return k - 1
    return None


def _frame_of(text: str, first: Expr, span: Expr) -> bool:
    """Whether `span`, a duration, is the time frame of `first`, an amount a few words
    before it in the same clause ("2,340 cases in the first eight weeks")."""
    if first.duration or first.date or first.relative or not _one_figure(first):
        return False
    between = text[first.end:span.start]
    return len(between.split()) <= 6 and not any(c in _CLAUSE_ENDS or c == "," for c in between)


def _one_figure(e: Expr) -> bool:
    """A single figure: no date, relative date, vague amount, ordinal, identifier or range."""
    return not (e.date or e.relative or e.several or e.ordinal or e.identifier
                or e.high is not None)


def counted_levels(text: str, exprs: list[Expr], lex: Lexicon) -> list[Expr]:
    """A bare whole number set off by a comma before its change in percent and the base of
    that change ("665,000, down 4.2% from 694,000 births", "sebanyak 665.000, turun 4,2
    persen dari 694.000 kelahiran"): the level counts the base's noun."""
    if len(exprs) < 3:
        return exprs
    words = update_words(lex.profile.code)
    out = list(exprs)
    for i in range(len(out) - 2):
        a, b, c = out[i], out[i + 1], out[i + 2]
        if not (b.percent and b.qualifier == "eq" and b.high is None and _one_figure(a)
                and _one_figure(c) and not a.has_unit and not c.has_unit
                and a.origin == "digits" and c.origin == "digits"
                and a.value == a.value.to_integral_value()
                and c.value == c.value.to_integral_value() and a.qualifier == "eq"
                and a.noun_at < 0):
            continue
        change = text[a.end:b.start].strip(SPACES)
        base = [w.casefold() for w in _WORD_AT.findall(text, b.end, c.start)]
        said = [w.casefold() for w in _WORD_AT.findall(change)]
        if change[:1] == "," and 0 < len(said) <= 3 and len(base) <= 4 \
                and not _DIGITS_RUN.search(change + text[b.end:c.start]) \
                and any(w in words.before or w in words.directions or w.startswith(words.falls)
                        for w in said) \
                and any(w in words.openers for w in base):
            out[i] = evolve(a, noun_at=c.end)
    return out



def _counted_versus(text: str, a: Expr, b: Expr, lex: Lexicon) -> bool:
    """Whether `b`, a bare whole number, is set against `a`, a whole number with a noun
    after it and a comma ([compare] versus: "37 sièges, contre 54", "37 seats from 54"),
    and counts nothing of its own."""
    if a.has_unit or b.has_unit or a.origin != "digits" or b.origin != "digits" \
            or not a.plain_int or not b.plain_int or not _one_figure(a) \
            or not _one_figure(b) or b.qualifier != "eq" or a.currency_candidates \
            or b.currency_candidates:
        return False
    core = text[a.end:b.start].strip(SPACES)
    if "," in core:
        head = core.rpartition(",")[0].strip(SPACES)
        if not head or not head[:1].isalpha():
            return False  # no noun after the first number
        return _versus(core, lex) and _no_noun_after(text, b.end, lex)
    # ("37 seats from 54": the noun, then the word of comparison, no comma)
    words = core.casefold().split()
    return any(" ".join(words[-k:]) in lex.profile.versus_words
               and 1 <= len(words) - k <= 2 and all(w.isalpha() for w in words[:-k])
               for k in (1, 2)) and _no_noun_after(text, b.end, lex)


def change_bases(text: str, exprs: list[Expr], lex: Lexicon) -> list[Expr]:
    """"35,400 runners …, up 8.9% from 32,500 a year earlier", « 41 000 logements, en hausse
    de 52 % par rapport aux 27 000 »: a bare number after a change in percent and a word of
    [compare] change_from or versus is the change's base, in the unit of the amount before
    the change (and counting its noun), when the two amounts do differ by that percent (to
    a point of rounding): nothing else makes a bare number after "from" a count."""
    prof = lex.profile
    if not (prof.change_from or prof.versus_words) or len(exprs) < 3:
        return exprs
    out = list(exprs)
    for i in range(1, len(out) - 1):
        p, b = out[i], out[i + 1]
        if not p.percent or p.high is not None or p.several is not None \
                or b.has_unit or not _one_figure(b) or b.qualifier != "eq" or b.value <= 0:
            continue
        word = " ".join(text[p.end:b.start].split()).casefold()
        if (word not in prof.change_from and word not in prof.versus_words) \
                or not _no_noun_after(text, b.end, lex):
            continue
        tolerance = Decimal("0.03") if p.qualifier != "eq" else Decimal("0.011")
        # The changed amount: the nearest before the change, within its clause, that
        # differs from the base by the percent ("35,400 runners from 128 countries
        # started, up 8.9% from 32,500"; "41,000 homes in the first ten months of 2026,
        # up 52% from 27,000").
        for a in reversed(out[:i]):
            if any(c in _CLAUSE_ENDS for c in text[a.end:p.start]):
                break
            if not (a.counter or a.currency or a.quantity or a.noun_at >= 0
                    or (a.origin == "digits" and not a.has_unit)) \
                    or a.percent or not _one_figure(a) or a.value <= 0:
                continue
            if abs(abs(a.value / b.value - 1) - abs(p.value) / 100) <= tolerance:
                out[i + 1] = _in_unit_of(a, b) if a.has_unit else evolve(b, noun_at=a.end)
                break
    return out


def _before_brackets(text: str, exprs: list[Expr], i: int) -> tuple[Expr, str] | None:
    """"14 200 milliards de roupies (environ 870 millions de dollars), contre 12 800
    milliards": when exprs[i] ends a bracketed aside (a conversion) right before the next
    amount, the amount the aside restates, before the bracket, and the words between the
    two outside the brackets; None otherwise."""
    a = exprs[i]
    close = text[a.end:exprs[i + 1].start].lstrip(SPACES)
    if not close.startswith((")", "）")) or i == 0:
        return None
    open_at = max(text.rfind("(", 0, a.start), text.rfind("（", 0, a.start))
    # (the amount before the bracket, past any other the aside holds: "18,4 miliar kronor
    # Swedia (1,62 miliar euro atau sekitar Rp31 triliun), dari 17,66 miliar")
    # (no bracket opens before it: no amount ends before position -1)
    first = next((e for e in reversed(exprs[:i]) if e.end <= open_at), None)
    if first is None or not (first.has_unit or first.currency_candidates) \
            or text[first.end:open_at].strip(SPACES):
        return None
    after = a.end + text[a.end:].index(close[0]) + 1
    return first, text[first.end:open_at] + text[after:exprs[i + 1].start]


def _new_value(text: str, a: Expr, b: Expr, lex: Lexicon, between: str | None = None
               ) -> Expr | None:
    """'ramenée de 1,2 milliard d'euros à 800 millions': the new value of an update, written
    bare after an old value with its unit, is in that unit (None: no update, or not bare).
    `between`: the text between the two to read instead of text[a.end:b.start]."""
    if not _one_figure(b) or b.qualifier != "eq" or a.date or a.relative or a.high is not None \
            or (a.scaled and not b.scaled and b.value < 1000) or (a.percent and b.scaled):
        # (a percentage's new value has no scale word: "a baissé de 20 % à 1,5 million" is
        # a change by 20 %, then a level)
        return None
    core = (text[a.end:b.start] if between is None else between).strip(SPACES)
    if (a.currency or a.quantity) and a.scaled == b.scaled and a.high is None \
            and b.value < a.value and _phrase_after(text, b.end, lex.profile.part_of) \
            and not any(c in _CLAUSE_ENDS for c in core):
        # "7,842 kilometres, 4,215 of them": a part, in its unit (not across a clause:
        # "14 kilometres away; three of them are in critical condition")
        return _in_unit_of(a, b)
    if (a.currency or a.currency_candidates or a.quantity or a.duration
            or (a.percent and b.value <= 100)) \
            and a.scaled == b.scaled and a.value != 1 \
            and (_no_noun_after(text, b.end, lex)
                 or (b.scaled and count_noun(text, b.end, lex, stop=True) is None)) \
            and _versus(core, lex):
        # "5 milliards d'euros, contre 4 milliards un an plus tôt", « 525 millions de
        # tonnes contre 590 millions », "146 hours of outages, against 410 a year
        # earlier": the amount set against it, written bare, is in its unit (not against
        # the base of an exchange rate:
        # "20,79 pesos pour un dollar, contre 16,92"; nor one that counts a noun of its
        # own: "2.84 billion yen ($19.1 million) from 1.9 million admissions")
        return _in_unit_of(a, b)
    if not _update_joint(core, lex) or update_kind(text, a, b, lex.profile.code) != "values":
        return None  # "fell 20% to 1.5 million": a change, then a level in its own unit
    return _in_unit_of(a, b)


_CLAUSE_ENDS = frozenset(";:.!?；：。！？")


def _versus(core: str, lex: Lexicon) -> bool:
    """Whether the words between two amounts set the second against the first ([compare]
    versus), after a comma and a few words of the first's if any ("70 000 nairas par mois,
    contre 30 000")."""
    head, _, tail = core.rpartition(",")
    return tail.strip(SPACES).casefold() in lex.profile.versus_words \
        and len(head.split()) <= 3 and not any(c.isdigit() for c in head)


def _no_noun_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether no word follows a number, or one that counts nothing ([compare] then:
    "contre 30 000 auparavant", "compared with 30,000 a year earlier")."""
    word = _WORD_AT.match(text, skip_spaces(text, end))
    return word is None or word.group(0).casefold() in lex.profile.versus_then


def _in_unit_of(a: Expr, b: Expr) -> Expr:
    """`b` in the unit of `a`."""
    return evolve(b, currency=a.currency, percent=a.percent, duration=a.duration,
                  counter=a.counter, quantity=a.quantity, multiplier=a.multiplier,
                  unknown_currency=a.unknown_currency,
                  currency_candidates=a.currency_candidates)


def _scaled_old_value(text: str, a: Expr, b: Expr, lex: Lexicon) -> Expr | None:
    """"rose from $12 to $15 million", « passée de 12 à 15 millions », "naik dari Rp12
    menjadi Rp15 miliar": the old value of an update whose scale word is written once,
    after the new one, scaled too ($12 million), when the scaled old value is no larger
    than the new (else None: "dari Rp5.000 menjadi Rp15 juta" keeps Rp5,000; a fall, "from
    4.2 to 3.9 million", is left as it was read). A bare old value also takes the new
    one's unit (_old_value)."""
    if not (b.scaled and not a.scaled and a.origin == "digits" and a.high is None) \
            or a.date or a.relative or a.several or a.ordinal or a.identifier \
            or (a.has_unit and (a.currency is None or a.currency != b.currency)) \
            or a.value * b.scale > b.value \
            or not _update_joint(text[a.end:b.start].strip(SPACES), lex) \
            or update_kind(text, a, b, lex.profile.code) != "values":
        return None
    old = a if a.has_unit else _old_value(a, b)
    return evolve(old, value=a.value * b.scale, scaled=True, scale=b.scale)


def _update_joint(core: str, lex: Lexicon) -> bool:
    """Whether the words between two numbers (spaces stripped) may join an update's old
    and new values: a range connector, or a word of the language's [updates] joints
    ("dari 21 menjadi 30 orang")."""
    link = lex.connectors.at(core, 0) if core else None
    return (link is not None and link[0] == len(core)) \
        or core.casefold() in update_words(lex.profile.code).joints


def _old_value(a: Expr, b: Expr) -> Expr:
    """'rose from 2,140 to 3,085 deaths', 'from 5 to 7%': the old value of an update,
    written bare, is in the new value's unit and counts its noun."""
    if b.has_unit:
        return evolve(a, currency=b.currency, percent=b.percent, duration=b.duration,
                       counter=b.counter, quantity=b.quantity, multiplier=b.multiplier,
                       unknown_currency=b.unknown_currency,
                       currency_candidates=b.currency_candidates)
    return evolve(a, noun_at=b.end)


def qualified_across_of(text: str, exprs: list[Expr], lex: Lexicon) -> list[Expr]:
    """A multiple or a share right after the genitive (`[qualifiers] across_of_link`, 的)
    that closes its base takes the approximating word that opens that base in its clause
    (`across_of`: "接近2020年24起的三倍" is nearly three times; "约占冰岛国内生产总值的8%"
    about 8%)."""
    words, link = lex.profile.qualifier_across_of, lex.profile.qualifier_across_of_link
    if not words or not link:
        return exprs
    out = list(exprs)
    for i, e in enumerate(out):
        if e.qualifier != "eq" or not (e.multiplier or e.percent) \
                or not text.startswith(link, e.start - len(link)) \
                or (lex.profile.qualifier_limit_after and text.startswith(
                    lex.profile.qualifier_limit_after, skip_spaces(text, e.end))):
            continue  # (超过法律规定的3%上限: a ceiling's figure, exactly)
        clause = max(text.rfind(mark, 0, e.start) for mark in _CLAUSE_MARKS) + 1
        found = max(((text.rfind(w, clause, e.start), q) for w, q in words.items()),
                    default=(-1, ""))
        if found[0] >= 0:
            out[i] = evolve(e, qualifier=_qualifier(found[1]))
    return out


_CLAUSE_MARKS = ("，", ",", "。", "；", ";", "：", ":")


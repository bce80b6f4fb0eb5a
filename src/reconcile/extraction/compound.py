"""Amounts written in two units of one currency: "2 dollars and 30 cents", "两美元又三美分",
"五元三毛". Read as one amount (2.30, 2.03, 5.3); otherwise the first part alone would be a
wrong value. The words are language data, the [compound_money] table of
lang/data/<code>.toml: `links` (what may stand between the parts besides the language's
coordinating words: 又), `hundredths` and `tenths` (a currency's minor units written after
the second number: "cents", 銭; 角, 毛; `not_minor`: longer words they begin that are
none, 分钟). A second part in a minor unit named with its
currency ("三美分") counts when the currency is the first part's.

Measures written in two units of one system are one measure too ("6 feet 2 inches" is 74
inches, "7 pounds 3 ounces" 115 ounces, "3 years and 6 months" 42 months: common.toml's
[compound_measures]); read apart, the first part would be compared with a translation's
metric figure or "3.5 years" as a wrong value.

A race time written with colons, one digit of hours, minutes and seconds ("won in 2:00:16"),
is a span of seconds (7216) in every language, as "2 h 00 min 16 s" and 2時間0分16秒 are; one with a
word of a time of day after it ("10:30:15 a.m.", "14:46:23 GMT": [nonclaims] clock_after)
or a clock word before it ("pukul 14:46:23": clock_before) is no claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from reconcile.extraction.expr import Expr, evolve, make_expr
from reconcile.extraction.lexicon import Lexicon
from reconcile.extraction.phrases import SPACES, PhraseTable, back_spaces, skip_spaces
from reconcile.lang import get_profile, supplement_table
from reconcile.numbers import ascii_digits

_HUNDREDTH = Decimal("0.01")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_TENTH = Decimal("0.1")


@dataclass(frozen=True)
class CompoundWords:
    """What joins an amount's two parts, and the minor units of its second."""

    links: PhraseTable
    minor: PhraseTable  # word -> factor (Decimal)


@lru_cache(maxsize=64)
def compound_words(code: str) -> CompoundWords:
    """The language's minor units, and what may join the parts: its coordinating words
    ([coordination]: "and", と) and the `links` of its own ("又")."""
    table = supplement_table(code, "compound_money")
    minor: dict[str, object] = {w: _TENTH for w in table.get("tenths", [])}
    minor.update({w: _HUNDREDTH for w in table.get("hundredths", [])})
    # Longer words a minor unit begins that are no minor unit (分钟, minutes): the longest
    # match wins, and it says no.
    minor.update({w: False for w in table.get("not_minor", [])})
    links = [*get_profile(code).coordinators, *table.get("links", [])]
    return CompoundWords(PhraseTable.of({w: True for w in links}), PhraseTable.of(minor))


def compound_amounts(text: str, exprs: list[Expr], lex: Lexicon) -> list[Expr]:
    """The expressions with each amount and the minor-unit part after it made one."""
    words = compound_words(lex.profile.code)
    if not words.minor.entries:
        return exprs
    out: list[Expr] = []
    i = 0
    while i < len(exprs):
        cur = exprs[i]
        i += 1
        # A merged amount may take a further, smaller unit: 3元5角2分 (3.52).
        while i < len(exprs) and (merged := _merge(text, cur, exprs[i], words, lex)) is not None:
            cur = merged
            i += 1
        out.append(cur)
    return out


def _merge(text: str, a: Expr, b: Expr, words: CompoundWords, lex: Lexicon) -> Expr | None:
    if (a.currency is None or a.unknown_currency or a.qualifier != "eq" or a.high is not None
            or (a.scaled and not lex.profile.cjk) or b.qualifier != "eq" or b.high is not None
            or b.scaled):
        return None  # (a CJK compound's last group is units: 3万5909円70銭)
    gap = text[a.end:b.start].strip(SPACES)
    if gap:
        link = words.links.at(gap, 0)
        if link is None or link[0] != len(gap):
            return None
    at = b.num_end
    while at < len(text) and text[at] in SPACES:
        at += 1
    if (b.currency == a.currency or (b.unknown_currency and a.currency in b.currency_candidates)) \
            and 0 < b.value < 1 and lex.minor_units.at(text, at) is not None:
        # "三美分": already in hundredths of its named currency; "2 dollars and 30 cents":
        # of the amount's currency, when its cents may be that currency's
        part = b.value
    elif _bare_hundredths(text, a, b, at, lex):
        part = b.value / 100  # "3 pounds 50", "10 € 50"
    elif b.currency is None and (not b.has_unit or (
            b.duration and b.end == at + 1 and words.minor.before(text, a.end) is not None)):
        # (ja 50元6角3分: after the tenths, 分 is the hundredths, no minutes)
        hit = words.minor.at(text, at)
        if hit is None or hit[1] is False or b.value != b.value.to_integral_value():
            return None
        factor = Decimal(str(hit[1]))
        if b.value * factor >= 1:
            return None
        part = b.value * factor
        b = evolve(b, end=max(b.end, hit[0]))
    else:
        return None
    return evolve(a, end=b.end, value=a.value + part)


def _bare_hundredths(text: str, a: Expr, b: Expr, at: int, lex: Lexicon) -> bool:
    """Two digits (or a number word below a hundred) alone right after an amount whose
    currency follows its number are its hundredths: "3 pounds 50", "10 € 50", "thirteen
    dollars forty five" (the second number would otherwise be an amount of its own, or
    share the first one's symbol). A word after the two digits leaves them a number of
    their own unless it is one that names no counted noun (language data
    `[counts] stop`: "2 euros 50 depuis janvier")."""
    if a.end <= a.num_end or b.currency not in (None, a.currency) \
            or (b.currency is None and b.has_unit):
        return False
    if b.origin == "word":
        # Spelled, the hundredths are a number word below a hundred ("thirteen dollars
        # forty-five"): their digits are not seen, their value is.
        if not (0 < b.value < 100 and b.value == b.value.to_integral_value()):
            return False
    elif b.origin != "digits" or not b.plain_int or b.num_end - b.num_start != 2:
        return False
    if text[a.end:b.num_start].strip(SPACES):
        return False  # only space between the currency and the two digits
    if at >= len(text) or not (text[at].isalnum() or text[at] in "%$€£¥"):
        return True
    word = _WORD.match(text, at)
    return word is not None and word.group(0).casefold() in lex.profile.count_stop


@dataclass(frozen=True)
class _Parts:
    """common.toml [compound_measures]: (larger, smaller) → how many of the smaller make
    one larger, for measures and for durations; the symbols that name a part only inside
    a compound, as patterns: a smaller part after a measure, a larger before a duration."""

    measures: dict[tuple[str, str], Decimal]
    durations: dict[tuple[str, str], Decimal]
    smaller: dict[str, tuple[str, Decimal]]  # larger measure → (smaller, factor)
    tails: dict[str, re.Pattern[str]]  # smaller unit → "-2", " 2 in" after the larger
    heads: dict[str, tuple[Decimal, re.Pattern[str]]]  # smaller duration → "1 h " before


@lru_cache(maxsize=1)
def compound_parts() -> _Parts:
    table = supplement_table("common", "compound_measures")

    def pairs(key: str) -> dict[tuple[str, str], Decimal]:
        return {(str(big), str(small)): Decimal(str(factor))
                for big, small, factor in table.get(key, [])}

    measures, durations = pairs("parts"), pairs("durations")
    symbols: dict[str, list[str]] = {}
    for symbol, unit in table.get("symbols", {}).items():
        symbols.setdefault(str(unit), []).append(str(symbol))
    def one_of(units: list[str]) -> str:  # no word boundary: "6ft 2in"
        return "|".join(re.escape(u) for u in sorted(units, key=lambda u: (-len(u), u)))

    tails = {small: re.compile(
        rf"-([0-9]{{1,2}})(?![0-9A-Za-z])|\.?\s?([0-9]{{1,2}})\s?(?:{one_of(symbols[small])})"
        r"(?![^\W\d_])") for (_, small) in measures if small in symbols}
    heads = {small: (factor, re.compile(
        rf"(?<![\w.,:])([0-9]{{1,3}})\s?(?:{one_of(symbols[big])})\s?$"))
        for (big, small), factor in durations.items() if big in symbols}
    return _Parts(measures, durations, {big: (small, factor) for (big, small), factor
                                        in measures.items()}, tails, heads)


def compound_measures(text: str, exprs: list[Expr], lex: Lexicon) -> list[Expr]:
    """The expressions with a measure or duration and its smaller-unit part after it made
    one, in the smaller unit: "6 feet 2 inches" (74 inches), "6 ft 2 in", "6-foot-2",
    "7 pounds and 3 ounces", "3 years and 6 months" (42 months), "2時間30分" (150
    minutes), "1 h 45 min" (105 minutes). A qualifier before the first part is the
    whole's ("about 2 hours 30 minutes")."""
    parts = compound_parts()
    out: list[Expr] = []
    i = 0
    while i < len(exprs):
        a = exprs[i]
        i += 1
        # A merged part may take a further, smaller one: "2 hours, 1 minute and 9 seconds".
        while i < len(exprs):
            then = exprs[i + 1] if i + 1 < len(exprs) else None
            merged = _merge_parts(text, a, exprs[i], parts, lex, then)
            if merged is None:
                break
            a = merged
            i += 1
        tail = _tail(text, a, parts) if a.quantity in parts.smaller and _single(a) else None
        if tail is not None:
            out.append(tail)
            while i < len(exprs) and exprs[i].start < tail.end:
                i += 1  # the smaller part's number, read alone
            continue
        head = _head(text, a, parts) if a.duration in parts.heads and _plain(a) else None
        if head is not None:
            while out and out[-1].end > head.start:
                out.pop()  # the larger part's number, read alone ("1" of "1 h")
            a = head
        out.append(a)
    return out


def _merge_parts(text: str, a: Expr, b: Expr, parts: _Parts, lex: Lexicon,
                 then: Expr | None = None) -> Expr | None:
    """a and b as one measure or duration, or None. A comma joins two parts of a duration
    only in a list that goes on to `then`, the part after b ("2 hours, 1 minute and 9
    seconds"), not before a clause ("took 2 years, 3 months later it ...")."""
    factor = _factor(a, b, parts)
    if factor is None or not _single(a) or not _plain(b) or b.value >= factor:
        return None
    gap = text[a.end:b.start].strip(SPACES)
    if gap[:1] == "." and text[a.end - 1:a.end].isalpha():
        gap = gap[1:].strip(SPACES)  # an abbreviated unit's dot: "7 lb. 4 oz."
    if gap[:1] == "," and a.duration and then is not None \
            and _merge_parts(text, b, then, parts, lex) is not None:
        gap = gap[1:].strip(SPACES)
    if not _linked(gap, lex):
        return None
    return evolve(a, end=b.end, value=a.value * factor + b.value, quantity=b.quantity,
                  duration=b.duration)


def _factor(a: Expr, b: Expr, parts: _Parts) -> Decimal | None:
    if a.quantity and b.quantity:
        return parts.measures.get((a.quantity, b.quantity))
    if a.duration and b.duration and not (a.date or a.relative or b.date or b.relative):
        return parts.durations.get((a.duration, b.duration))
    return None


def _tail(text: str, a: Expr, parts: _Parts) -> Expr | None:
    """A measure and the smaller part after it in a symbol read only there ("6 ft 2 in",
    "6 ft 2\"") or, after a hyphenated larger unit, bare ("6-foot-2")."""
    small, factor = parts.smaller[a.quantity or ""]
    pattern = parts.tails.get(small)
    m = pattern.match(text, a.end) if pattern is not None else None
    if m is None or (m.group(1) is not None and "-" not in text[a.num_end:a.end]):
        return None
    value = Decimal(m.group(1) or m.group(2))
    if value >= factor:
        return None
    return evolve(a, end=m.end(), value=a.value * factor + value, quantity=small)


def _head(text: str, b: Expr, parts: _Parts) -> Expr | None:
    """A duration and the larger part before it in a symbol read only there: "1 h 45 min"."""
    factor, pattern = parts.heads[b.duration or ""]
    if b.value >= factor or b.relative or b.date:
        return None
    m = pattern.search(text, max(0, b.start - 8), b.start)
    if m is None:
        return None
    return evolve(b, start=m.start(), num_start=m.start(),
                  value=Decimal(m.group(1)) * factor + b.value)


def _single(e: Expr) -> bool:
    """One value, maybe qualified ("about 6 feet"): the first part of a compound."""
    return e.qualifier not in ("range", "several") and e.high is None and not e.scaled \
        and e.value >= 0


def _plain(e: Expr) -> bool:
    return e.qualifier == "eq" and e.high is None and not e.scaled and e.value >= 0


def _linked(gap: str, lex: Lexicon) -> bool:
    if not gap:
        return True
    link = compound_words(lex.profile.code).links.at(gap, 0)
    return link is not None and link[0] == len(gap)


# Hours, minutes and seconds of a race: "2:00:16", one digit of hours (not a part of a
# longer run of numbers); "14:46:23" and "09:15:30" are rather times of day.
_HMS = re.compile(r"(?<![0-9:.,])([1-9]):([0-5][0-9]):([0-5][0-9])(?![0-9]|[:.,][0-9])")


def colon_spans(text: str, lex: Lexicon) -> list[Expr]:
    """Race times with colons ("in 2:00:16"): spans of seconds, not times of day."""
    out: list[Expr] = []
    for m in _HMS.finditer(text):
        hit = lex.clock_after.at(text, skip_spaces(text, m.end(), 1))
        if (hit is not None and hit[1] is True) \
                or lex.clock_before.before(text, back_spaces(text, m.start(), 1)) is not None:
            continue  # "10:30:15 a.m.", "pukul 14:46:23": a time of day
        hours, minutes, seconds = (int(g) for g in m.groups())
        out.append(make_expr(m.start(), m.end(), Decimal(hours * 3600 + minutes * 60 + seconds),
                             "digits", m.start(), m.end(), duration="second"))
    return out


# A race time with hundredths (or thousandths: a lap time, "1:33.808") of a second after a
# colon ("4:24.65", "2:06.15"): minutes, seconds and their fraction (never a time of day,
# which has no decimals). The lookbehind follows the first digit, so the engine scans for
# digits instead of trying the pattern at every position.
_MS_HUNDREDTHS = re.compile(
    r"([0-9](?<![0-9:.,][0-9])[0-9]?):([0-5][0-9])[.,]([0-9]{2,3})(?![0-9]|[:.,][0-9])")


def _race_pattern(code: str) -> re.Pattern[str] | None:
    """The language's race time with the hundredths written after the seconds' unit
    ([race_times] minutes, seconds, and spaced where spaces may stand between the parts:
    "4 min 23 s 71", 4分23秒71, 59秒88), or None."""
    table = supplement_table(code, "race_times")
    minutes, seconds = table.get("minutes", []), table.get("seconds", [])
    if not seconds:
        return None
    gap = " ?" if table.get("spaced", False) else ""
    alt = _alternatives(seconds)
    head = _alternatives(minutes)
    opening = rf"(?:([0-9]{{1,3}}){gap}(?:{head}){gap})?" if minutes else "()"
    # (the hundredths end a word where words are spaced: "59 s 88", not "59 s 88e")
    end = r"(?![0-9]|[.,][0-9]|[^\W\d_])" if gap else r"(?![0-9]|[.,][0-9])"
    after = rf"(?<![0-9.,]){opening}([0-9]{{1,2}}){gap}(?:{alt}){gap}([0-9]{{2,3}})" + end
    if not minutes:
        return re.compile(after)
    # ... or as decimals of the seconds, after the minutes ("1 menit 33,808 detik")
    word_end = r"(?![^\W\d_])" if gap else ""
    before = (rf"(?<![0-9.,])([0-9]{{1,3}}){gap}(?:{head}){gap}([0-5]?[0-9])[.,]([0-9]{{1,3}})"
              rf"{gap}(?:{alt}){word_end}")
    return re.compile(f"{after}|{before}")


def _race_gate(code: str) -> re.Pattern[str] | None:
    """What every match of _race_pattern holds: a digit, then the seconds' unit, then a
    digit or (where words are spaced) no letter. The race pattern opens with a lookbehind
    and an optional group, so the engine tries it at every position; this one opens with a
    digit, which the engine scans for, and most texts fail it."""
    table = supplement_table(code, "race_times")
    seconds = table.get("seconds", [])
    if not seconds:
        return None
    gap = " ?" if table.get("spaced", False) else ""
    alt = _alternatives(seconds)
    # (the "after" form has digits after the unit; the "before" form, where words are
    # spaced, no letter; unspaced, anything)
    tail = rf"(?:{gap}[0-9]|(?![^\W\d_]))" if gap else ""
    return re.compile(rf"[0-9]{gap}(?:{alt}){tail}")


@dataclass(frozen=True)
class _RacePatterns:
    """A language's patterns of race_spans, and the gates that tell most texts cannot
    match them: a text none of a gate finds anything in is not searched with its
    pattern."""

    day_hour: re.Pattern[str] | None
    day_hour_gate: re.Pattern[str] | None  # an hours word (every day-hour span ends so)
    race: re.Pattern[str] | None
    race_gate: re.Pattern[str] | None


@lru_cache(maxsize=16)
def _race_patterns(code: str) -> _RacePatterns:
    """The language's race patterns and their gates, built once."""
    hours = supplement_table(code, "day_hour_spans").get("hours", [])
    day_hour = _day_hour_pattern(code)
    return _RacePatterns(day_hour, re.compile(_alternatives(hours)) if day_hour else None,
                         _race_pattern(code), _race_gate(code))


def _alternatives(words: list[str]) -> str:
    """The words as one alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _day_hour_pattern(code: str) -> re.Pattern[str] | None:
    """Days and hours joined by a word ([day_hour_spans] days, links, hours: ２日と９時間),
    or None."""
    table = supplement_table(code, "day_hour_spans")
    days, links, hours = (table.get(k, []) for k in ("days", "links", "hours"))
    if not (days and links and hours):
        return None
    alt = _alternatives
    # (the lookbehind after the first digit: the engine scans for a digit, not every
    # position)
    return re.compile(rf"([0-9０-９](?<![0-9０-９.,．，][0-9０-９])[0-9０-９]{{0,2}})"
                      rf"(?:{alt(days)})(?P<link>{alt(links)})([0-9０-９]{{1,2}})(?:{alt(hours)})")


def race_spans(text: str, lex: Lexicon) -> list[Expr]:
    """Race times read to the hundredth of a second ("4:24.65", "4 min 23 s 71", 4分23秒71,
    "59 s 88"): spans of seconds with their hundredths, read before any other reader takes
    the hundredths for a number of their own."""
    out: list[Expr] = []
    if ":" in text:
        for m in _MS_HUNDREDTHS.finditer(text):
            out.append(_race(m.start(), m.end(), int(m.group(1)), int(m.group(2)), m.group(3)))
    patterns = _race_patterns(lex.profile.code)
    days = patterns.day_hour
    if days is not None and patterns.day_hour_gate is not None \
            and patterns.day_hour_gate.search(text) is not None:
        for m in days.finditer(text):  # ２日と９時間: one span of 57 hours
            if int(ascii_digits(m.group(1))) == 1 and not m.group("link"):
                continue  # １日20時間: 20 hours a day, the day the hours are per
            hours = int(ascii_digits(m.group(1))) * 24 + int(ascii_digits(m.group(3)))
            out.append(make_expr(m.start(), m.end(), Decimal(hours), "digits", m.start(),
                                 m.end(), duration="hour"))
    pattern, gate = patterns.race, patterns.race_gate
    if pattern is not None and gate is not None and gate.search(text) is not None:
        for m in pattern.finditer(text):
            groups = m.groups()
            if len(groups) > 3 and groups[3] is not None:  # decimals of the seconds
                minutes, secs, fraction = groups[3], groups[4], groups[5]
            else:
                minutes, secs, fraction = groups[0], groups[1], groups[2]
            out.append(_race(m.start(), m.end(), int(minutes) if minutes else 0, int(secs),
                             fraction))
    return sorted(out, key=lambda e: e.start)


def _race(start: int, end: int, minutes: int, secs: int, fraction: str) -> Expr:
    """A race time of `minutes`, `secs` and the digits of the second's fraction ("65":
    hundredths, "808": thousandths)."""
    value = Decimal(minutes * 60 + secs) + Decimal(f"0.{fraction}")
    return make_expr(start, end, value, "digits", start, end, duration="second")

"""Absolute and month-only dates: month words, 年月日 markers, era years and numeric dates."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from reconcile.extraction.expr import Expr, non_overlapping
from reconcile.extraction.lexicon import NUMERIC_DATE, SHORT_YEAR_RANGE, Lexicon
from reconcile.extraction.money import money_before
from reconcile.extraction.phrases import back_spaces, is_word, letter_words
from reconcile.lang import LanguageProfile
from reconcile.numbers import ascii_digits, parse_han

# Years a numeric date or a period phrase may name ("2012-06-21", "mid-2003").
_YEARS = range(1000, 3000)
# Years a four-digit number alone may name (as keep.YEAR_RANGE): "2016–17" but not "1000-20".
_BARE_YEARS = range(1700, 2200)

# ISO 8601's time after a date: "2012-06-21T10:00".
_TIME = re.compile(r"T[0-9]{2}:[0-9]{2}")

# (year, month, day) of a date; HELD marks a span that is a date we cannot read exactly
# (a two-digit year, an impossible day): it yields no claim, and its digits no count.
Reading = tuple[int | None, int | None, int | None]
HELD: Reading = (None, None, None)


def held(start: int, end: int) -> Expr:
    """A span that is a date we cannot read exactly: marked as an identifier (never a claim)
    and an ordinal (never the end of a range), so neither it nor its digits make a claim."""
    return Expr(start, end, Decimal(0), "digits", start, end, identifier=True, ordinal=True)


def int_of(text: str | None) -> int | None:
    if not text:
        return None
    digits = ascii_digits(text)
    return int(digits) if digits.isdigit() else None


def iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def valid_date(month: int | None, day: int | None, year: int | None = None) -> bool:
    """A real calendar date: February 30 is not one (leap years checked when known)."""
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    return 1 <= day <= calendar.monthrange(year if year else 2000, month)[1]


def date_exprs(text: str, lex: Lexicon) -> list[Expr]:
    # Phrase patterns run only on sentences that hold one of their words (WordGate).
    words = letter_words(text)
    found = [*(_latin_dates(text, lex) if lex.month_gate.open(words) else ()),
             *_numeric_dates(text, lex), *_short_year_ranges(text),
             *(_period_years(text, lex) if lex.period_gate.open(words) else ()),
             *_cjk_dates(text, lex),
             *(_relative_dates(text, lex) if lex.relative_gate.open(words) else ())]
    return [_with_period(text, e, lex) for e in non_overlapping(found)]


def _latin_dates(text: str, lex: Lexicon) -> Iterator[Expr]:
    prof = lex.profile
    for pattern in lex.latin_dates:
        for m in pattern.finditer(text):
            month = prof.months.get(m.group("m").casefold().rstrip(".")) or prof.months.get(
                m.group("m").casefold())
            groups = m.groupdict()
            year, day = int_of(groups.get("y")), int_of(groups.get("d"))
            last = int_of(groups.get("d2"))
            if month is None or not valid_date(month, day, year):
                continue
            if last is None:
                yield _month_expr(m.start(), m.end(), year, month, day)
            elif valid_date(month, last, year) and day is not None and last > day:
                if year is None:  # "1-3 June": the month is certain, its year comes later
                    yield _month_expr(m.start(), m.end(), None, month, None)
                else:
                    yield replace(_month_expr(m.start(), m.end(), year, month, day),
                                  high_date=iso(year, month, last))


def _numeric_dates(text: str, lex: Lexicon) -> Iterator[Expr]:
    for m in NUMERIC_DATE.finditer(text):
        start, end = m.span()
        if (start > 0 and is_word(text[start - 1])) or (
                end < len(text) and is_word(text[end]) and not _TIME.match(text, end)):
            continue  # "v2012-06-21", "ID-14/07/1983x": part of a name
        reading = numeric_reading(m.group("a"), m.group("b"), m.group("c"), m.group("s"),
                                  lex.profile)
        if reading is None:
            continue
        year, month, day = reading
        if year is None:
            yield held(start, end)
        else:
            yield Expr(start, end, Decimal(year), "digits", start, end,
                       date=iso(year, month, day))


def numeric_reading(a: str, b: str, c: str, sep: str, prof: LanguageProfile) -> Reading | None:
    """The date three numbers joined by a separator stand for, or None if not a date.

    Year first ("2012-06-21" ISO, "2019/11/08") reads the same in every language. Year last
    reads in the order of the locale's CLDR short date pattern (M/d/y in en, d/M/y in fr
    and id); when that order is impossible (13/07/1983 in en) but the other is possible,
    the other is taken: year-last dates are written day first or month first, nothing
    else. Both possible and different in a year-first locale: the year only. A separator
    the locale does not use for dates ("14.07.1983" in fr): the year only. A two-digit
    year is held (no claim): its century is a guess.
    """
    x, y, z = (int(ascii_digits(t)) for t in (a, b, c))
    if len(a) == 4 and len(c) <= 2:
        if sep not in ("-", "/", *prof.date_separators) or x not in _YEARS:
            return None
        return (x, y, z) if valid_date(y, z, x) else HELD
    if len(c) == 4 and len(a) <= 2:
        if z not in _YEARS:
            return None
        if sep not in prof.date_separators:
            return (z, None, None)
        readings = {"mdy": (x, y), "dmy": (y, x)}
        own = readings.get(prof.date_order)
        valid = {r for r in readings.values() if valid_date(r[0], r[1], z)}
        if own is not None and own in valid:
            return (z, *own)
        if len(valid) == 1:
            month, day = next(iter(valid))
            return (z, month, day)
        return (z, None, None)
    if len(c) == 2 and len(a) <= 2 and sep in prof.date_separators and (
            valid_date(x, y) or valid_date(y, x)):
        return HELD
    return None


def _short_year_ranges(text: str) -> Iterator[Expr]:
    """'2016–17' is 2016 to 2017. '2010-11' and '2010/11' may also be November 2010 (a
    year-month), so with those separators a second part that could be a month, or one that
    does not come later, keeps the year only; '2007–08' (en dash) is a range."""
    for m in SHORT_YEAR_RANGE.finditer(text):
        start, end = m.span()
        if (start > 0 and is_word(text[start - 1])) or (end < len(text) and is_word(text[end])):
            # "FY2019-20", "A2016-17b": part of a name; its digits are no count either
            yield held(start, end)
            continue
        year, tail = int(m.group("y")), int(m.group("y2"))
        if year not in _BARE_YEARS:
            continue
        high = year - year % 100 + tail
        if high > year and (tail > 12 or m.group("s") == "–"):  # ISO never uses "–"
            yield Expr(start, end, Decimal(year), "digits", start, end, date=iso(year),
                       high_date=iso(high))
        else:
            yield Expr(start, end, Decimal(year), "digits", start, end, date=iso(year))


def _period_years(text: str, lex: Lexicon) -> Iterator[Expr]:
    """'mid-2003', 'early 2003', 'fin 2003': the year, read as approximate."""
    if lex.period_year is None:
        return
    for m in lex.period_year.finditer(text):
        year = int(m.group("y"))
        if year in _YEARS:
            yield Expr(m.start(), m.end(), Decimal(year), "digits", m.start("y"), m.end(),
                       date=iso(year), qualifier="approx")


def _with_period(text: str, e: Expr, lex: Lexicon) -> Expr:
    """'early June 2003', 'fin mai 2003': a period word before a stated date makes it approx."""
    if e.relative or e.identifier or e.high_date or e.qualifier != "eq" or not e.date:
        return e
    p = back_spaces(text, e.start)
    if p == e.start and not text[:p].endswith("-"):
        return e
    hit = lex.periods.before(text, p)
    return e if hit is None else replace(e, start=hit[0], qualifier="approx")


def small_number(text: str | None, prof: LanguageProfile) -> int | None:
    """A month, day or era year in digits or Han numerals (11, 十一, 二十一)."""
    if not text:
        return None
    digits = ascii_digits(text)
    if digits.isdigit():
        return int(digits)
    value = parse_han(text, prof.han_digits, prof.han_units, {})
    if value is None or value != value.to_integral_value():
        return None
    return int(value)


def _cjk_year(m: re.Match[str], prof: LanguageProfile) -> int | None:
    groups = m.groupdict()
    if groups.get("era"):
        first, last = prof.eras[groups["era"]]
        ey = groups["ey"]
        number = 1 if ey in prof.era_first_year else small_number(ey, prof)
        if number is None or number < 1 or (last is not None and first + number - 1 > last):
            return None
        return first + number - 1
    return int_of("".join(str(prof.han_digits.get(ch, ch)) for ch in groups["y"]))


def _cjk_dates(text: str, lex: Lexicon) -> Iterator[Expr]:
    prof = lex.profile
    if lex.cjk_full_date is not None:
        for m in lex.cjk_full_date.finditer(text):
            year = _cjk_year(m, prof)
            if year is None:  # 平成40年: past its era's end, no year we can name
                yield held(m.start(), m.end("ym"))
                continue
            if year not in _YEARS:
                continue  # 5000年: five thousand years, a duration
            decade = lex.decades.at(text, m.start("ym")) if m.group("m") is None else None
            if decade is not None:
                yield _decade(m.start(), decade[0], year)
                continue
            month, day = small_number(m.group("m"), prof), small_number(m.group("d"), prof)
            end = m.end()
            if not valid_date(month, day, year):
                # 2023年2月30日 is no day: keep what is certain, the year.
                month = day = None
                end = m.end("ym")
            yield Expr(m.start(), end, Decimal(year), "digits", m.start(), end,
                       date=iso(year, month, day))
    if lex.cjk_year_range is not None:
        for m in lex.cjk_year_range.finditer(text):
            year, second = int(m.group("y")), m.group("y2")
            high = int(second) if len(second) == 4 else year - year % 100 + int(second)
            if year in _YEARS and year < high:
                yield Expr(m.start(), m.end(), Decimal(year), "digits", m.start(), m.end(),
                           date=iso(year), high_date=iso(high))
    if lex.cjk_month_date is not None:
        for m in lex.cjk_month_date.finditer(text):
            if m.group("d") is None and int_of(m.group("m")) is None:
                continue  # a Han month alone (一月) may be "one month"; with a day it is a date
            month, day = small_number(m.group("m"), prof), small_number(m.group("d"), prof)
            if valid_date(month, day):
                yield _month_expr(m.start(), m.end(), None, month, day)


def _decade(start: int, end: int, year: int) -> Expr:
    """1960年代: 1960 to 1969. 1800年代 may be the decade or the century: held."""
    if year % 10 or not year % 100:
        return held(start, end)
    return Expr(start, end, Decimal(year), "digits", start, end, date=iso(year),
                high_date=iso(year + 9))


_LAST_TOKEN = re.compile(r"(\S+)$")


def _counted_unit(text: str, start: int, lex: Lexicon) -> bool:
    """A past relative phrase in a spaced script whose first word is a time unit counted by
    the number (or scale word) just before it: "dua juta tahun lalu" is two million years
    ago, a duration, not "last year" ("$5 juta tahun lalu" stays money of last year)."""
    prof = lex.profile
    if prof.cjk:
        return False
    m = _LAST_TOKEN.search(text, max(0, start - 40), back_spaces(text, start))
    if m is None or m.end() == start:
        return False
    word = m.group(1).casefold()
    number_start = m.start(1)
    if word in prof.scales:
        prev = _LAST_TOKEN.search(text, max(0, m.start(1) - 40), back_spaces(text, m.start(1)))
        number_start = prev.start(1) if prev is not None else number_start
    elif not (word[-1].isdigit() or word in prof.number_words or word in prof.spelled.roles):
        return False
    return not money_before(text, number_start, lex) and not any(
        ch in text[number_start:m.end()] for ch in "$€£¥")


def _relative_dates(text: str, lex: Lexicon) -> Iterator[Expr]:
    prof = lex.profile
    if lex.relative is None:
        return
    for m in lex.relative.finditer(text):
        spec = prof.relative.get(re.sub(r"\s+", " ", m.group(0)).casefold())
        if spec is None or lex.relative_not_before.at(text, m.end()) is not None:
            continue  # 前年比: "compared with the previous year", a comparison, no date
        if spec.offset < 0 and _counted_unit(text, m.start(), lex):
            continue  # "3,9 juta tahun lalu": N years ago, a duration, not "last year"
        end, month, day = m.end(), None, None
        follow = lex.cjk_month_follow.match(text, end) if lex.cjk_month_follow else None
        f_month = small_number(follow.group("m"), prof) if follow is not None else None
        f_day = small_number(follow.group("d"), prof) if follow is not None else None
        if follow is not None and valid_date(f_month, f_day):
            end, month, day = follow.end(), f_month, f_day
        yield Expr(m.start(), end, Decimal(0), "digits", m.start(), end,
                   relative=spec.phrase, rel_spec=spec,
                   date=iso(0, month, day) if month else None)


def _month_expr(start: int, end: int, year: int | None, month: int | None,
                day: int | None) -> Expr:
    if year is not None:
        return Expr(start, end, Decimal(year), "digits", start, end,
                     date=iso(year, month, day))
    # A month (and day) with no year: resolved against the last year the text stated.
    return Expr(start, end, Decimal(0), "digits", start, end, relative="month without year",
                 date=iso(0, month, day))

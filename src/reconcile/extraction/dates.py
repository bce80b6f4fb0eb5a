"""Absolute and month-only dates: month words, 年月日 markers, era years and numeric dates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from functools import cache

from reconcile.extraction.expr import (
    NO_CENTURY,
    NO_YEAR,
    Expr,
    evolve,
    make_expr,
    non_overlapping,
)
from reconcile.extraction.lexicon import NUMERIC_DATE, SHORT_YEAR_RANGE, Lexicon
from reconcile.extraction.periods import period_exprs
from reconcile.extraction.phrases import (
    SPACES,
    back_spaces,
    is_word,
    letter_words,
    number_ends_at,
    skip_spaces,
)
from reconcile.extraction.wordscan import WordScan
from reconcile.lang import LanguageProfile
from reconcile.numbers import ascii_digits, parse_han
from reconcile.scope import month_step

# Years a numeric date or a period phrase may name ("2012-06-21", "mid-2003").
_YEARS = range(1000, 3000)
# Years a four-digit number alone may name (as keep.YEAR_RANGE): "2016–17" but not "1000-20".
_BARE_YEARS = range(1700, 2200)

# Any decimal digit: the forms written in digits need one.
_ANY_DIGIT = re.compile(r"\d")
# Two digits joined by a date or range sign: what NUMERIC_DATE and SHORT_YEAR_RANGE hold.
_JOINED_DIGITS = re.compile(r"[0-9０-９][/.\-–][0-9０-９]")

# ISO 8601's time after a date: "2012-06-21T10:00".
_TIME = re.compile(r"T[0-9]{2}:[0-9]{2}")

# (year, month, day) of a date; HELD marks a span that is a date we cannot read exactly
# (a two-digit year, an impossible day): it yields no claim, and its digits no count.
Reading = tuple[int | None, int | None, int | None]
HELD: Reading = (None, None, None)


def held(start: int, end: int) -> Expr:
    """A span that is a date we cannot read exactly: marked as an identifier (never a claim)
    and an ordinal (never the end of a range), so neither it nor its digits make a claim."""
    return make_expr(start, end, Decimal(0), "digits", start, end, identifier=True, ordinal=True)


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
    return 1 <= day <= _month_days(year if year else 2000, month)


# Days of each month in a common year (calendar.mdays, without loading the calendar module
# and the locale and weekday machinery it brings for this one count).
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_days(year: int, month: int) -> int:
    """calendar.monthrange(year, month)[1] for a month 1 to 12: February has 29 days in a
    leap year (Gregorian, proleptic: as calendar.isleap)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month]


def date_exprs(text: str, lex: Lexicon, words: frozenset[str] | None = None,
               digits: bool | None = None) -> list[Expr]:
    """The dates of a segment; `words` are its letter_words and `digits` whether it holds
    a digit, if already known."""
    # Phrase patterns run only on sentences that hold one of their words (the gates).
    words = letter_words(text) if words is None else words
    months = lex.month_gate.open(text, words)
    # The forms below that read a year or day in digits are not looked for without a digit
    # (most sentences hold none); CJK dates and decades may be written in Han numerals.
    digits = _ANY_DIGIT.search(text) is not None if digits is None else digits
    # Numeric dates and short year ranges join two digits with a sign: without such a pair
    # (most sentences), their longer patterns are not run.
    joined = digits and _JOINED_DIGITS.search(text) is not None
    relative = lex.relative_gate.open(text, words)
    found = [*(_latin_dates(text, lex, words) if months and digits else ()),
             *(_months_alone(text, lex, words) if months else ()),
             *(_numeric_dates(text, lex) if joined else ()),
             *(_weekday_day_months(text, lex) if joined and "(" in text else ()),
             *(_short_year_ranges(text) if joined else ()),
             *(_period_years(text, lex) if digits and lex.period_gate.open(words) else ()),
             *(_era_years(text, lex) if digits and lex.era_gate.open(text, words) else ()),
             *_cjk_dates(text, lex), *_decades(text, lex, digits, words),
             *(_relative_dates(text, lex) if relative else ()),
             *(_named_days(text, lex) if lex.named_days is not None
               and lex.named_days_gate.open(text, words) else ()),
             *(_relative_days(text, lex) if digits and lex.relative_day is not None
               and relative else ()),
             *period_exprs(text, lex.profile.code, digits)]
    if lex.profile.lunar_before or lex.profile.lunar_after:
        # Held, not dropped: its numbers are no year, month or count of their own either.
        found = [held(e.start, e.end) if _lunar(text, e, lex.profile) else e for e in found]
    if not found:  # (most sentences: no comprehension made for nothing)
        return []
    found = join_date_ranges(text, [_with_period(text, e, lex) for e in non_overlapping(found)],
                             lex)
    return _short_year_months(text, found, lex) if lex.profile.cjk and len(found) > 1 \
        else found


def _short_year_months(text: str, found: list[Expr], lex: Lexicon) -> list[Expr]:
    """A two-digit CJK year before months read without one (25年1～3月, 26年1～3月期): the
    months are of that year, its century the one _short_cjk_year gave it (the nearest to
    the last four-digit year of the sentence), else the story's (NO_CENTURY)."""
    out: list[Expr] = []
    for e in found:
        last = out[-1] if out else None
        if last is not None and last.end == e.start and (last.identifier or (
                last.date is not None and len(last.date) == 4 and last.relative is None)) \
                and e.relative == NO_YEAR and e.date is not None and e.date.startswith("0000") \
                and (e.high_date is None or e.high_date.startswith("0000")) \
                and (short := _TWO_DIGIT_YEAR.fullmatch(text, last.start, last.end)) is not None \
                and short.group(2) == lex.profile.date_year:
            # (the year read already when a four-digit year came before: 26年 of 2024年)
            year = int(last.date) if last.date else int(short.group(1))
            out[-1] = evolve(e, start=last.start, num_start=last.start, value=Decimal(year),
                             relative=None if last.date else NO_CENTURY,
                             date=f"{year:04d}{e.date[4:]}",
                             high_date=f"{year:04d}{e.high_date[4:]}" if e.high_date else None)
            continue
        out.append(e)
    return out


_TWO_DIGIT_YEAR = re.compile(r"(\d\d)(\D)")


def _lunar(text: str, e: Expr, prof: LanguageProfile) -> bool:
    """A date of the lunar calendar: 农历2015年十月, 旧暦の10月1日 (a marker before it, a
    possessive particle between), 十月初一 (its day's form, 初 and a numeral, after it)."""
    before = text[max(0, e.start - 4):e.start].rstrip(" の的")
    if any(before.endswith(w) for w in prof.lunar_before):
        return True
    for w in prof.lunar_after:
        # 初 then a numeral is a lunar day (十月初一); 月初 alone is early in the month.
        at = e.end + len(w)
        if text.startswith(w, e.end) and at < len(text) \
                and (text[at] in prof.han_digits or text[at] in prof.han_units):
            return True
    return False


def _latin_matches(text: str, lex: Lexicon, words: frozenset[str] | None = None
                   ) -> Iterator[re.Match[str]]:
    """The matches of each of lex.latin_dates in turn, as finditer finds them. Each holds a
    month name: none is looked for in a text without one, and a pattern that begins with
    the month is tried only where a month name starts, not at every position. `words` are
    the text's letter_words, if already known."""
    if lex.month_starts is None:
        return
    words = letter_words(text) if words is None else words
    starts = [m.start() for m in lex.month_starts.finditer(text, words)]
    if not starts:
        return
    for pattern, month_first in zip(lex.latin_dates, lex.latin_month_first, strict=True):
        if not month_first:
            yield from pattern.finditer(text)
            continue
        end = 0
        for start in starts:
            if start < end:
                continue  # inside the last match: finditer goes on after it
            m = pattern.match(text, start)
            if m is not None:
                yield m
                end = m.end()


def _latin_dates(text: str, lex: Lexicon, words: frozenset[str] | None = None
                 ) -> Iterator[Expr]:
    prof = lex.profile
    for m in _latin_matches(text, lex, words):
        month = prof.months.get(m.group("m").casefold().rstrip(".")) or prof.months.get(
            m.group("m").casefold())
        groups = m.groupdict()
        year, day = int_of(groups.get("y")), int_of(groups.get("d"))
        last = int_of(groups.get("d2") or groups.get("d3") or groups.get("d4"))
        if month is None or not valid_date(month, day, year):
            continue
        word = m.group("m")
        if word.casefold() in prof.date_ambiguous_months and year is None and (
                word.islower() or day is None):
            # "COVID-19 may be", "19 may": without a year, a lower-case "may" is the verb;
            # capitalised, a day makes it the month, at a sentence's start too ("May 31 is
            # the deadline", "March 3 (Reuters) -": the modal or the verb "march" before a
            # number is no news form).
            continue
        if groups.get("link") and lex.date_between.at(groups["link"], 0) and \
                lex.date_openers.before(text, back_spaces(text, m.start())) is None:
            # "3 and 4 February", "March 4 and 5", "the 1st and the 10th of June"
            # without "between": two days of one month, two dates; two days that follow
            # each other are one span of them, as "May 6-7" ("les 6 et 7 mai": a meeting
            # of two days).
            if last is not None and day is not None and last == day + 1 \
                    and valid_date(month, last, year) \
                    and not _said_respectively(text, m.end(), prof):
                yield replace(_month_expr(m.start(), m.end(), year, month, day),
                              high_date=iso(year or 0, month, last))
            elif last is not None and valid_date(month, last, year):
                first = _ORDINAL_DAY.match(text, m.end("d"))
                end = first.end() if first is not None else m.end("d")
                begin = m.start() if m.start("m") < m.start("d") else m.start("d")
                yield _month_expr(begin, end, year, month, day)
                yield _month_expr(m.start("d2"), m.end(), year, month, last)
            continue
        if year is None and day is not None and (short := _SHORT_YEAR.match(text, m.end())):
            # "le 31 octobre 74," a year in two digits: its century is a guess, and read
            # without it the date would take the wrong year from the text.
            yield held(m.start(), short.end())
            continue
        if last is None and day is not None and m.start("m") < m.start("d") \
                and (tail := _opened_day_tail(text, m, lex)) is not None \
                and valid_date(month, int(tail.group(1)), year) and int(tail.group(1)) > day:
            # "from October 13 to 15 in five regions": after an opener, the day after the
            # connector ends the span whatever follows it
            yield replace(_month_expr(m.start(), tail.end(), year, month, day),
                          high_date=iso(year or 0, month, int(tail.group(1))))
        elif last is None:
            yield _month_expr(m.start(), m.end(), year, month, day)
        elif valid_date(month, last, year) and day is not None and last > day:
            if year is None:  # "1-3 June": days of a month whose year comes later
                yield replace(_month_expr(m.start(), m.end(), None, month, day),
                              high_date=iso(0, month, last))
            else:
                yield replace(_month_expr(m.start(), m.end(), year, month, day),
                              high_date=iso(year, month, last))


def _opened_day_tail(text: str, m: re.Match[str], lex: Lexicon) -> re.Match[str] | None:
    """After "from October 13" (a range opener before it), " to 15" and a word of
    `[date_pairs] after_span_day` ("in", "across"): the span's last day."""
    prof = lex.profile
    if not prof.date_after_span_day \
            or lex.openers.before(text, back_spaces(text, m.start())) is None:
        return None
    tail = _day_tail_pattern(prof.code).match(text, m.end())
    if tail is None or tail.group(2).casefold() not in prof.date_after_span_day:
        return None
    return tail


@cache
def _day_tail_pattern(code: str) -> re.Pattern[str]:
    from reconcile.extraction.lexicon import lexicon

    links = "|".join(re.escape(w) for w in lexicon(code).profile.date_span_links) or "\x00"
    return re.compile(rf"\s*(?:{links})\s*(\d{{1,2}})(?!\d)(?=\s+([^\W\d_]+))",
                      re.IGNORECASE)


# Two digits after a day and month (a space, or an apostrophe: "October 31, '74"), then
# punctuation or the end: a year written short.
_SHORT_YEAR = re.compile(r"(?:[ \u00a0]+'?|,?[ \u00a0]*')[0-9]{2}(?=\s*(?:[,.;:!?)]|$))")

# The ordinal ending a day may carry ("1er", "4th"), part of its surface.
_ORDINAL_DAY = re.compile(r"(?:er|st|nd|rd|th)(?!\w)")


def _months_alone(text: str, lex: Lexicon, words: frozenset[str] | None = None
                  ) -> Iterator[Expr]:
    """'in April', 'fin mars', 'bulan Maret': a wide month name alone is a month without a
    year, resolved against the year the text last stated. Where CLDR capitalises month
    names the word must be capitalised; one followed by a capitalised word is a name
    ("April Ryan"); an ambiguous one (en "may", "march") needs a year word, a period word or
    a word of the last or next one before it ("in March", "late March", "last May"). Inside
    a longer date, the longer one wins."""
    prof = lex.profile
    if lex.month_alone is None:
        return
    for m in lex.month_alone.finditer(text, letter_words(text) if words is None else words):
        word = m.group("m")
        capital = prof.months_wide.get(word.casefold())
        if capital is None or (capital and not word[:1].isupper()):
            continue
        after = skip_spaces(text, m.end())
        if capital and after > m.end() and after < len(text) and text[after].isupper():
            continue
        if word.casefold() in prof.date_ambiguous_months \
                and not _after_month_hyphen(text, m.start(), prof) \
                and not _after_month_link(text, m.start(), lex):
            before = back_spaces(text, m.start())
            if lex.year_before.before(text, before) is None and \
                    lex.periods.before(text, before) is None \
                    and not month_step(text, m.start(), m.end(), prof.code) \
                    and not _month_after_word(text, m, prof):
                continue  # ("last May", "next March", "from March": a month)
        yield _month_expr(m.start(), m.end(), None, prof.months[word.casefold()], None)


def _month_after_word(text: str, m: re.Match[str], prof: LanguageProfile) -> bool:
    """A capitalised month word that is also a common word, after a word of `[date_ranges]
    ambiguous_month_after` ("up 11 points from March") and with no possessive after it
    ("in May's cabinet")."""
    word = _LAST_WORD.search(text, 0, back_spaces(text, m.start()))
    return (m.group("m")[:1].isupper() and word is not None
            and word.group(0).casefold() in prof.date_ambiguous_month_after
            and text[m.end():m.end() + 1] not in ("'", "’"))


def _after_month_hyphen(text: str, start: int, prof: LanguageProfile) -> bool:
    """Whether a month name and a hyphen stand right before `start` ("January-March"): the
    second month of a range is a month whatever else its word means."""
    if start < 2 or text[start - 1] != "-":
        return False
    word = _LAST_WORD.search(text, 0, start - 1)
    return word is not None and word.group(0).casefold() in prof.months_wide


def _after_month_link(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a month name and a word that joins two dates stand right before `start`
    ("from September to May", "between March and May", « de septembre à mai »): the
    second month of a range is a month whatever else its word means."""
    before = back_spaces(text, start)
    link = lex.date_connectors.before(text, before) or lex.date_between.before(text, before)
    if link is None or (link[0] > 0 and text[link[0] - 1].isalpha()):
        return False
    word = _LAST_WORD.search(text, 0, back_spaces(text, link[0]))
    return word is not None and word.group(0)[:1].isupper() \
        and word.group(0).casefold() in lex.profile.months_wide


_LAST_WORD = re.compile(r"[^\W\d_]+$")


# A weekday name, then a day and month in brackets: "Kamis (12/3)", "jeudi (12/3)".
_WEEKDAY_DAY_MONTH = re.compile(
    r"(?P<w>[^\W\d_]+),?\s?\((?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})\)")


def _weekday_day_months(text: str, lex: Lexicon) -> Iterator[Expr]:
    """"Kamis (12/3)": a weekday name (CLDR) with two numbers in brackets after it is a
    day and month with no year, in the order of the language's numeric dates (day first
    in Indonesian news, which writes its dates so). Alone, "12/3" is no date."""
    prof = lex.profile
    if prof.date_order not in ("dmy", "mdy"):
        return
    for m in _WEEKDAY_DAY_MONTH.finditer(text):
        if m.group("w").casefold() not in prof.weekdays:
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (a, b) if prof.date_order == "dmy" else (b, a)
        if valid_date(month, day):
            yield _month_expr(m.start("a"), m.end("b"), None, month, day)


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
            yield make_expr(start, end, Decimal(year), "digits", start, end,
                            date=iso(year, month, day))


# Separators of year-last dates besides the locale's own: "21-04-2016", "4.3.2021" are
# written day first where the locale writes day first, and read in the one order that
# makes a date elsewhere ("21-04-2016" in English; "4.3.2021" there keeps its year only).
_OTHER_SEPARATORS = ("-", ".")


def numeric_reading(a: str, b: str, c: str, sep: str, prof: LanguageProfile) -> Reading | None:
    """The date three numbers joined by a separator stand for, or None if not a date.

    Year first ("2012-06-21" ISO, "2019/11/08", "2010.01.29") reads the same in every
    language. Year last
    reads in the order of the locale's CLDR short date pattern (M/d/y in en, d/M/y in fr
    and id); when that order is impossible (13/07/1983 in en) but the other is possible,
    the other is taken: year-last dates are written day first or month first, nothing
    else. Both possible and different in a year-first locale: the year only. A hyphen or a
    point the locale does not use for dates ("14.07.1983" in fr) reads in the locale's
    order where it writes the day first, else in the one possible order, else the year
    only (_OTHER_SEPARATORS); any other separator: the year only. A two-digit year is held
    (no claim): its century is a guess.
    """
    x, y, z = (int(ascii_digits(t)) for t in (a, b, c))
    if len(c) == 1 and len(a) != 4:
        return None  # (a one-digit last part is a day, after a year only: 2021/3/5)
    if len(a) == 4 and len(c) <= 2:
        # A point joins a year-first date only with two digits each for month and day
        # ("2010.01.29"; "2023.10.0" is a version number).
        dotted = sep == "." and len(b) == 2 and len(c) == 2
        if (sep not in ("-", "/", *prof.date_separators) and not dotted) or x not in _YEARS:
            return None
        return (x, y, z) if valid_date(y, z, x) else HELD
    if len(c) == 4 and len(a) <= 2:
        if z not in _YEARS:
            return None
        if sep not in (*prof.date_separators, *_OTHER_SEPARATORS):
            return (z, None, None)
        readings = {"mdy": (x, y), "dmy": (y, x)}
        own = readings.get(prof.date_order)
        valid = {r for r in readings.values() if valid_date(r[0], r[1], z)}
        if own is not None and own in valid and (
                sep in prof.date_separators or prof.date_order == "dmy"):
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
            yield make_expr(start, end, Decimal(year), "digits", start, end, date=iso(year),
                            high_date=iso(high))
        else:
            yield make_expr(start, end, Decimal(year), "digits", start, end, date=iso(year))


def _period_years(text: str, lex: Lexicon) -> Iterator[Expr]:
    """'mid-2003', 'early 2003', 'fin 2003': the year, read as approximate."""
    if lex.period_year is None:
        return
    for m in lex.period_year.finditer(text):
        year = int(m.group("y"))
        if year in _YEARS:
            yield make_expr(m.start(), m.end(), Decimal(year), "digits", m.start("y"), m.end(),
                            date=iso(year), qualifier="approx")


# The second year of a range after an era word's year ("AD 1000–1300").
_ERA_RANGE_TAIL = re.compile(r"\s?[-–—]\s?([0-9]{1,4})(?![0-9]|[.,][0-9])")


def _era_years(text: str, lex: Lexicon) -> Iterator[Expr]:
    """'400 A.D.', "l'an 400", 'tahun 400', '公元400年': a year of the common era, however
    small (a bare number under 1000 is no year otherwise)."""
    if lex.era_year is None:
        return
    for m in lex.era_year.finditer(text):
        group = "y" if m.group("y") is not None else "y2"
        if group == "y" and number_ends_at(text, back_spaces(text, m.start()),
                                           lex.profile.number_words):
            continue  # "2 tahun 400 orang": two years, then a count
        if group == "y" and any(text.startswith(w, m.end(group))
                                for w in lex.profile.date_decade_suffixes):
            continue  # "tahun 90-an": a decade (_decades: held, no century), not a year
        year = int(m.group(group))
        # Years of four digits are read already ("tahun 1624", "公元 1100 年", a bare
        # 1960), save one an era word follows ("1100 A.D.").
        small = 1 <= year < 1000
        if not (small or (group == "y2" and year not in _BARE_YEARS)
                or (group == "y" and not lex.profile.cjk)):
            continue
        # ... but not always as a year: "tahun 1500 ada 2 raja" took the noun after it as
        # counted. An era word before makes it one (the year alone, as read bare).
        start = m.start() if small or group == "y2" else m.start(group)
        tail = _ERA_RANGE_TAIL.match(text, m.end()) if group == "y" else None
        if tail is not None and int(tail.group(1)) > year:  # "AD 1000–1300"
            yield make_expr(start, tail.end(), Decimal(year), "digits", m.start(group),
                            tail.end(), date=iso(year), high_date=iso(int(tail.group(1))))
        else:
            yield make_expr(start, m.end(), Decimal(year), "digits", m.start(group),
                            m.end(group), date=iso(year))


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


def _no_century(m: re.Match[str], short: int, prof: LanguageProfile) -> Expr:
    """24年8月 with no four-digit year in its sentence: a date whose century the story's
    time gives (NO_CENTURY; its date holds the two digits as the year, 0024-08)."""
    month, day = small_number(m.group("m"), prof), small_number(m.group("d"), prof)
    end = m.end()
    if not valid_date(month, day, 2000 + short):
        month = day = None
        end = m.end("ym")
    return make_expr(m.start(), end, Decimal(short), "digits", m.start(), end,
                     relative=NO_CENTURY, date=iso(short, month, day))


def _short_cjk_year(text: str, m: re.Match[str], marker: str) -> int | None:
    """The year of a CJK date whose year is written with its last two digits
    (2019年12月5日から20年1月20日まで, 2026年度予算（25年10月1日～26年9月30日）): in the
    century that puts it nearest the last four-digit year before it in its sentence, None
    without one (then the story's time gives it: NO_CENTURY)."""
    years = _cjk_full_year(marker).findall(text, 0, m.start())
    short = int_of(m.group("ys"))
    before = int_of(years[-1]) if years else None
    return None if short is None or before is None else nearest_century(short, before)


def nearest_century(short: int, near: int) -> int:
    """The year ending in the two digits `short` nearest the year `near` (25 near 2026 is
    2025, 98 near 2005 is 1998)."""
    year = near - near % 100 + short
    return min((year - 100, year, year + 100), key=lambda y: abs(y - near))


@cache
def _cjk_full_year(marker: str) -> re.Pattern[str]:
    """A year in four digits before the language's year marker (年)."""
    return re.compile(rf"(?<![0-9０-９])[0-9０-９]{{4}}(?=[ \u00a0\u3000]?{re.escape(marker)})")


def _full_date_from(text: str, lex: Lexicon) -> int:
    """Where a CJK full date may start at the earliest: its year marker stands at most
    cjk_full_date_reach after its start, so no match starts that far before the text's
    first year marker."""
    reach = lex.cjk_full_date_reach
    return 0 if reach is None else max(0, text.find(lex.profile.date_year) - reach)


def _cjk_dates(text: str, lex: Lexicon) -> Iterator[Expr]:
    prof = lex.profile
    no_words: frozenset[str] = frozenset()  # the gates below look for CJK markers only
    # (the year marker is looked for only by a language with a pattern that needs it)
    year_marker = (lex.cjk_full_date is not None or lex.cjk_han_year_date is not None
                   or lex.cjk_year_range is not None) \
        and lex.cjk_year_gate.open(text, no_words)
    if lex.cjk_full_date is not None and year_marker:
        for m in lex.cjk_full_date.finditer(text, _full_date_from(text, lex)):
            short = m.group("ys")
            year = _short_cjk_year(text, m, prof.date_year) if short else _cjk_year(m, prof)
            if year is None and short:
                if m.group("m") is None and text[m.end():m.end() + 1].isdigit():
                    # 26年1～3月期: the months are read as a period of the story's year
                    yield held(m.start(), m.end("ym"))
                else:
                    yield _no_century(m, int(ascii_digits(short)), prof)
                continue
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
            yield make_expr(m.start(), end, Decimal(year), "digits", m.start(), end,
                            date=iso(year, month, day))
    if lex.cjk_han_year_date is not None and year_marker:
        for m in lex.cjk_han_year_date.finditer(text):
            found = parse_han(m.group("yh"), prof.han_digits, prof.han_units, {})
            if found is None or found != found.to_integral_value() or int(found) not in _YEARS:
                continue
            if found != parse_han(m.group("yh"), prof.han_digits, prof.han_units, {},
                                  elided_place=False):
                yield held(m.start(), m.end())  # 两千四年: 2400 in Chinese, 2004 in Japanese
                continue
            month, day = small_number(m.group("m"), prof), small_number(m.group("d"), prof)
            if valid_date(month, day, int(found)):
                yield make_expr(m.start(), m.end(), found, "digits", m.start(), m.end(),
                                date=iso(int(found), month, day))
    if lex.cjk_year_range is not None and year_marker:
        for m in lex.cjk_year_range.finditer(text):
            year, second = int(m.group("y")), m.group("y2")
            high = int(second) if len(second) == 4 else year - year % 100 + int(second)
            if year in _YEARS and year < high:
                yield make_expr(m.start(), m.end(), Decimal(year), "digits", m.start(), m.end(),
                                date=iso(year), high_date=iso(high))
    if lex.cjk_month_date is not None and lex.cjk_month_gate.open(text, no_words):
        for m in lex.cjk_month_date.finditer(text):
            if m.group("d") is None and int_of(m.group("m")) is None and \
                    small_number(m.group("m"), prof) == 1:
                continue  # 一月 alone may be "one month"; 三月 is March (3 months: 三个月)
            month, day = small_number(m.group("m"), prof), small_number(m.group("d"), prof)
            if day is None and (r := _month_range_end(text, m.start(), m.end(), lex)):
                # 4～6月期 with no year: the months of a period (not June alone), read in
                # the story's year
                first = small_number(r.group("m"), prof) or 0
                if valid_date(first, None) and month is not None and first < month:
                    yield replace(_month_expr(r.start(), m.end(), None, first, None),
                                  high_date=iso(0, month))
                continue
            if day is None and _weekday_at(text, m.end() - len(prof.date_month), prof):
                continue  # 第2月曜日: the second Monday, no February
            if valid_date(month, day):
                yield _month_expr(m.start(), m.end(), None, month, day)


def _weekday_at(text: str, pos: int, prof: LanguageProfile) -> bool:
    """Whether a weekday name (CLDR, two characters or more) begins at pos: ja 月曜日
    (Monday) begins with the month marker 月."""
    return any(len(name) > 1 and text.startswith(name[:2], pos) for name in prof.weekdays)


def _month_range_end(text: str, start: int, end: int, lex: Lexicon) -> re.Match[str] | None:
    """The range of months with no year (4～6月, 4至6月: the pattern whose numbers
    nonclaims.py reads as no count) that the month at start:end ends."""
    pattern = lex.cjk_month_range
    if pattern is None:
        return None
    return next((r for r in pattern.finditer(text, max(0, start - 8), end) if r.end() == end),
                None)


def join_date_ranges(text: str, exprs: list[Expr], lex: Lexicon) -> list[Expr]:
    """Two dates around a range connector are one range: "24 August to 5 September 2021",
    "2021年8月24日から9月5日". A date without a year takes the year of the other end
    (written once); 2020年1月1日至10日 (a day alone after a CJK date) ends in that month."""
    out: list[Expr] = []
    exprs = _years_before_months(text, exprs, lex.profile)
    i = 0
    while i < len(exprs):
        if i + 1 < len(exprs):
            joined = _date_range(text, exprs[i], exprs[i + 1], lex)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        nxt = exprs[i + 1].start if i + 1 < len(exprs) else len(text)
        out.append(_day_tail(text[:nxt], exprs[i], lex))
        second = _day_and(text[:nxt], out[-1], lex)
        if second is not None and second.date is not None and out[-1].date is not None \
                and int(second.date[8:10]) == int(out[-1].date[8:10]) + 1 \
                and not any(w in text[:out[-1].start]
                            for w in lex.profile.date_respectively_before):
            # 3月4日和5日 of two days that follow each other: one span, as 3月4～5日
            out[-1] = replace(out[-1], end=second.end, num_end=second.end,
                              high_date=second.date)
        elif second is not None:
            out.append(second)
        i += 1
    return out


def _years_before_months(text: str, exprs: list[Expr], prof: LanguageProfile
                         ) -> list[Expr]:
    """The dates with each relative year joined to the months right after it
    (_year_before_months: 今年6～9月, this year's June to September)."""
    out: list[Expr] = []
    i = 0
    while i < len(exprs):
        held = _year_before_months(text, exprs[i], exprs[i + 1], prof) if i + 1 < len(exprs) \
            else None
        out.append(held or exprs[i])
        i += 2 if held is not None else 1
    return out


def _year_before_months(text: str, a: Expr, b: Expr, prof: LanguageProfile) -> Expr | None:
    """A year said relatively to the story's time right before a range of months of no
    year, written in digits or Han numerals (今年6～9月, 今年一至五月): one range, in that
    year, as 今年6月 is one month of it (a quarter, 今年第四季度, takes its year as a date
    said after its year does)."""
    first = text[b.start:b.start + 1]
    if a.rel_spec is None or a.rel_spec.unit != "year" or a.rel_spec.ref != "now" \
            or a.date is not None \
            or not (first.isdigit() or first in prof.han_digits or first in prof.han_units) \
            or a.end != b.start or b.identifier or b.rel_spec is not None \
            or b.relative != NO_YEAR or b.date is None or not b.date.startswith("0000-"):
        return None
    return replace(a, end=b.end, num_end=b.end, date=b.date, high_date=b.high_date)


def _said_respectively(text: str, end: int, prof: LanguageProfile) -> bool:
    """Whether a word of `[date_pairs] after_second_day` ("respectively") follows `end`:
    two days of one month said one each, two dates."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).casefold() in prof.date_pair_after


_NEXT_WORD = re.compile(r"[\s,]*([^\W\d_][\w\-]*)")


def _day_and(text: str, e: Expr, lex: Lexicon) -> Expr | None:
    """3月4日和5日, 2月3日と10日: a second day of the same month, written with its day marker
    only, is a date of its own (join_date_ranges makes one that follows the first a span)."""
    if lex.cjk_day_and is None or not _plain_date(e) or e.date is None or len(e.date) != 10:
        return None
    m = lex.cjk_day_and.match(text, e.end)
    day = small_number(m.group("d"), lex.profile) if m is not None else None
    year = int(e.date[:4]) or None
    if m is None or day is None or not valid_date(int(e.date[5:7]), day, year):
        return None
    return _month_expr(m.start("d"), m.end(), year, int(e.date[5:7]), day)


def _plain_date(e: Expr) -> bool:
    return (not e.identifier and not e.high_date and e.qualifier == "eq" and e.date is not None
            and (e.relative is None or (e.rel_spec is None and e.relative == NO_YEAR)))


def _year_month(e: Expr) -> bool:
    """A month of a year said relatively (今年6月, 去年3月): a range's start too."""
    return e.rel_spec is not None and e.rel_spec.unit == "year" and e.date is not None \
        and not e.identifier and not e.high_date and e.qualifier == "eq"


def _date_range(text: str, a: Expr, b: Expr, lex: Lexicon) -> Expr | None:
    if not ((_plain_date(a) or _year_month(a)) and _plain_date(b)) or a.date is None \
            or b.date is None:
        return None
    core = text[a.end:b.start].strip(SPACES)
    if core.startswith(",") and not a.relative:
        core = core[1:].strip(SPACES)  # "from December 5, 2019, to January 20, 2020"
    conn = lex.date_connectors.at(core, 0)
    between = lex.date_between.at(core, 0)
    if not ((conn is not None and conn[0] == len(core)) or (
            between is not None and between[0] == len(core)
            and lex.date_openers.before(text, back_spaces(text, a.start)) is not None)):
        return None
    if len(a.date) != len(b.date) or len(a.date) < 7:
        return None  # a year range is joined with the numbers
    if a.relative and b.relative:
        # "from June 10 to June 21": days of one year, which the text states elsewhere
        # ("28 December to 3 January" crosses a year no text stated: two dates)
        return replace(a, end=b.end, num_end=b.end, high_date=b.date) \
            if a.date < b.date else None
    low = b.date[:4] + a.date[4:] if a.relative else a.date
    high = a.date[:4] + b.date[4:] if b.relative else b.date
    if a.relative == NO_YEAR and a.rel_spec is None and not b.relative \
            and a.date[5:7] > b.date[5:7] and int(b.date[:4]) > 1:
        # "from December 28 to January 3, 2017", « du 28 décembre au 3 janvier 2017 »: a
        # range across the new year, its start in the year before the end's
        low = f"{int(b.date[:4]) - 1:04d}{a.date[4:]}"
        if len(low) == 10 and not valid_date(int(low[5:7]), int(low[8:]), int(low[:4])):
            return None
    if not low < high:
        return None
    return make_expr(a.start, b.end, Decimal(int(low[:4])), "digits", a.start, b.end, date=low,
                     high_date=high)


_DAY_DIGITS = re.compile(r"[0-9０-９]{1,2}")


def _day_tail(text: str, e: Expr, lex: Lexicon) -> Expr:
    """2020年1月1日至10日: a day alone after a CJK date with a day, in the same month;
    2021年3月3～5日: two days after a year and month, the day marker written once."""
    if lex.cjk_day_tail is None or not _plain_date(e) or e.date is None \
            or (e.relative and e.relative != NO_YEAR):
        return e
    if len(e.date) == 7:
        first = _DAY_DIGITS.match(text, e.end)
        m = lex.cjk_day_tail.match(text, first.end()) if first is not None else None
        last = small_number(m.group("d"), lex.profile) if m is not None else None
        if first is None or m is None or last is None or \
                any(text.startswith(w, m.end()) for w in lex.profile.day_duration_before):
            return e
        year, month, day = int(e.date[:4]), int(e.date[5:7]), int(ascii_digits(first.group()))
        if not (day < last and valid_date(month, day, year) and valid_date(month, last, year)):
            return e
        return replace(e, end=m.end(), num_end=m.end(), date=f"{e.date}-{day:02d}",
                       high_date=f"{e.date}-{last:02d}")
    if len(e.date) != 10:
        return e
    m = lex.cjk_day_tail.match(text, e.end)
    last = small_number(m.group("d"), lex.profile) if m is not None else None
    if m is None or last is None or last <= int(e.date[8:]) or \
            not valid_date(int(e.date[5:7]), last, int(e.date[:4]) or None) or \
            any(text.startswith(w, m.end()) for w in lex.profile.day_duration_before):
        return e  # (9月12日から14日間: from the 12th, for 14 days)
    return replace(e, end=m.end(), num_end=m.end(), high_date=f"{e.date[:8]}{last:02d}")


def _decade(start: int, end: int, year: int, *, century_stated: bool = False) -> Expr:
    """1960年代: 1960 to 1969. 1800年代 may be the decade or the century: held (unless a
    century word says which: 20世纪00年代 is 1900 to 1909)."""
    if year % 10 or (not year % 100 and not century_stated) or year not in _YEARS:
        return held(start, end)
    return make_expr(start, end, Decimal(year), "digits", start, end, date=iso(year),
                     high_date=iso(year + 9), whole_period=True)


def _decades(text: str, lex: Lexicon, digits: bool = True,
             words: frozenset[str] | None = None) -> Iterator[Expr]:
    """'1960s', 'années 1960', '1960-an', 20世纪60年代: one date spanning the decade. A decade
    in two digits ("années 60", 60年代) names no century: held, neither a date nor a
    number (60年代 is no 60-year duration). `digits`: whether the text holds a digit (a
    Latin-script decade is written in digits); `words` its letter_words, if known."""
    for pattern, hint in lex.latin_decades if digits else ():
        if hint is not None and hint.search(text) is None:
            continue
        found = (pattern.finditer(text, letter_words(text) if words is None else words)
                 if isinstance(pattern, WordScan) else pattern.finditer(text))
        for m in found:
            year = m.group("y")
            before = back_spaces(text, m.start())
            if len(year) == 2 or text[:before].endswith("#") or \
                    lex.references.before(text, before) is not None:
                yield held(m.start(), m.end())  # "# 1860s", "No. 1860s": a model number
            else:
                yield _decade(m.start(), m.end(), int(year))
    prof = lex.profile
    if (lex.cjk_century_decade is None and lex.cjk_bare_decade is None) \
            or not lex.decade_gate.open(text, frozenset()):
        return  # no decade word: no CJK decade
    if lex.cjk_century_decade is not None:
        for m in lex.cjk_century_decade.finditer(text):
            century, decade = small_number(m.group("c"), prof), small_number(m.group("dd"), prof)
            if century is None or decade is None or not 1 <= century <= 30 or decade > 90:
                yield held(m.start(), m.end())
            else:
                yield _decade(m.start(), m.end(), (century - 1) * 100 + decade,
                              century_stated=True)
    if lex.cjk_bare_decade is not None:
        for m in lex.cjk_bare_decade.finditer(text):
            decade = small_number(m.group("dd"), prof)
            if decade is not None and decade % 10 == 0 and decade <= 90:
                yield held(m.start(), m.end())


_LAST_TOKEN = re.compile(r"(\S+)$")


def _weekday_before(text: str, start: int, prof: LanguageProfile) -> bool:
    """Whether a weekday's name (CLDR's) ends right before `start`, a space between."""
    words = text[:start].split()
    return bool(words) and text[start - 1:start].isspace() \
        and words[-1].strip(",").casefold() in prof.weekdays


def _relative_dates(text: str, lex: Lexicon) -> Iterator[Expr]:
    prof = lex.profile
    if lex.relative is None:
        return
    for m in lex.relative.finditer(text):
        spec = prof.relative.get(re.sub(r"\s+", " ", m.group(0)).casefold())
        if spec is None or lex.relative_not_before.at(text, m.end()) is not None:
            continue  # 前年比: "compared with the previous year", a comparison, no date
        if spec.unit == "year" and (prof.relative_from_words or prof.relative_object_words) \
                and _base_of_change(text, m.end(), prof, lex):
            continue  # 前年の64.2％から4.6ポイント低下, 前年から2ポイント: the base of a change
        if spec.unit == "week" and text.startswith(prof.relative_week_not_before, m.end()):
            continue  # 上周五: last Friday, a day no version dates as a week
        if spec.unit == "week" and lex.relative_week_not_after.entries \
                and lex.relative_week_not_after.before(text, back_spaces(text, m.start())):
            continue  # "akhir pekan itu": that weekend, no week
        if spec.unit == "week" and _weekday_before(text, m.start(), prof):
            continue  # "Kamis pekan lalu": last week's Thursday, a day, no week
        if spec.unit == "year" and lex.relative_not_after.entries \
                and lex.relative_not_after.before(text, back_spaces(text, m.start())):
            # "musim panas tahun lalu": last summer, a season (as in every language); "up
            # 4.5% from the previous year": the base of a year-on-year change (前年比)
            continue
        if spec.unit == "month" and lex.relative_month_not_after.entries \
                and lex.relative_month_not_after.before(text, back_spaces(text, m.start())):
            continue  # "up 5% from the previous month", 较上月: the base of a change (前月比)
        if lex.durations.at(text, m.start()) is not None \
                and _after_number(text, m.start(), lex):
            # A phrase that opens with its unit, after a number: "3 tahun lalu", "3,9 juta
            # tahun lalu" (years ago), "20 tahun berikutnya" (the next 20 years) are
            # durations. "sold 3 last year" keeps its date.
            continue
        end, month, day = m.end(), None, None
        follow = lex.cjk_month_follow.match(text, end) if lex.cjk_month_follow else None
        f_month = small_number(follow.group("m"), prof) if follow is not None else None
        f_day = small_number(follow.group("d"), prof) if follow is not None else None
        if follow is not None and valid_date(f_month, f_day):
            end, month, day = follow.end(), f_month, f_day
        elif spec.unit == "month" and lex.cjk_relative_day is not None:
            # 今月27日, 上月20日: a day of the month said relatively ("0000-00-27" until
            # relative.resolve knows the month)
            follow = lex.cjk_relative_day.match(text, end)
            f_day = small_number(follow.group("d"), prof) if follow is not None else None
            if follow is not None and f_day is not None and 1 <= f_day <= 31:
                yield make_expr(m.start(), follow.end(), Decimal(0), "digits", m.start(),
                                follow.end(), relative=spec.phrase, rel_spec=spec,
                                date=f"0000-00-{f_day:02d}")
                continue
        yield make_expr(m.start(), end, Decimal(0), "digits", m.start(), end,
                        relative=spec.phrase, rel_spec=spec,
                        date=iso(0, month, day) if month else None)


def _relative_days(text: str, lex: Lexicon) -> Iterator[Expr]:
    """A day of a month said relatively, in a spaced script: "the 20th of next month", "le
    20 du mois prochain" (du: "de le", [date_forms] relative_day_links), "tanggal 20 bulan
    depan"; the day's date waits for relative.resolve as 今月27日 does."""
    prof = lex.profile
    assert lex.relative_day is not None and lex.relative is not None
    for m in lex.relative_day.finditer(text):
        day = int(m.group("d"))
        link = m.group("link") if "link" in m.re.groupindex else None
        stands_for = prof.date_relative_day_links.get(link.casefold(), "") if link else ""
        tail = stands_for + text[m.end():m.end() + 80]
        found = lex.relative.match(tail)
        if found is None or not 1 <= day <= 31:
            continue
        end = m.end() + found.end() - len(stands_for)
        spec = prof.relative.get(re.sub(r"\s+", " ", found.group(0)).casefold())
        if spec is None or spec.unit != "month" or end <= m.end() \
                or text[end:end + 1].isalnum():
            continue
        yield make_expr(m.start("d"), end, Decimal(0), "digits", m.start("d"), end,
                        relative=spec.phrase, rel_spec=spec, date=f"0000-00-{day:02d}")


_NUMBER_HEAD = re.compile(r"[0-9０-９]")


def _base_of_change(text: str, pos: int, prof: LanguageProfile, lex: Lexicon) -> bool:
    """Whether a relative year ending at `pos` is the base a change counts from: a word of
    `relative_from_words` right after it and a number after that (前年から2ポイント), or its
    genitive, a number and such a word within a few characters (前年の64.2％から); or a
    word of `relative_object_words` right after it and a number (前年を23ポイント)."""
    for word in (*prof.relative_from_words, *prof.relative_object_words):
        if text.startswith(word, pos) and _NUMBER_HEAD.match(text, pos + len(word)):
            return True
    genitive = prof.relative_genitive
    if not genitive or not text.startswith(genitive, pos):
        return False
    number = pos + len(genitive)
    qualifier = lex.qual_before.at(text, number)  # 前年の約2万4000件から: approximately
    if qualifier is not None:
        number = qualifier[0]
    if not _NUMBER_HEAD.match(text, number):
        return False
    window = text[number:number + 16]
    cut = min((window.find(c) for c in "、。，," if c in window), default=len(window))
    return any(word in window[:cut] for word in prof.relative_from_words)


def _after_number(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a number that is no amount of money (digits, a number word, a scale word)
    ends just before pos: "3 tahun lalu" is three years ago, "$5 juta tahun lalu" is $5
    million last year."""
    before = back_spaces(text, pos)
    if before == 0 or (before == pos and not lex.profile.cjk):
        return False
    scale = lex.scales.before(text, before)
    if scale is not None:
        before = back_spaces(text, scale[0])
    digits = re.search(r"[0-9][0-9.,\-–]*$", text[:before])
    if digits is not None:
        if scale is None and _precise(digits.group(0)):
            return False  # "turun menjadi 13.213 tahun lalu": 13,213 (things) last year
        before = digits.start()
    else:
        word = re.search(r"[^\W\d_]+$", text[:before])
        if word is None or (word.group(0).casefold() not in lex.profile.number_words
                            and word.group(0).casefold() not in lex.profile.spelled.roles
                            and scale is None):
            return False  # ("dua belas bulan yang sama": belas ends a spelled number)
        before = word.start()
    return lex.currency_before.before(text, back_spaces(text, before)) is None


def _precise(digits: str) -> bool:
    """A whole number of thousands or more not rounded to ten ("13.213", "26,434"): a count,
    never how many years ago ("10.000 tahun lalu", "2,500 years ago" are round)."""
    plain = digits.replace(".", "").replace(",", "")
    return plain.isdigit() and int(plain) >= 1000 and int(plain) % 10 != 0


def _named_days(text: str, lex: Lexicon) -> Iterator[Expr]:
    """元日, 2024年元日, "New Year's Day 2024" ([named_days]): that day and month, in the
    year written with it, else in the year the story's time gives (as a month and day)."""
    assert lex.named_days is not None
    for m in lex.named_days.finditer(text):
        month, day = lex.profile.named_days[m.group("n")]
        year = int(ascii_digits(m.group("y"))) if m.group("y") else None
        if year is not None and year not in _YEARS:
            continue
        yield _month_expr(m.start(), m.end(), year, month, day)


def _month_expr(start: int, end: int, year: int | None, month: int | None,
                day: int | None) -> Expr:
    if year is not None:
        return make_expr(start, end, Decimal(year), "digits", start, end,
                         date=iso(year, month, day))
    # A month (and day) with no year: resolved against the last year the text stated.
    return make_expr(start, end, Decimal(0), "digits", start, end, relative=NO_YEAR,
                     date=iso(0, month, day))

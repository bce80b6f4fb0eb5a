"""Absolute and month-only dates written in words or with 年月日 markers."""

from __future__ import annotations

import calendar
import re
from decimal import Decimal

from reconcile.extraction.expr import Expr, non_overlapping
from reconcile.extraction.lexicon import Lexicon
from reconcile.numbers import ascii_digits


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
    found: list[Expr] = []
    prof = lex.profile
    for pattern in lex.latin_dates:
        for m in pattern.finditer(text):
            month = prof.months.get(m.group("m").casefold().rstrip(".")) or prof.months.get(
                m.group("m").casefold())
            groups = m.groupdict()
            year, day = int_of(groups.get("y")), int_of(groups.get("d"))
            if month is None or not valid_date(month, day, year):
                continue
            found.append(_month_expr(m.start(), m.end(), year, month, day))
    if lex.cjk_full_date is not None:
        for m in lex.cjk_full_date.finditer(text):
            year = int_of("".join(str(prof.han_digits.get(ch, ch)) for ch in m.group("y")))
            month, day = int_of(m.group("m")), int_of(m.group("d"))
            if year is None:
                continue
            end = m.end()
            if not valid_date(month, day, year):
                # 2023年2月30日 is no day: keep what is certain, the year.
                month = day = None
                end = m.end("y") + len(prof.date_year)
            found.append(Expr(m.start(), end, Decimal(year), "digits", m.start(), end,
                               date=iso(year, month, day)))
    if lex.cjk_month_date is not None:
        for m in lex.cjk_month_date.finditer(text):
            month, day = int_of(m.group("m")), int_of(m.group("d"))
            if valid_date(month, day):
                found.append(_month_expr(m.start(), m.end(), None, month, day))
    if lex.relative is not None:
        for m in lex.relative.finditer(text):
            spec = prof.relative.get(re.sub(r"\s+", " ", m.group(0)).casefold())
            if spec is None:
                continue
            end, month, day = m.end(), None, None
            follow = lex.cjk_month_follow.match(text, end) if lex.cjk_month_follow else None
            f_month = int_of(follow.group("m")) if follow is not None else None
            f_day = int_of(follow.group("d")) if follow is not None else None
            if follow is not None and valid_date(f_month, f_day):
                end, month, day = follow.end(), f_month, f_day
            found.append(Expr(m.start(), end, Decimal(0), "digits", m.start(), end,
                               relative=spec.phrase, rel_spec=spec,
                               date=iso(0, month, day) if month else None))
    return non_overlapping(found)


def _month_expr(start: int, end: int, year: int | None, month: int | None,
                day: int | None) -> Expr:
    if year is not None:
        return Expr(start, end, Decimal(year), "digits", start, end,
                     date=iso(year, month, day))
    # A month (and day) with no year: resolved against the last year the text stated.
    return Expr(start, end, Decimal(0), "digits", start, end, relative="month without year",
                 date=iso(0, month, day))

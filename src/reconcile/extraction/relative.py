"""Relative dates ("the same year", "翌月") resolved against the dates a text states."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reconcile.extraction.dates import iso, nearest_century, valid_date
from reconcile.extraction.expr import NO_CENTURY, Expr


@dataclass(frozen=True)
class Anchors:
    """The dates stated so far in a document, for resolving relative dates."""

    year: int | None = None
    month: int | None = None
    # The time of writing, (year, month) of the source's publication date: what "last
    # year" or "this month" count from. None: unknown, those stay relative.
    now: tuple[int, int | None] | None = None
    # Whether the story's time was last set by a month without a year, itself read
    # against the publication (from_publication): its year is that reading's, no year
    # the text stated ("in December" in a March story: the months after it are still
    # read against March).
    by_month: bool = False


def resolve(e: Expr, anchors: Anchors, *, past: bool = False, step: int = 0
            ) -> tuple[str | None, str | None]:
    """(date, anchor) of a relative expression, resolved when the text stated its anchor;
    `past`: a month without a year that opens a period up to now ("since January", "depuis
    juin", 1月以降) is the last one at or before the anchor's month; `step` -1: one said as
    the last ("last November") is the last one before it, 1: the next one after it."""
    spec = e.rel_spec
    month = int(e.date[5:7]) if e.date and len(e.date) >= 7 else None
    day = int(e.date[8:10]) if e.date and len(e.date) >= 10 else None
    if e.relative == NO_CENTURY and e.date:
        if anchors.year is None:
            return None, None
        # 24年8月: the century that puts the year nearest the story's date (or time,
        # unknown the date: a flashback to 1949 leaves 26年 in 2026)
        year = nearest_century(int(e.date[:4]), anchors.now[0] if anchors.now else anchors.year)
        return iso(year, month, day), iso(anchors.year, anchors.month)
    if spec is not None and spec.ref == "now":
        if anchors.now is None:
            return None, None
        anchors = Anchors(*anchors.now)
    if anchors.year is None:
        return None, None
    anchor = iso(anchors.year, anchors.month)
    if spec is None and month is not None and anchors.month is not None:
        # A month without a year is read in the year that puts it nearest the anchor's
        # month: "31 January" after March 2020 is 2020, "January" after December 2019 is
        # 2020; six months either way is the anchor's year. While the story's time is in
        # the year of publication, it is read against the month of publication, and news
        # tells the past more than the future: up to nine months back ("March 28" in an
        # October story) and five ahead is that year, as a newspaper leaves out the year
        # of its own ("the first fire on March 28 … the last one out on October 21"); six
        # either way is the past ("July" in a January story).
        if from_publication(anchors):
            year = _published_year(anchors, month)
        else:
            shift = anchors.month - month
            year = anchors.year + (1 if shift > 6 else -1 if shift < -6 else 0)
        if past:
            year = anchors.year - (1 if month > anchors.month else 0)
        if step:
            # "avril dernier", "last April": the last one before the time of writing,
            # when it is known, whatever date the sentence stated before it
            ref_year, ref_month = anchors.year, anchors.month
            if anchors.now is not None and anchors.now[1] is not None:
                ref_year, ref_month = anchors.now[0], anchors.now[1]
            year = ref_year - (month >= ref_month) if step < 0 \
                else ref_year + (month <= ref_month)
        return iso(year, month, day), anchor
    if spec is None or spec.unit == "year":
        year = anchors.year + (spec.offset if spec else 0)
        return iso(year, month, day), anchor
    if spec.unit == "month" and anchors.month is not None:
        total = anchors.year * 12 + anchors.month - 1 + spec.offset
        year, month = total // 12, total % 12 + 1
        if day is not None:  # 今月27日: a day of that month
            return (iso(year, month, day) if valid_date(month, day, year) else None), anchor
        return iso(year, month), anchor
    return None, anchor


def _published_year(anchors: Anchors, month: int) -> int:
    """The year of a month without a year read against the month of publication
    (from_publication): up to nine months back, five ahead."""
    assert anchors.now is not None and anchors.now[1] is not None
    shift = anchors.now[1] - month
    return anchors.now[0] + (1 if shift > 9 else -1 if shift < -5 else 0)


def published_period_start(anchors: Anchors, first: int, last: int) -> int:
    """The year of the first month of a period of months without a year ("the third
    quarter", "October-December") read against the month of publication: the year its
    middle month is read in ("the third quarter" is 2025's in March 2025, a forecast,
    2024's in February 2025, a result), less one if the period turns a year before it."""
    middle = (first - 1 + (last - first) % 12 // 2) % 12 + 1
    return _published_year(anchors, middle) - (middle < first)


def from_publication(anchors: Anchors) -> bool:
    """Whether a month without a year is read against the month of publication (resolve):
    the story's time is in the year of publication, whose month is known, or was set by a
    month read so (Anchors.by_month)."""
    now = anchors.now
    return now is not None and now[1] is not None and (now[0] == anchors.year
                                                       or anchors.by_month)


def floating_key(e: Expr) -> str | None:
    """What a relative date states by itself, whatever its anchor (Claim.floating): the
    month and day of a date without a year ("--07-04", "--07"), or the step from its
    reference ("now-1 month", "text+0 year", with "--MM" when it names a month: "同年7月")."""
    if e.relative == NO_CENTURY:
        return None  # a year of its own, its century aside
    stated = e.date[4:] if e.date and len(e.date) >= 7 else ""  # "-07-04", "-07" or ""
    spec = e.rel_spec
    if spec is not None and spec.unit == "month" and stated.startswith("-00-"):
        # 今月27日: the day of a month said relatively, as ISO 8601 writes a day alone
        return f"{spec.ref}{spec.offset:+d} month---{stated[4:]}"

    if spec is None:
        return f"-{stated}" if stated else None
    return f"{spec.ref}{spec.offset:+d} {spec.unit}" + (f"-{stated}" if stated else "")


def anchor_from(date: str) -> Anchors:
    """The anchor a stated date gives later relative dates: the date itself, or the end of
    a named period of months ("the year ended December 31, 2023", "2024年3月期": the
    previous year of a fiscal year is the one before its last month's)."""
    at = date.split("/")[-1]
    year = int(at[:4])
    month = int(at[5:7]) if len(at) >= 7 else None
    return Anchors(year, month)


# A stated publication date: YYYY, YYYY-MM or YYYY-MM-DD (a time after it is ignored).
_PUBLISHED = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2])(?:-\d{2})?)?(?![\d])")


def publication_anchor(published: str | None) -> Anchors:
    """The anchor a source's publication date gives its relative dates ("last year" in a
    page published in May 2023 is 2022, "the same year" before any other date is 2023);
    none when the date is missing or not ISO."""
    match = _PUBLISHED.match(published.strip()) if published else None
    if match is None:
        return Anchors()
    year, month = int(match.group(1)), int(match.group(2)) if match.group(2) else None
    return Anchors(year, month, (year, month))

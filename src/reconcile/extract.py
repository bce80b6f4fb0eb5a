"""Claim extraction: money, counts, percentages, dates, durations, multipliers and measured
quantities in segments.

The extractor works on one segment (sentence or bullet) at a time, in four passes:
dates (which reserve their spans), number atoms (digits, Han numerals, number words),
growing each atom into an expression (scale, currency, unit and qualifier words around
it, looked up in the language profile), and joining two expressions around a range
connector. Every claim keeps exact offsets: document.text[start:end] == surface.

Each job lives in its own module of `reconcile.extraction`: phrases (phrase tables),
lexicon (a profile compiled for matching), dates, atoms (number atoms), grow (growth and
ranges), quantities (unit words and conversion), keep (which expressions are claims) and
relative (relative dates). This module only composes them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from decimal import Decimal, localcontext

from reconcile.extraction.atoms import atoms
from reconcile.extraction.dates import date_exprs
from reconcile.extraction.expr import Expr, overlaps_any
from reconcile.extraction.grow import attach_several, grow, is_identifier, join_ranges
from reconcile.extraction.keep import (
    as_year,
    bare_year,
    claim_kind,
    count_noun,
    keep,
    orphan_percent,
)
from reconcile.extraction.lexicon import Lexicon, lexicon
from reconcile.extraction.relative import Anchors, anchor_from, resolve
from reconcile.model import Claim, ClaimKind, Qualifier, Segment

# URLs, file names, handles: their digits are never claims. Tested token by token (split
# on whitespace first) so an unbroken 100,000-character run is scanned once, not per start.
_TOKEN = re.compile(r"\S+")


_URL_TOKEN = re.compile(r"://|^www\.|\.(?:html?|php|aspx?|jsp)\b|^@\w")


def _norm(value: Decimal) -> Decimal:
    """1900000.0 → 1900000, 0.250 → 0.25: one spelling per value, exactly."""
    if value == value.to_integral_value():
        # Precision wide enough for the value: 10**40 quantizes exactly, never raises.
        with localcontext() as ctx:
            ctx.prec = max(28, value.adjusted() + 2)
            return value.quantize(Decimal(1))
    return value.normalize()


def _values(e: Expr) -> tuple[Decimal | None, Decimal | None, Qualifier]:
    low, high, qualifier = _raw_values(e)
    return (None if low is None else _norm(low), None if high is None else _norm(high),
            qualifier)


def _raw_values(e: Expr) -> tuple[Decimal | None, Decimal | None, Qualifier]:
    if e.high is not None:
        return e.value, e.high, "range"
    if e.several is not None:
        return e.value * e.several[0], e.value * e.several[1], "several"
    if e.qualifier in ("gt", "gte"):
        return e.value, None, e.qualifier
    if e.qualifier in ("lt", "lte"):
        return None, e.value, e.qualifier
    return e.value, e.value, e.qualifier


def segment_exprs(text: str, lex: Lexicon, *, heading: bool = False) -> list[Expr]:
    """All claim expressions of one segment's text, in order (offsets local to text)."""
    urls = [(m.start(), m.end()) for m in _TOKEN.finditer(text)
            if _URL_TOKEN.search(m.group(0))]
    dates = [d for d in date_exprs(text, lex) if not overlaps_any(d.start, d.end, urls)]
    blocked = sorted([*urls, *((d.start, d.end) for d in dates)])
    starts = [start for start, _ in blocked]
    grown: list[Expr] = []
    for atom in atoms(text, lex, blocked):
        if grown and atom.start < grown[-1].end:
            continue
        # Grow only up to the next date or URL: "$5 juta tahun ini" keeps "$5 juta".
        at = bisect.bisect_left(starts, atom.end)
        limit = starts[at] if at < len(starts) else len(text)
        expr = grow(text[:limit], atom, lex)
        if overlaps_any(expr.start, expr.end, blocked):
            expr = atom  # the words before it belong to a date or URL
        is_year = bare_year(expr) and not is_identifier(text, expr, False)
        grown.append(as_year(expr) if is_year else expr)
    exprs = sorted([*dates, *grown], key=lambda e: e.start)
    exprs = attach_several(text, exprs)
    exprs = join_ranges(text, exprs, lex)
    return orphan_percent(text, exprs, lex)


def extract_segments(
    doc_text: str,
    segments: Sequence[Segment],
    *,
    source: str | None = None,
    include_boilerplate: bool = False,
) -> list[Claim]:
    """Claims of a document's segments, in text order; relative dates resolved as we go.

    A relative date ("同年7月", "le mois suivant") resolves against its paragraph's topic
    date: the first date the paragraph states before it, else the topic date of the last
    paragraph that stated one. Later dates in a paragraph are often asides ("as of October
    2024, …") that do not move the story's time.
    """
    claims: list[Claim] = []
    topic = Anchors()
    para_topic: Anchors | None = None
    paragraph: int | None = None
    for seg in segments:
        if seg.boilerplate and not include_boilerplate:
            continue
        if seg.paragraph != paragraph:
            topic, para_topic, paragraph = para_topic or topic, None, seg.paragraph
        lex = lexicon(seg.lang)
        heading = seg.kind == "heading"
        for e in segment_exprs(seg.text, lex, heading=heading):
            kind = claim_kind(e)
            if not keep(seg.text, e, kind, lex, heading):
                continue
            claim = _claim(doc_text, seg, e, kind, lex, para_topic or topic, source)
            claims.append(claim)
            if claim.date and para_topic is None and not seg.boilerplate:
                para_topic = anchor_from(claim.date)
    return claims


def _claim(doc_text: str, seg: Segment, e: Expr, kind: ClaimKind, lex: Lexicon,
           anchors: Anchors, source: str | None) -> Claim:
    start, end = seg.start + e.start, seg.start + e.end
    date: str | None = None
    anchor: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    if kind == "date":
        qualifier: Qualifier = "range" if e.high_date else e.qualifier
        if e.relative:
            date, anchor = resolve(e, anchors)
        else:
            date = f"{e.date}/{e.high_date}" if e.high_date else e.date
    else:
        low, high, qualifier = _values(e)
        unit = _unit(seg.text, e, kind, lex)
    return Claim(
        kind=kind, surface=doc_text[start:end], start=start, end=end, sentence=seg.text,
        lang=seg.lang, low=low, high=high, qualifier=qualifier, unit=unit, date=date,
        relative=e.relative, anchor=anchor, source=source, sentence_start=seg.start,
        boilerplate=seg.boilerplate,
    )


def _unit(text: str, e: Expr, kind: ClaimKind, lex: Lexicon) -> str | None:
    if kind == "money":
        return e.currency
    if kind == "percent":
        return e.quantity or "percent"  # "percentage point" is a percent's other unit
    if kind == "quantity":
        return e.quantity
    if kind == "duration":
        return e.duration
    if kind == "multiplier":
        return "times"
    return e.counter or count_noun(text, e.end, lex)

"""Claim extraction: money, counts, percentages, dates, durations, multipliers and measured
quantities in segments.

The extractor works on one segment (sentence or bullet) at a time, in four passes:
dates (which reserve their spans), number atoms (digits, Han numerals, number words),
growing each atom into an expression (scale, currency, unit and qualifier words around
it, looked up in the language profile), and joining two expressions around a range
connector. Every claim keeps exact offsets: document.text[start:end] == surface.

Each job lives in its own module of `reconcile.extraction`: phrases (phrase tables),
lexicon (a profile compiled for matching), dates, atoms (number atoms), grow (growth and
ranges), money (money context and currency marks), quantities (unit words and conversion),
keep (which expressions are claims), nonclaims (clock times, scores, ages, references) and
relative (relative dates). This module only composes them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext
from functools import lru_cache

from reconcile.concepts import noun_at
from reconcile.detect import is_cjk
from reconcile.extraction.atoms import atoms, tally_atoms
from reconcile.extraction.compound import (
    colon_spans,
    compound_amounts,
    compound_measures,
    race_spans,
)
from reconcile.extraction.dates import date_exprs, nearest_century
from reconcile.extraction.days import day_of_month_claims
from reconcile.extraction.dimensions import dimension_atoms
from reconcile.extraction.during import periods_after_amounts
from reconcile.extraction.expr import (
    NO_CENTURY,
    NO_YEAR,
    Expr,
    evolve,
    make_expr,
    noun_pos,
    overlaps_any,
)
from reconcile.extraction.grow import (
    attach_several,
    change_bases,
    counted_levels,
    grow,
    is_identifier,
    join_ranges,
    multiple_of_dated_base,
    named_atom,
    points_to_percent,
    qualified_across_of,
    rate_changes_in_points,
    rates_in_brackets,
    scaled_money,
    share_units,
)
from reconcile.extraction.keep import (
    YEAR_RANGE,
    as_year,
    bare_year,
    bound_year,
    claim_kind,
    count_noun,
    early_year,
    four_digits,
    glued_noun,
    hyphen_compound,
    keep,
    price_level,
)
from reconcile.extraction.lexicon import Lexicon, lexicon
from reconcile.extraction.money import (
    exchange_quotes,
    instrument_counts,
    money_by_document,
    named_countries_currencies,
    resolve_currency,
    stated_currencies,
)
from reconcile.extraction.nonclaims import (
    before_era_spans,
    claim_atoms,
    nonclaim_spans,
    proportion_shares,
)
from reconcile.extraction.phrases import back_spaces, letter_words, skip_spaces
from reconcile.extraction.qualified import qualify_currencies
from reconcile.extraction.quantities import BASIS_POINT, BASIS_POINT_FACTOR, PERCENTAGE_POINT
from reconcile.extraction.relative import (
    Anchors,
    anchor_from,
    floating_key,
    from_publication,
    publication_anchor,
    published_period_start,
    resolve,
)
from reconcile.extraction.shares import share_atoms
from reconcile.extraction.streaks import streak_exprs
from reconcile.extraction.weekdays import weekday_claims
from reconcile.lang import LanguageProfile
from reconcile.model import Claim, ClaimKind, Qualifier, Segment
from reconcile.numbers import fold_width
from reconcile.scope import month_step, record_date, scope_words, since_date, target_date

# URLs, file names, handles: their digits are never claims. Tested token by token (split
# on whitespace first) so an unbroken 100,000-character run is scanned once, not per start.
# A token also ends at CJK text and full-width punctuation, as a link does in unspaced
# scripts (详见http://www.bla.com。: the sentence before the link is no part of it).
_TOKEN = re.compile(r"[^\s\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]+")


_ANY_DIGIT = re.compile(r"\d")
_URL_TOKEN = re.compile(r"://|^www\.|\.(?:html?|php|aspx?|jsp)\b|^@\w")


def _url_hint(text: str) -> bool:
    """Whether the text holds what any URL token holds somewhere (a few substring tests,
    each one fast scan): a text without any of them has no URL token."""
    return ("://" in text or "www." in text or "@" in text or ".htm" in text
            or ".php" in text or ".asp" in text or ".jsp" in text)


def _norm(value: Decimal) -> Decimal:
    """1900000.0 → 1900000, 0.250 → 0.25: one spelling per value, exactly."""
    if value == value.to_integral_value():
        if value and value.is_finite():
            # What the quantize below gives (the integer, exponent 0), without a context.
            return Decimal(int(value))
        # Precision wide enough for the value: 10**40 quantizes exactly, never raises.
        with localcontext() as ctx:
            ctx.prec = max(28, value.adjusted() + 2)
            return value.quantize(Decimal(1))
    return value.normalize()


def _values(e: Expr) -> tuple[Decimal | None, Decimal | None, Qualifier]:
    low, high, qualifier = _raw_values(e)
    if e.quantity == BASIS_POINT:  # stated in percentage points, as its unit says
        low = None if low is None else low * BASIS_POINT_FACTOR
        high = None if high is None else high * BASIS_POINT_FACTOR
    low_norm = None if low is None else _norm(low)
    # (one value read once: the low and high of an exact amount are the same Decimal)
    return (low_norm, low_norm if high is low else None if high is None else _norm(high),
            qualifier)


def _raw_values(e: Expr) -> tuple[Decimal | None, Decimal | None, Qualifier]:
    if e.high is not None:
        return e.value, e.high, "range"
    if e.several is not None:
        low, high = e.value * e.several[0], e.value * e.several[1]
        if e.qualifier not in ("gt", "gte", "lt", "lte"):
            return low, high, "several"
        middle = (low + high) / 2
        if middle == middle.to_integral_value() and high <= 2 * low:
            # "plus d'une centaine" (more than about 100): a bound on the amount the vague
            # word stands for (an interval around it, [vague]), not its interval (75 to 125).
            return (middle, None, e.qualifier) if e.qualifier in ("gt", "gte") \
                else (None, middle, e.qualifier)
        # "at least several hundred", "more than hundreds": a bound past the interval's
        # near end (200, not its middle); "at most several hundred": its far end (900).
        return (low, None, e.qualifier) if e.qualifier in ("gt", "gte") \
            else (None, high, e.qualifier)
    if e.qualifier in ("gt", "gte"):
        return e.value, None, e.qualifier
    if e.qualifier in ("lt", "lte"):
        return None, e.value, e.qualifier
    return e.value, e.value, e.qualifier


def segment_exprs(text: str, lex: Lexicon, *, heading: bool = False) -> list[Expr]:
    """All claim expressions of one segment's text, in order (offsets local to text)."""
    urls = [(m.start(), m.end()) for m in _TOKEN.finditer(text)
            if _URL_TOKEN.search(m.group(0))] if _url_hint(text) else []
    words = letter_words(text)  # once for every gate of the segment
    digits = _ANY_DIGIT.search(text) is not None  # once for every reader of the segment
    eras = before_era_spans(text, lex, words, digits)
    # "from the same period a year earlier": the base of a change, no date nor span (its
    # dates are dropped, its numbers never read)
    bases = [(m.start(), m.end()) for m in lex.bases.finditer(text)] \
        if lex.bases is not None and lex.bases_gate.open(text, words) else []
    unread = sorted([*urls, *eras, *bases]) if urls or eras or bases else []
    # (No comprehension made where there is nothing to filter or list: most segments
    # state no date, and half of them no number.)
    dates = date_exprs(text, lex, words, digits)
    if len(dates) > 1:
        dates = _days_of_relative_years(text, dates, lex)  # "April 1 last year"
    if dates and digits and not lex.profile.cjk:
        dates = [_two_digit_year_after(text, d, lex) for d in dates]  # "on 3 Aug 96 in"
    # (a date that restates one in brackets still blocks its digits: "(31/7/2025)")
    restated = _restated(text, dates) if len(dates) > 1 and "(" in text else []
    if digits and ":" in text and (spans := colon_spans(text, lex)):
        dates = sorted([*dates, *spans], key=lambda e: e.start)  # "won in 2:00:16"
    if digits and (races := race_spans(text, lex)):
        # "4:24.65", "4 min 23 s 71", 4分23秒71: read as the times they are, first
        taken = [(d.start, d.end) for d in dates]
        dates = sorted([*dates, *(r for r in races if not overlaps_any(r.start, r.end, taken))],
                       key=lambda e: e.start)
    if dates and unread:
        dates = [d for d in dates if not overlaps_any(d.start, d.end, unread)]
    date_spans = [(d.start, d.end) for d in dates] if dates else []
    never = nonclaim_spans(text, lex, date_spans, words, eras, digits)
    if bases:
        never = sorted([*never, *bases])
    blocked = sorted([*urls, *date_spans])
    starts = [start for start, _ in blocked] if blocked else []
    grown: list[Expr] = []
    # "a fifth of", 4分の1, 一半: shares, read first (their words are no other number)
    shares = share_atoms(text, lex, words)
    if shares:
        shares = [s for s in shares if not overlaps_any(s.start, s.end, blocked)
                  and not overlaps_any(s.start, s.end, never)]
    if digits and lex.profile.quantities.dimension_links \
            and (sizes := dimension_atoms(text, lex)):
        # "146 by 114 centimetres": the first number of a size takes the second's unit
        shares = sorted([*shares, *(d for d in sizes
                                    if not overlaps_any(d.start, d.end, blocked))],
                        key=lambda e: e.start)
    if never and lex.ratio is not None and (proportions := proportion_shares(text, lex, words)):
        # "one in four", 4人に1人: a proportion's share (its numbers are never counts)
        shares = sorted([*shares, *(p for p in proportions
                                    if not overlaps_any(p.start, p.end, blocked))],
                        key=lambda e: e.start)
    rough_shares = {id(s) for s in shares if s.qualifier == "approx"} if shares else set()
    found = atoms(text, lex, sorted([*blocked, *never, *((s.start, s.end) for s in shares)])
                  if shares else sorted([*blocked, *never]), words, digits)
    if shares:
        found = sorted([*found, *shares], key=lambda a: a.start)
    for atom in claim_atoms(text, found, lex):
        if (grown and atom.start < grown[-1].end) \
                or (atom.origin == "digits" and named_atom(text, atom, lex)):
            continue  # covered by the number before, or a name's ("G7"): never a claim
        # Grow only up to the next date or URL: "$5 juta tahun ini" keeps "$5 juta".
        at = bisect.bisect_left(starts, atom.end)
        limit = starts[at] if at < len(starts) else len(text)
        # (an inexact share, "a third", is about its value unless a bound is read before
        # it: "more than a third")
        rough = atom.percent and atom.qualifier == "approx" and id(atom) in rough_shares
        if rough:
            atom = evolve(atom, qualifier="eq")
        # (a size's first number has its unit already, the link after it no multiplier:
        # "146 x 114 cm")
        expr = atom if atom.quantity is not None else grow(text[:limit], atom, lex)
        if rough and expr.qualifier == "eq":
            expr = evolve(expr, qualifier="approx")
        if expr.origin == "han" and expr.duration == "year" and _han_year(text, expr, lex):
            # 二千十六年, 千九百九十五年: a year written in Han numerals, no span of 2,016 years
            expr = evolve(expr, date=f"{int(expr.value):04d}", duration=None)
        elif expr.duration == "year" and _cued_short_year(text, expr, lex):
            # 成立于98年, 零七年: a year of the story's century, no span of 98 years
            expr = evolve(expr, date=f"{int(expr.value):04d}", duration=None,
                          relative=NO_CENTURY)
        if atom.percent and atom.origin in ("han", "word") and (expr.currency or expr.quantity):
            # 4分の1マイル, 4分の3ドル, « un quart de dollar »: a fraction of the unit after
            # it (0.25 mi), no share
            expr = evolve(expr, value=atom.value / 100, percent=False)
        if grown and expr.start < grown[-1].end and expr.currency and grown[-1].currency \
                and (lex.profile.cjk or grown[-1].origin == "digits"):
            # A currency name may stand before or after a number: one the amount before
            # took is not this one's ("2ドル30セント", "10 € 50 personnes": the € is the
            # 10's); grow it again without it (blanked, offsets kept).
            end = grown[-1].end
            expr = grow(" " * end + text[end:limit], atom, lex)
        if blocked and overlaps_any(expr.start, expr.end, blocked):
            # the words before it belong to a date or URL: grown again without them, its
            # unit kept (不到去年14.5兆印尼盾: the rupiah, not a bare 14.5兆)
            cut = max((end for _, end in blocked if end <= atom.start), default=0)
            again = grow(" " * cut + text[cut:limit], atom, lex)
            expr = again if not overlaps_any(again.start, again.end, blocked) else atom
        if limit < len(text):
            expr = multiple_of_dated_base(text, expr, dates, lex)  # "twice last year's"
        is_year = four_digits(expr) and (
            (bare_year(expr) and not _cjk_word_after(text, expr, lex)
             and not _cjk_range_low(text, expr, lex))
            or bound_year(text, expr, lex) or early_year(text, expr, lex)
            or price_level(text, expr, lex)
        ) and not is_identifier(text, expr, False) and not hyphen_compound(text, expr)
        if is_year and expr.start < expr.num_start and text[expr.start:expr.num_start] \
                .strip().casefold() in lex.profile.qualifier_periods:
            # "rose 40% over 2023-2024": a bound word that also reads "during" spans the
            # year, no bound on it
            expr = evolve(expr, start=expr.num_start, qualifier="eq")
        grown.append(as_year(expr) if is_year else expr)
    if lex.profile.streaks and (streaks := streak_exprs(text, lex)):
        # "a third straight year", 连续第三年: the span a streak ends (its ordinal read)
        ends = [(s.start, s.end) for s in streaks]
        grown = sorted([*(g for g in grown if not overlaps_any(g.start, g.end, ends)),
                        *streaks], key=lambda e: e.start)
    # "289 votes to 262": two counts of votes, read whole (no reader below joins them)
    tallied = tally_atoms(text, lex, words) if never else []
    if restated:
        dates = [d for d in dates if not any(d is r for r in restated)]
    if not dates and not grown:
        return tallied  # a sentence without a number (about half of them), or a tally alone
    exprs = sorted([*dates, *grown], key=lambda e: e.start)
    if len(exprs) > 1:  # each of these joins or reads a pair of neighbours
        exprs = _year_after_days(text, exprs)  # "March 3 and 4, 2016"
        exprs = attach_several(text, exprs, lex)
        exprs = compound_measures(text, compound_amounts(text, exprs, lex), lex)
        exprs = points_to_percent(text, change_bases(text, share_units(
            text, join_ranges(text, exprs, lex), lex), lex), lex)
        exprs = counted_levels(text, exprs, lex)  # "665,000, down 4.2% from 694,000 births"
        exprs = scaled_money(text, exprs, lex)  # « 110 M€ … jusqu'à 32 millions de plus »
        exprs = rates_in_brackets(text, exprs)  # 時速35マイル（56キロ）
        exprs = periods_after_amounts(text, exprs, lex)  # "$5 billion over five years"
    elif exprs[0].quantity or exprs[0].duration:  # "6-foot-2", "1 h 45 min"
        exprs = compound_measures(text, exprs, lex)
    elif lex.profile.percent_points_of:  # "0,3 point de croissance"
        exprs = points_to_percent(text, exprs, lex)
    exprs = rate_changes_in_points(text, exprs, lex)  # 金利を0.25%引き下げ: points
    exprs = exchange_quotes(text, exprs, lex, words)  # "the yen … to 162.40 per dollar"
    exprs = instrument_counts(text, exprs, lex)  # "two yen loans": two loans
    # 接近…的三倍: a multiple or share qualified across its base
    exprs = qualify_currencies(text, qualified_across_of(text, exprs, lex), lex)
    return sorted([*exprs, *tallied], key=lambda e: e.start) if tallied else exprs


# Between two days of a month and the year written after them: a comma, spaces.
_DAYS_YEAR_GAP = re.compile(r",?[ \u00a0]*")


def _year_after_days(text: str, exprs: list[Expr]) -> list[Expr]:
    """Two days of a month, or a span of them, then a comma and a year ("March 3 and 4,
    2016", "August 1st-15th, 2006"): the days of that year, one date (read alone, the days
    would take the story's year, and the year would be a date of its own), as "August 1-15,
    2006" is read."""
    out: list[Expr] = []
    for e in exprs:
        last = out[-1] if out else None
        if last is not None and last.relative == NO_YEAR and last.date is not None \
                and len(last.date) == 10 and last.date.startswith("0000-") \
                and last.high_date is not None and last.high_date.startswith("0000-") \
                and e.origin == "digits" and e.date is not None and len(e.date) == 4 \
                and e.high_date is None and e.relative is None and e.start == e.num_start \
                and e.start > last.end \
                and _DAYS_YEAR_GAP.fullmatch(text, last.end, e.start) is not None:
            out[-1] = evolve(last, end=e.end, date=e.date + last.date[4:],
                             high_date=e.date + last.high_date[4:], relative=None)
            continue
        out.append(e)
    return out


def _days_of_relative_years(text: str, dates: list[Expr], lex: Lexicon) -> list[Expr]:
    """A day of a month with no year, then a relative year ("April 1 last year", « le
    1er avril de l'an dernier », "1 April tahun lalu"): one date, of that year, as 去年4月1日
    is (two claims would leave the day unresolved and the year a date of its own). (A month
    alone keeps its own reading: "March next year", "July of that year".)"""
    links = {"", *(w.casefold() for w in (*lex.profile.date_links, *lex.profile.linkers))}
    out: list[Expr] = []
    for d in dates:
        last = out[-1] if out else None
        if last is not None and last.relative == NO_YEAR and last.high_date is None \
                and last.date is not None and len(last.date) == 10 \
                and d.rel_spec is not None and d.rel_spec.unit == "year" \
                and d.rel_spec.ref == "now" \
                and d.date is None and d.start >= last.end \
                and text[last.end:d.start].strip(" ,").casefold() in links:
            out[-1] = evolve(d, start=last.start, date=last.date)
            continue
        out.append(d)
    return out


def _restated(text: str, dates: list[Expr]) -> list[Expr]:
    """The dates of a segment in brackets that restate a date its sentence stated before
    ("TOKYO, 31 Juli 2025 – … pada Kamis (31/7/2025)": one date, said twice, as the other
    versions say it once): no claims of their own."""
    out: list[Expr] = []
    for i, d in enumerate(dates):
        if d.relative is None and d.date is not None \
                and text[:d.start].rstrip().endswith("(") and text[d.end:].lstrip()[:1] == ")" \
                and any(e.date == d.date and e.relative is None for e in dates[:i]):
            out.append(d)
    return out


def extract_segments(
    doc_text: str,
    segments: Sequence[Segment],
    *,
    source: str | None = None,
    include_boilerplate: bool = False,
    published: str | None = None,
) -> list[Claim]:
    """Claims of a document's segments, in text order; relative dates resolved as we go.

    A relative date ("同年7月", "le mois suivant", a month without a year) resolves against
    the last absolute date the text stated before it, or before any, against the date the
    source was `published` (ISO, from page metadata, front matter or the manifest). A date
    introduced as the time of a measurement ("as of October 2024", language data
    `aside_before`/`aside_after`) is an aside that does not move the story's time, so it
    is not an anchor.
    """
    claims: list[Claim] = []
    # Matching runs on a width-folded copy of each segment (same length, so offsets hold);
    # surfaces are cut from the original text and keep their full-width characters.
    read = [(seg, text, segment_exprs(text, lexicon(seg.lang), heading=seg.kind == "heading"))
            for seg in segments if include_boilerplate or not seg.boilerplate
            for text in (fold_width(seg.text),)]
    # Without a publication date, the date of a dateline that opens the story is one.
    # (the opening paragraphs' dates, read once for both of the dateline's readings)
    openings = list(_opening_dates(read)) if published is None else []
    dateline = _dateline(openings) if published is None else None
    anchor = publication_anchor(published if published is not None else dateline)
    # A dateline with no year ("NAIROBI, June 16"): the story's year is one the text does
    # not say, so a year named in passing ("at the Tokyo Games in 2021") is not it.
    yearless = published is None and anchor.year is None and _yearless_dateline(openings)
    read = _short_years(read, anchor)
    # An ambiguous currency word ("roupies") takes the one candidate the document names,
    # or else the one whose country it names (the candidates of a word the document's
    # named currencies leave unsettled: "12 cents" of the dollars it names settles no
    # "rupees").
    stated = stated_currencies(e for _, _, exprs in read for e in exprs)
    # "20,50 livres" left a count (no money cue) is money where the document reads
    # "livres" as money elsewhere.
    known = stated | {e.currency for _, _, exprs in read for e in exprs
                      if e.currency and not e.unknown_currency}
    read = [(seg, text, [money_by_document(text, e, lex, known) for e in exprs]
             if exprs else exprs)
            for seg, text, exprs in read for lex in (lexicon(seg.lang),)]
    # "672 000 dollars canadiens … 305 000 dollars" in a story of Canada: the bare word is
    # the story's own dollar.
    own = _local_currencies(doc_text, {seg.lang for seg in segments}, stated | known)
    # (a bare word before the member's full name is the default's: the writer's "dollars"
    # were US dollars before any other was named, and stay so; but for one after the
    # default's own full name, which the writer names too: "4 185 dollars américains la
    # tonne … 3 742 dollars la tonne … 10,40 dollars néo-zélandais, contre 10,00 dollars")
    own = {lang: spec for lang, spec in own.items()
           if not any(seg.lang == lang and seg.start + e.start < spec.first
                      and seg.start + e.start < spec.default_first
                      and _as_local(text, e, lexicon(lang), spec, seg.start) is not e
                      for seg, text, exprs in read for e in exprs)}
    if own:
        read = [(seg, text, [_as_local(text, e, lexicon(seg.lang), own.get(seg.lang), seg.start)
                             if seg.start + e.start > own[seg.lang].first else e
                             for e in exprs] if seg.lang in own else exprs)
                for seg, text, exprs in read]
    unsure = {code for _, _, exprs in read for e in exprs
              if e.unknown_currency and stated.isdisjoint(e.currency_candidates)
              for code in e.currency_candidates}
    # A word with a default currency that no other stated currency settles ("livres" in a
    # story of Turkey that never writes "livres turques"): its candidates, the default
    # too, are settled by the countries the text names.
    unsure |= {code for _, _, exprs in read for e in exprs if _defaulted_open(e, stated)
               for code in (e.currency or "", *e.currency_candidates)}
    countries = named_countries_currencies(doc_text, {seg.lang for seg in segments}, unsure,
                                           currency_names=True) \
        if unsure else frozenset()
    # Until the text states the story's time, a month without a year takes its year from
    # the time of a measurement it stated ("as of 16 March 2020 … on 28 February"): the
    # year is the same guess in every version, whatever each one calls that date.
    measured = anchor
    # A flashback ("In 2021, a breach …" once the story's time is known to the month) dates
    # the months without a year of the rest of its paragraph; after it they are read in the
    # story's time (`present`), while "that year" or "the following month" still count from
    # the last date the text stated (a story may tell its past over several paragraphs).
    present: Anchors | None = None
    flashback = -1  # the paragraph of the flashback
    pairs: set[str] = set()  # pairs named so far (_named_pair)
    # The last date stated in the text with its paragraph, whatever its role (a comparison's
    # start, a measurement's time): what "the same month" (同月, la même année) names.
    last_told: tuple[int, Anchors] | None = None
    for seg, text, exprs in read:
        lex = lexicon(seg.lang)
        heading = seg.kind == "heading"
        if present is not None and seg.paragraph == flashback and _back_to_present(text, lex):
            # "In January 2012, a previous attempt … Unions have now given …": the rest of
            # the paragraph is in the story's time again
            anchor, present, flashback = present, None, -1
        dated = False  # whether a date came before in this sentence
        # A year named relatively in this sentence ("next year's race … on September 27",
        # 来年の大会は9月27日): the year of its later months without a year, None while
        # unresolved (then they stay unresolved too).
        said: Anchors | None = None
        said_end = 0
        local: Anchors | None = None  # the last date stated in this sentence
        resolved = [resolve_currency(e, stated | countries
                                     if e.unknown_currency or _defaulted_open(e, stated)
                                     else stated)
                    for e in exprs]
        for at, e in enumerate(resolved):
            kind = claim_kind(e)
            if not keep(text, e, kind, lex, heading):
                continue
            if kind == "count" and _named_pair(text, e, lex, pairs):
                continue
            back = present is not None and seg.paragraph != flashback and e.rel_spec is None
            told = said is not None and e.relative == NO_YEAR \
                and not _clause_break(text, said_end, e.start, lex)
            base = _base(e, anchor if anchor.year is not None else measured, local)
            # "The pound has lost 40% since March 2024. The bank moved that same month": the
            # month it names, though a comparison's start sets no story time (read with the
            # time of writing of `base`, made only for a date that names it: _same_period
            # reads no time of writing)
            same = last_told[1] if local is None and last_told is not None \
                and last_told[0] == seg.paragraph else None
            if e.relative == NO_YEAR and at + 1 < len(resolved) \
                    and _year_of(text, e, resolved[at + 1], lex):
                # "the third quarter of next year": the year said after it is its own
                # ("in July of that year": the year stated last)
                following = resolved[at + 1]
                year = _claim(doc_text, seg, text, following, "date", lex,
                              replace(same, now=base.now)
                              if same is not None and _same_period(following, same)
                              else _base(following, base, local), source).date
                # ("the fourth quarter of this year", unresolved: the story's year)
                said = Anchors(int(year[:4])) if year else \
                    Anchors(base.year) if not _year_said(resolved[at + 1]) else Anchors()
                said_end, told = e.end, True
            if same is not None and _same_period(e, same):
                base = replace(same, now=base.now)
            claim = _claim(doc_text, seg, text, e, kind, lex,
                           said if told and said is not None else
                           present if back and present is not None else base, source)
            claims.append(claim)
            if _year_said(e) or (claim.date is not None and _this_year(e)):
                # ("从今年第四季度开始" in May: the months of "this year" read from the
                # publication could fall in the year before)
                said = Anchors(int(claim.date[:4])) if claim.date else Anchors()
                said_end = e.end
            # a date the text states (a month of a year said relatively moves no story time)
            told_date = claim.date if not seg.boilerplate and not told \
                and claim.relative in (None, NO_YEAR, NO_CENTURY) else None
            # whether it names no time of the story, read once for the tests below
            no_time = bool(told_date) and _no_story_time(text, e, lex)
            # a month as a deadline ("by December", 12月までに) is no time the story or its
            # sentence tells of; a day may be one (直到5月29日才获通知)
            deadline = told_date is not None and len(told_date) == 7 \
                and target_date(text, e.start, e.end, lex.profile.code)
            # nor is a later day as a deadline ("the ban will run until 4 May 2034", said
            # in a story of December 2026 whose date is told, not published)
            deadline = deadline or (
                told_date is not None and len(told_date) == 10 and anchor.month is not None
                and anchor.year is not None
                and (int(told_date[:4]), int(told_date[5:7])) > (anchor.year, anchor.month)
                and target_date(text, e.start, e.end, lex.profile.code))
            if told_date and claim.relative == NO_YEAR \
                    and ("/" not in told_date or _days_of_the_story(e)) \
                    and not _aside(e, no_time):
                # "3.8% in March … from 3.2% the previous month": a month read in the
                # story's year moves the story's time to it (its year is the anchor's own),
                # but for a later one stated inside its sentence, a plan ("water is
                # guaranteed until the end of October"); so does a span of days ("cuts
                # from June 9 to June 14 … the previous month")
                if not _plan(text, e, told_date, present if back and present else anchor) \
                        and not deadline:
                    anchor = replace(anchor_from(told_date), now=anchor.now,
                                     by_month=from_publication(anchor))
                    present = None if back else present
            elif told_date and claim.relative == NO_YEAR and back and present is not None:
                # "the biggest shortfall since 2009 … Rice acreage as of September 5 …, down
                # from the previous year's record": the time of a measurement read in the
                # story's time, past the flashback's paragraph, brings the story back to
                # its time (though it moves no time itself)
                anchor, present = present, None
            elif told_date and claim.relative != NO_YEAR:
                # a year of its own (24年8月 too: its century from the story's); past a
                # flashback's paragraph, a passing year or a plan is one of the story's time
                # ("Built in 1968, … ¶ will not open before 2028. … in June": June of the
                # story's year), not of the flashback's
                now = present if back and present is not None else anchor
                if not _aside(e, no_time) and not deadline \
                        and not _passing_year(text, e, told_date, now, dated) \
                        and not (yearless and anchor.year is None
                                 and len(told_date) in (4, 7) and not _opens(text, e)) \
                        and not _plan(text, e, told_date, now) \
                        and not _within(told_date, anchor):
                    # (before the story states its time, the time of a measurement
                    # it gave stands for it: "截至2026年11月22日 … 略高於2021年9月30日上映
                    # 的《長津湖》" goes back from November 2026 all the same)
                    story = anchor if anchor.year is not None else measured
                    if present is None and _flashback(told_date, story):
                        present, flashback = story, seg.paragraph
                    elif present is not None and int(told_date[:4]) >= (present.year or 0) \
                            and (story.now is None or int(told_date[:4]) <= story.now[0]):
                        present = None  # back in the story's time, or past it (but for a
                        # year after the time of writing: a plan, the flashback's paragraph
                        # still ends in the story's time)
                    anchor = replace(anchor_from(told_date), now=anchor.now)
                elif _measured(text, e, lex) and measured.year is None:
                    measured = replace(anchor_from(told_date), now=anchor.now)
            if not seg.boilerplate and claim.date and (
                    (told_date and claim.relative is None)
                    or (e.rel_spec is not None and e.rel_spec.ref != "text"
                        and "/" not in claim.date)):
                # (a relative date resolved is one the text told too: "by 2027 … last
                # month … the previous year" counts from last month; not one counted from
                # the text: 前年の収穫量を上回るが、前年は… names one year twice)
                last_told = (seg.paragraph, anchor_from(claim.date))
            if told_date and not no_time \
                    and ("/" not in told_date or len(told_date.split("/")[-1]) >= 7) \
                    and not deadline:
                local = replace(anchor_from(told_date), now=anchor.now)
            elif claim.date and claim.relative not in (None, NO_YEAR, NO_CENTURY) \
                    and not seg.boilerplate and "/" not in claim.date \
                    and (e.rel_spec is None or e.rel_spec.ref != "text"):
                # "18 outbreaks last year, twice as many as the previous year": a relative
                # date resolved is the last date of its sentence too (it moves no story time)
                local = replace(anchor_from(claim.date), now=anchor.now)
            dated = dated or claim.date is not None
    # 「JAXAは18日、…」: days of the month alone, dated by the story's full date
    day = published[:10] if published is not None else dateline
    profiles = {seg.lang: lexicon(seg.lang).profile for seg, _, _ in read}
    folded = [(seg, text) for seg, text, _ in read]
    days = day_of_month_claims(doc_text, folded, day, profiles, claims, source)
    # "said on Tuesday", « a annoncé mardi », 周二: a weekday alone, by the story's date
    days += weekday_claims(doc_text, folded, day, profiles, claims, source)
    return sorted([*claims, *days], key=lambda c: c.start) if days else claims


@dataclass(frozen=True)
class _LocalCurrency:
    """A bare family word's default currency ("dollars": USD), the story's own member
    (CAD), where the document first names that member in full, and the full names of the
    two (_local_currencies)."""

    default: str
    member: str
    first: int
    names: tuple[str, ...]
    # where the document first names the default in full ("dollars américains"), if it does
    default_first: int
    # Where the document names either in full (outside brackets, which convert), with the
    # currency named, in order.
    marks: tuple[tuple[int, str], ...] = ()


def _local_currencies(doc_text: str, langs: set[str], stated: frozenset[str]
                      ) -> dict[str, _LocalCurrency]:
    """By language, the currencies of a bare family word ([currency_context] local_words:
    "dollars", USD) when it is the story's own member: the one other member the document
    states by its full name ("dollars canadiens": CAD), whose country the text names, far
    more than that of any other currency stated (named_countries_currencies). The bare word
    is that member only after its full name: "72,5 milliards de dollars … 2 210 milliards
    de dollars taïwanais" in a story of Taiwan are US dollars, then Taiwan dollars."""
    out: dict[str, _LocalCurrency] = {}
    for lang in sorted(langs):
        default, family, others = _currency_family(lang)
        if default is None:
            continue
        members = others & stated
        if len(members) != 1:
            continue
        member = next(iter(members))
        # (its country the story's: named far more than that of any currency stated)
        if named_countries_currencies(doc_text, {lang}, sorted({*stated, default})) \
                == {member}:
            folded = doc_text.casefold()
            first = min((at for word, code in family.items() if code == member
                         for at in (folded.find(word),) if at >= 0), default=len(doc_text))
            names = tuple(word for word, code in family.items() if code in (default, member))
            named = min((at for word, code in family.items() if code == default
                         for at in (folded.find(word),) if at >= 0), default=len(doc_text))
            unbracketed = _BRACKETED_PART.sub(lambda m: " " * len(m.group(0)), folded)
            marks = sorted((m.start(), family[word]) for word in names
                           for m in re.finditer(re.escape(word), unbracketed))
            out[lang] = _LocalCurrency(default, member, first, names, named, tuple(marks))
    return out


_BRACKETED_PART = re.compile(r"\([^()]*\)|（[^（）]*）")
# A dollar sign written with a country's letters: "US$", "NZ$", "$US", "3 $ US".
_LETTERED_SIGN = re.compile(r"[^\W\d_][$＄]|[$＄]\s?[^\W\d_]")


@lru_cache(maxsize=64)
def _currency_family(lang: str) -> tuple[str | None, Mapping[str, str], frozenset[str]]:
    """The currency of a bare family word of `lang` ([currency_context] local_words:
    "dollars", USD), None when it has none, the full names of that family's members
    with their currencies (_of_family), and those currencies but the bare word's own:
    language data, made once per language, not once per document (a scan of every
    currency name CLDR gives the language)."""
    lex = lexicon(lang)
    words = lex.profile.currency_local_words
    default = lex.currency_after.entries.get(words[0]) if words else None
    if not isinstance(default, str):
        return None, {}, frozenset()
    family = {word: code for word, code in lex.currency_after.entries.items()
              if isinstance(code, str) and _of_family(word, words)}
    return default, family, frozenset(family.values()) - {default}


def _of_family(word: str, words: tuple[str, ...]) -> bool:
    """Whether a currency word is a full name of the family of the bare `words`
    ("dollars canadiens", カナダドル; not the bare word itself)."""
    return word not in words and (word.startswith(words) or word.endswith(words))


def _as_local(text: str, e: Expr, lex: Lexicon, local: _LocalCurrency | None,
              offset: int = 0) -> Expr:
    """`e` in the story's own member of its currency family when it is written with the
    bare family word (_local_currencies), as it stands; `offset`: where `text` starts in
    the document."""
    if local is None or e.currency != local.default or e.unknown_currency:
        return e
    surface = text[e.start:e.end].casefold().rstrip()
    # a bare dollar sign is the family word too (« 11 $ » after « dollars canadiens »), not
    # one with letters ("US$3", "3 $ US", "NZ$")
    sign = any(c in surface for c in "$＄")
    bare_sign = sign and _LETTERED_SIGN.search(surface) is None
    if not (surface.endswith(lex.profile.currency_local_words) or bare_sign) \
            or surface.endswith(local.names) or (sign and not bare_sign) \
            or (text[:e.start].rstrip().endswith(("(", "（"))
                and text[e.end:].lstrip()[:1] in (")", "）")):
        return e  # (not "10.15NZドル", "US$3", a full name, a conversion in brackets)
    # The full name of the family the document wrote last settles it: "3 950 dollars
    # américains la tonne … 7 400 dollars la tonne" are both US dollars, and so is a bare
    # word in the paragraph after "dollars américains" (not one in brackets, a conversion:
    # "10,50 dollars néo-zélandais (6,20 dollars américains)").
    at = bisect.bisect_left(local.marks, (offset + e.start, ""))
    if at and local.marks[at - 1][1] == local.default:
        return e
    return evolve(e, currency=local.member)


def _defaulted_open(e: Expr, stated: frozenset[str]) -> bool:
    """Whether `e` is money in a word's default currency that the document's stated
    currencies leave open: neither the default nor one of its alternatives is stated."""
    return bool(e.currency and e.currency_candidates and not e.unknown_currency
                and e.currency not in stated and stated.isdisjoint(e.currency_candidates))


def _same_period(e: Expr, stated: Anchors) -> bool:
    """Whether `e` names the period of the date stated last (offset 0 from the text: 同月,
    同年, "that same month"), which states that period's unit (a month for a month)."""
    spec = e.rel_spec
    if spec is None or spec.ref != "text" or (spec.offset != 0 and spec.unit != "year"):
        return False
    return stated.year is not None and (spec.unit != "month" or stated.month is not None)


def _back_to_present(text: str, lex: Lexicon) -> bool:
    """Whether a sentence says it is back in the story's time ([date_forms]
    present_markers: "now", `cette fois`, `kali ini`, 今回, 这次)."""
    markers = lex.profile.date_present_markers
    if not markers:
        return False
    if lex.profile.cjk:
        return any(m in text for m in markers)
    folded = text.casefold()
    return any(re.search(rf"(?<!\w){re.escape(m)}(?!\w)", folded) is not None
               for m in markers if m in folded)


def _base(e: Expr, story: Anchors, local: Anchors | None) -> Anchors:
    """What a date resolves against: the story's time, but for a date relative to the text
    ("the following month", 同年) after a date of its own sentence, that date, whether or
    not the story's time moved to it (a passing year, a plan, a period of days): "arrested
    in February 2024 and extradited the following month". A month counts from a date known
    to the month."""
    spec = e.rel_spec
    if spec is not None and spec.ref == "text" and local is not None \
            and (spec.unit == "year" or local.month is not None):
        return local
    return story


def _year_said(e: Expr) -> bool:
    """A year said relatively that is the year of the months without a year of its clause
    ("next year's race … on September 27", 同年10～12月): one but the story's own ("this
    year", 今年, in whose year the story's months are read anyway)."""
    spec = e.rel_spec
    return spec is not None and spec.unit == "year" and (spec.offset != 0 or spec.ref == "text")


def _named_pair(text: str, e: Expr, lex: Lexicon, pairs: set[str]) -> bool:
    """Whether a pair numeral with its counter opens a clause and repeats, with the two
    characters of its noun, a pair named before in the document (兩家銀行合計放款… after
    兩家日本西部地方銀行將合併 … 兩家銀行的總行): the two things told of, no count again
    ([counts] pair_references). Records the pair in `pairs`."""
    words = lex.profile.pair_references
    if not words or e.counter is None or e.value != 2 or not text.startswith(words, e.start):
        return False
    key = text[e.num_end:e.end + 2]
    if key in pairs:
        return text[:e.start].rstrip()[-1:] in _CLAUSE_OPENERS
    pairs.add(key)
    return False


_CLAUSE_OPENERS = frozenset(("", "，", ",", "；", ";", "：", ":", "。", "—", "―", "–"))


def _this_year(e: Expr) -> bool:
    """"this year", 今年, "tahun ini": the year of the story's date."""
    spec = e.rel_spec
    return spec is not None and spec.unit == "year" and spec.offset == 0 and spec.ref == "now"


def _year_of(text: str, e: Expr, following: Expr, lex: Lexicon) -> bool:
    """Whether a year said relatively follows a month or quarter without a year as its own,
    side by side or past a word of `[date_forms] relative_year_links` ("the third quarter
    of next year", "kuartal ketiga tahun depan", "the fourth quarter of this year")."""
    spec = following.rel_spec
    if spec is None or spec.unit != "year":
        return False
    between = text[e.end:following.start].strip().casefold()
    return not between or between in lex.profile.date_relative_year_links


def _clause_break(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a clause ends between start and end: a semicolon, a comma (but the one
    right after a fronted time, "the following year, in March", which is that year's), a
    coordinating word ("finished third last year and won in April": April of the story's
    year; `[date_forms] clause_breaks`: "November last year, but a faulty valve pushed it
    back to January"), or a CJK comma, which joins clauses as "and" does
    (昨年は3位に入り、4月には優勝)."""
    between = text[start:end]
    if between.lstrip().startswith(","):
        between = between.lstrip()[1:]
    words = letter_words(between)
    return any(mark in between for mark in ",;；，、") \
        or not lex.profile.coordinators.isdisjoint(words) \
        or not lex.profile.date_clause_breaks.isdisjoint(words)


def _flashback(date: str, anchor: Anchors) -> bool:
    """Whether a date (a year, a month of a year or a day) that moves the story's time goes
    back from a time known to the month: "On 3 March 2024 … In 2021, a breach …",
    "【2025年6月6日】… 2023年11月8日に出金を停止し"; or ahead of the time of writing (the
    publication's or the dateline's), to a year after it: a plan, told as a Japanese
    sentence opens, with its time ("【2026年11月10日】… 2029年後半に量産を始める計画だ。"),
    the paragraph's later months of that year, the next paragraphs back in the story's
    time. (A later year without a time of writing is the story moving on: "avril … Début
    avril 2020".)"""
    if anchor.year is None or anchor.month is None:
        return False
    year = int(date[:4])
    return year < anchor.year or (anchor.now is not None and year > anchor.now[0])


def _passing_year(text: str, e: Expr, date: str, anchor: Anchors, dated: bool) -> bool:
    """A year alone, or a month of a year, stated inside its sentence that does not move the
    story's time to it: one of a year earlier than the story's time so far ("the record of
    45.9C set in 2017", "set in July 2017", "painted in 1958", "up from 2014", "planned for
    December 2022"), or a later one after another date of its sentence ("4.5% in 2025 and
    3% in 2027") or after a story time known to the month ("on 14 May 2025 … to 40 GWh in
    2030"): a passing mention, a plan or a forecast. "In 2015, …" opening its sentence does
    move it (a flashback, or the story moving on), and so does any full date, and the first
    date of a sentence after a story time known only as its year ("in 1964 … flights for
    2020")."""
    year = int(date[:4])
    if year == anchor.year and len(date) == 7 and anchor.month is not None \
            and int(date[5:7]) < anchor.month:
        # an earlier month of the story's year ("cut 2,000 jobs in March 2025" after "the
        # quarter to Dec. 31"): a passing mention too
        return not _opens(text, e)
    if anchor.year is None or len(date) not in (4, 7) or year == anchor.year \
            or (year > anchor.year and anchor.month is None and not dated):
        return False
    return not _opens(text, e)


def _within(date: str, anchor: Anchors) -> bool:
    """A year alone that is the year of a story's time known to the month ("the record
    2025 budget" in a story of May 2025): the story stays in its month."""
    return len(date) == 4 and anchor.month is not None and int(date) == anchor.year


def _plan(text: str, e: Expr, date: str, anchor: Anchors) -> bool:
    """A month or a period of months later than the story's time known to the month,
    stated inside its sentence: a plan, a forecast or a deadline ("water is
    guaranteed until the end of October", "a second batch is scheduled for the third
    quarter of 2025"), to which the story's time does not move. One that opens its
    sentence ("In June, …") does: the story moving on."""
    first = date.split("/")[0]
    if len(first) not in (7, 10):
        return False
    now = anchor.now if anchor.now is not None and anchor.now[1] is not None else None
    when = (int(first[:4]), int(first[5:7]))
    if len(first) == 10:
        # a day is a day the story tells of, as a full date is, but for one after the
        # story's date ("ordered plants to run at full capacity until October 15" in June;
        # "a 20% duty until March 31, 2027" after a year alone was said)
        return now is not None and when > now and not _opens(text, e)
    if anchor.year is None or anchor.month is None:
        return False
    # (no month up to the story's date is a plan: "76% in May" in June)
    return when > (anchor.year, anchor.month) and (now is None or when > now) \
        and not _opens(text, e)


def _opens(text: str, e: Expr) -> bool:
    """Whether a date opens its sentence: at most two words before it, in unspaced
    scripts a preposition at most."""
    before = text[:e.start]
    if any(map(is_cjk, before)):
        return len(before.strip()) <= _OPENING_CJK_CHARS
    return _OPENING.match(before) is not None


def _short_years(read: list[tuple[Segment, str, list[Expr]]], anchor: Anchors
                 ) -> list[tuple[Segment, str, list[Expr]]]:
    """A year written with its last two digits alone (ja 23年の6623件, 26年も): read as a
    span of years by the segment, it is that year (its century the story's: NO_CENTURY)
    where the story states it in four digits or it is within two years of the story's
    date, and no word of `[date_forms] short_year_not_before`/`short_year_not_after`
    makes it a span (10年前, 23年間, 過去23年, 機齢23年)."""
    if not any(lexicon(lang).profile.date_short_year_not_before
               for lang in {seg.lang for seg, _, _ in read}):
        return read
    # Only a span of years is read as a year written short (_short_year_digits): a story
    # that states none has none.
    if not any(e.duration == "year" for _, _, exprs in read for e in exprs):
        return read
    stated = {int(e.date[:4]) for _, _, exprs in read for e in exprs
              if e.date and e.relative is None and e.date[:4].isdigit()
              and int(e.date[:4]) >= 1000}
    near = anchor.now[0] if anchor.now is not None else anchor.year
    if near is None:
        # (no publication date nor dateline: the full date the lead states, its event's
        # day, 【ドーハ】…は２０２６年１１月１８日（水）、…, dates the story as well)
        near = _lead_year(read)
    dated = near is not None
    if near is None and stated:
        # (no date of the story's: the last year it states in full, 2027年と28年に, and
        # then only a year near it)
        near = max(stated)
    if near is None:
        return read
    out = []
    for seg, text, exprs in read:
        prof = lexicon(seg.lang).profile
        if prof.date_short_year_not_before:
            exprs = [(_coordinated_year(text, e, exprs[:i], prof)
                      or _short_year(text, e, prof, stated, near, dated) or e)
                     if e.duration == "year" else e
                     for i, e in enumerate(exprs)]
        out.append((seg, text, exprs))
    return out


def _lead_year(read: Sequence[tuple[Segment, str, Sequence[Expr]]]) -> int | None:
    """The year of the first full date (day, month and year) the story's lead states: its
    first paragraph after the headline, or the one after that."""
    for seg, _, exprs in read:
        if seg.paragraph > 1:
            return None
        if seg.kind == "heading":
            continue
        for e in exprs:
            if e.relative is None and e.date is not None and len(e.date) == 10 \
                    and e.date[:4].isdigit():
                return int(e.date[:4])
    return None


def _coordinated_year(text: str, e: Expr, before: Sequence[Expr],
                      prof: LanguageProfile) -> Expr | None:
    """A two-digit year joined to a full year just before it ("２０１６年大会と２０年大会",
    "2027年と28年に"): that year's century, a later year of the same decades
    (_COORDINATED_REACH), whatever the story's date."""
    if not before or not prof.date_coordinators:
        return None
    last = before[-1]
    if last.date is None or last.relative is not None or len(last.date) != 4 \
            or not last.date.isdigit() or e.start - last.end > _COORDINATED_GAP:
        return None
    gap = text[last.end:e.start].strip()
    if not any(gap.endswith(word) for word in prof.date_coordinators):
        return None
    short = _short_year_digits(text, e, prof)
    if short is None:
        return None
    full = int(last.date)
    year = full - full % 100 + short
    if year <= full:
        year += 100  # (1998年と02年)
    return _as_short_year(e, short) if 0 < year - full <= _COORDINATED_REACH else None


_COORDINATED_GAP = 8  # characters between a full year and a short year joined to it
_COORDINATED_REACH = 20  # years a short year joined to a full one may lie after it


def _short_year(text: str, e: Expr, prof: LanguageProfile, stated: set[int],
                near: int, dated: bool = True) -> Expr | None:
    """The year (NO_CENTURY) a span of two-digit years `e` ("23年") is, or None
    (_short_years). `dated`: `near` is the story's date (else the last year it states,
    and only a year within _SHORT_YEAR_REACH of it is taken)."""
    short = _short_year_digits(text, e, prof)
    if short is None:
        return None
    year = nearest_century(short, near)
    if not dated and (abs(year - near) > _SHORT_YEAR_REACH or year < near):
        return None  # (2018年から15年まで: no year going back; 2027年と28年に: one)
    if year not in stated and abs(year - near) > _SHORT_YEAR_REACH and not (
            -_SHORT_YEAR_BACK <= year - near <= _SHORT_YEAR_AHEAD
            and text.startswith(prof.date_short_year_case_after, e.end)):
        return None
    return _as_short_year(e, short)


def _short_year_digits(text: str, e: Expr, prof: LanguageProfile) -> int | None:
    """The two digits of `e` when it has the shape of a year written short ("23年": a
    span of years, two digits and the year word alone, no word that makes it a span
    after or before it); None otherwise."""
    if e.duration != "year" or e.qualifier != "eq" or e.high is not None \
            or e.num_end - e.num_start != 2 or text[e.num_end:e.end] != prof.date_year \
            or not text[e.num_start:e.num_end].isdigit() or e.start != e.num_start \
            or (e.start > 0 and (text[e.start - 1].isdigit() or text[e.start - 1] in "~～〜-–")):
        return None
    if text.startswith(prof.date_short_year_not_before, e.end) \
            or (text[:e.start].rstrip().endswith(prof.date_short_year_not_after)
                and not text.startswith(prof.date_short_year_point_after, e.end)):
        return None
    return int(text[e.num_start:e.num_end])


def _as_short_year(e: Expr, short: int) -> Expr:
    return make_expr(e.start, e.end, Decimal(short), "digits", e.num_start, e.num_end,
                     relative=NO_CENTURY, date=f"{short:04d}")


_SHORT_YEAR_REACH = 2  # years from the story's date a two-digit year alone may be
# ... and before a particle of time ([date_forms] short_year_case_after): 18年に in 2025
_SHORT_YEAR_BACK, _SHORT_YEAR_AHEAD = 30, 10


def _dateline(openings: Sequence[tuple[str, Expr | None]]) -> str | None:
    """The date of the dateline that opens a story's first or second paragraph (after a
    headline): a full date after a place ("OTTAWA, October 30, 2025 –", "PARIS, 3 mars
    2025 (AFP) –", "纽约2025年11月14日电——", language data `[date_forms] dateline_after`),
    or inside the bracket that opens the paragraph (【オタワ＝2025年10月30日】,
    （中央社渥太華2025年10月30日綜合外電報導）). `openings`: the story's _opening_dates."""
    for _, first in openings:
        if first is not None and first.relative is None and first.date is not None:
            return first.date
    return None


# The bracket that opens a CJK story's first paragraph, holding a day of the month alone
# (【ナイロビ16日(Wire)】, 【馬尼拉14日電】).
_DAY_DATELINE = re.compile(r"\s*[【（(\[][^】）)\]\d０-９]{0,20}(?<![0-9０-９月])[0-9０-９]{1,2}日")


def _yearless_dateline(openings: Sequence[tuple[str, Expr | None]]) -> bool:
    """Whether the story opens with a dateline whose date states no year ("NAIROBI, June 16
    (Wire) —", or a day alone in the opening bracket: 【ナイロビ16日(Wire)】): its time is a
    year the text does not say. `openings`: the story's _opening_dates."""
    return any(_DAY_DATELINE.match(text) or (first is not None and first.relative == NO_YEAR)
               for text, first in openings)


def _opening_dates(read: Sequence[tuple[Segment, str, Sequence[Expr]]]
                   ) -> Iterator[tuple[str, Expr | None]]:
    """For each of a story's first two paragraphs (headings skipped), its text and the day
    its dateline states, if its first date is one (a day in a dateline's place)."""
    paragraph = -1
    for seg, text, exprs in read:
        if seg.paragraph > 1:
            return
        if seg.paragraph == paragraph:
            continue
        first = next((e for e in exprs if e.date is not None), None)  # (not 三 of 三宝垄)
        dateline = first is not None and first.date is not None and len(first.date) == 10 \
            and _in_dateline(text, first.start, first.end,
                             lexicon(seg.lang).profile.date_dateline_after)
        if seg.kind == "heading" and not (dateline and first is not None
                                          and _alone(text, first.end, seg.lang)):
            continue  # (a headline; but a dateline alone on its line is one all the same:
            # "SETÚBAL, Portugal, March 12, 2025 —", 2025年11月19日)
        paragraph = seg.paragraph
        yield text, first if dateline else None


def _alone(text: str, end: int, lang: str) -> bool:
    """Whether nothing but a dateline's closing words follow its date ending at `end`."""
    tail = _BRACKETED.sub(" ", text[end:]).strip()
    close = max(tail.rfind(c) for c in _CLOSE_BRACKETS)
    if close >= 0:
        tail = tail[close + 1:]  # （中央社馬卡薩2025年8月18日綜合外電報導）: the bracket's rest
    for word in lexicon(lang).profile.date_dateline_after:
        tail = tail[len(word):] if tail.startswith(word) else tail
    return not tail.strip(" \u3000—–―－-" + _CLOSE_BRACKETS)


def is_dateline(claim: Claim) -> bool:
    """Whether a date claim is the date of a dateline ("PARIS, 5 December 2026 —",
    【ドーハ＝2026年11月18日】): the day a version was filed, which may be the day after
    the event another version dates in its lead ("on Friday evening" / 2026年12月4日夜)."""
    if claim.kind != "date" or claim.relative not in (None, NO_YEAR) or claim.date is None \
            or len(claim.date) != 10:
        return False  # (a dateline without a year too: "本报埃森3月14日电", "NAIROBI, June 16 —")
    start = claim.start - claim.sentence_start
    return _in_dateline(fold_width(claim.sentence), start, start + len(claim.surface),
                        lexicon(claim.lang).profile.date_dateline_after)


def _in_dateline(text: str, start: int, end: int, ends: Sequence[str]) -> bool:
    """Whether the date at text[start:end] is a dateline's (_dateline)."""
    before, after = text[:start].strip(), text[end:]
    if before[:1] in _OPEN_BRACKETS and _depth(before) > 0:
        return _BRACKET_CLOSES.match(after) is not None  # 【オタワ＝2025年10月30日】
    if before[-1:] in ("(", "（") and after.lstrip()[:1] in (")", "）"):
        # "TOKYO, Rabu (17/9/2025) -": the weekday, then its date in brackets
        before, after = before[:-1].rstrip(), after.lstrip()[1:]
    place = _BRACKETED.sub(" ", before)
    if _depth(before) or len(place) > _PLACE_CHARS or any(c in _SENTENCE_ENDS for c in place):
        return False
    words = _WORD.findall(place)
    if any(map(is_cjk, place)) or (not place.strip() and _BRACKETED.fullmatch(before)
                                   and any(map(is_cjk, before))):
        for word in ends:
            after = after[len(word):] if after.startswith(word) else after
        # (after a bracketed place alone, a comma too: 【新德里】2026年10月14日，)
        return _DATELINE_END_CJK.match(after) is not None or (
            not place.strip() and after[:1] in _CJK_COMMAS)
    return len(words) <= _PLACE_WORDS and all(w[:1].isupper() for w in words) \
        and _DATELINE_END.match(after) is not None


def _depth(text: str) -> int:
    """How many brackets are open at the end of `text`."""
    depth = 0
    for c in text:
        depth += (c in _OPEN_BRACKETS) - (c in _CLOSE_BRACKETS)
    return depth


_OPEN_BRACKETS = "(（[［【〔"
_CLOSE_BRACKETS = ")）]］】〕"
_SENTENCE_ENDS = ".。!?！？;；"
_PLACE_CHARS = 40  # a place, with its country or agency, before a dateline's date
_PLACE_WORDS = 5
_BRACKETED = re.compile(r"[(（\[［【〔][^()（）\[\]［］【】〔〕]{0,24}[)）\]］】〕]")
_WORD = re.compile(r"\w+")
_BRACKET_CLOSES = re.compile(r"[^.。!?！？()（）]{0,24}[)）\]］】〕]")
# The end of a dateline: a dash (after an agency in brackets), or the end of its line.
_DATELINE_END = re.compile(r"\s*(?:\([^()]{1,24}\)\s*)?(?:[—–―-]|$)")
_CJK_COMMAS = frozenset("，、,")
_DATELINE_END_CJK = re.compile(r"\s*(?:[(（][^()（）]{1,24}[)）]\s*)?(?:[—–―－-]|\s|$)")


# At most two words before a date: it opens its sentence ("In 2015,", "Back in 2015,");
# in unspaced scripts a preposition at most ("2015年、", "在2015年，").
_OPENING = re.compile(r"^\W*(?:\w+\W+){0,2}$")
_OPENING_CJK_CHARS = 2


def _measured(text: str, e: Expr, lex: Lexicon) -> bool:
    """A date stated as the time of a measurement ("as of May 2024", "2024年5月時点で")."""
    return (lex.asides_before.before(text, back_spaces(text, e.start)) is not None
            or lex.asides_after.at(text, skip_spaces(text, e.end)) is not None)


def _aside(e: Expr, no_time: bool) -> bool:
    """A date that does not set the story's time, so later relative dates do not resolve
    against it: a span ("2015-16", "the 1960s", "from 3 to 18 December"), or one that
    names no time of the story (`no_time`: _no_story_time of it); a span of days without a
    year does set it."""
    span = bool(e.high_date and not _month_period(e)) or (e.date is not None and "/" in e.date)
    if span and not _days_of_the_story(e):
        return True
    return no_time


def _days_of_the_story(e: Expr) -> bool:
    """A span of days without a year ("from June 9 to June 14", 6月9日から14日): days read
    in the story's time, which it tells of as it does of a day (the story's time moves to
    it: anchor_from, its last day). One with its year ("from December 5, 2019, to January
    20, 2020") is a period recalled, as a span of years is."""
    dates = [e.date, e.high_date] if e.high_date else (e.date or "").split("/")
    return e.relative == NO_YEAR and len(dates) == 2 \
        and all(d is not None and len(d) == 10 for d in dates)


def _han_year(text: str, e: Expr, lex: Lexicon) -> bool:
    """A Han numeral and 年 that name a year (二千十六年, 千九百九十五年): a plain number in
    the years' range that is no round hundred (千年, 二千年 stay spans: "a thousand years of
    history"), no span word after it (年間), no bound on it."""
    return (lex.profile.cjk and e.qualifier == "eq" and not e.scaled and e.several is None
            and e.high is None and YEAR_RANGE[0] <= e.value <= YEAR_RANGE[1]
            and e.value % 100 != 0 and e.value == e.value.to_integral_value()
            and not text.startswith(("間", "间"), e.end))


_TWO_DIGITS_AFTER = re.compile(r"[ \u00a0]([0-9]{2})(?![0-9]|[.,:/\-][0-9])")
_WORD_NEXT = re.compile(r"[^\W\d_]+")


def _two_digit_year_after(text: str, d: Expr, lex: Lexicon) -> Expr:
    """A day and month, then two digits before the sentence's end or a word of `[short_years]
    after_day_month` ("born on 3 Aug 96 in Leeds", « le 3 août 96 à Lyon »):
    the date's year written short (its century the story's time gives: NO_CENTURY), not a
    count of 96 ("On 3 August 40 were killed" stays a count)."""
    if d.relative != NO_YEAR or d.high_date is not None or d.date is None \
            or len(d.date) != 10 or not d.date.startswith("0000-"):
        return d
    m = _TWO_DIGITS_AFTER.match(text, d.end)
    if m is None:
        return d
    after = skip_spaces(text, m.end())
    word = _WORD_NEXT.match(text, after)
    if after < len(text) and ((word is None and text[after] not in ".,;:)")
                              or (word is not None and word.group(0).casefold()
                                  not in lex.profile.short_year_words_after)):
        return d  # "On 3 August 40 people died", "… 40 were killed": a count
    return evolve(d, end=m.end(), num_end=m.end(), relative=NO_CENTURY,
                  date=f"00{m.group(1)}{d.date[4:]}")


def _cued_short_year(text: str, e: Expr, lex: Lexicon) -> bool:
    """A year written with its last two digits and the year marker that a word around it
    makes one in any story ([short_years]: 成立于98年, "19年，…" opening a sentence, 零七年),
    no span: two digits (or two Han digits, one a zero), no bound, the marker right after
    them. (A two-digit year alone is read by the story's date too: _short_years.)"""
    prof = lex.profile
    if not prof.cjk or text.startswith(prof.short_year_not_after, e.end):
        return False
    if e.origin == "han":
        digits = text[e.num_start:e.num_end]
        return (e.qualifier == "eq" and e.high is None and e.several is None and not e.scaled
                and len(digits) == 2 and text[e.num_end:e.end] == prof.date_year
                and all(ch in prof.han_digits for ch in digits)
                and any(prof.han_digits[ch] == 0 for ch in digits))  # 零七年 (not 三五年)
    if _short_year_digits(text, e, prof) is None:  # the shape of a year written short
        return False
    before = text[:back_spaces(text, e.num_start)]
    return before.endswith(prof.short_year_before) \
        or text.startswith(prof.short_year_after, e.end) \
        or (not before.strip("「『“\"（(【[") and text.startswith(prof.short_year_opening_after,
                                                                e.end))


def _cjk_word_after(text: str, e: Expr, lex: Lexicon) -> bool:
    """A number glued to a CJK word in CJK text (下跌2184点: index points): no bare year,
    which CJK text writes with its 年 marker (read as a date before this)."""
    return lex.profile.cjk and e.num_end < len(text) and is_cjk(text[e.num_end])


_RANGE_NEXT = re.compile(r"\s*[～〜~]\s*[0-9]+(?:[.,][0-9]+)*")


def _cjk_range_low(text: str, e: Expr, lex: Lexicon) -> bool:
    """A bare four-digit number in CJK text that opens a range whose other end is no year
    (2030～6370ドル: the low end of an amount; 2030～35年 and 2030～2035年 are years): CJK
    text writes a year with its 年 marker."""
    if not lex.profile.cjk:
        return False
    m = _RANGE_NEXT.match(text, e.end)
    return m is not None and not text.startswith(lex.profile.date_year, m.end())


def _no_story_time(text: str, e: Expr, lex: Lexicon) -> bool:
    """The time of a measurement ("as of May 2024", "2024年5月時点で"), the start of a
    comparison ("the lowest since 2012", 1990年以来: [scope] since words), the time a record
    was set ("set by X on June 8, 2019": [scope] record words), the deadline of
    a plan, a year alone ("by 2030", 2030年までに: [scope] target words), or a bare year
    used as a modifier ("a 2016 review", "one 2010 study", "2010年的研究", "in 2013
    dollars")."""
    if _measured(text, e, lex) or since_date(text, e.start, e.end, lex.profile.code) \
            or record_date(text, e.start, e.end, lex.profile.code):
        # ("the lowest since 2012": the start of a comparison; "the mark set on June 8,
        # 2019": a record's time; no story time)
        return True
    before, after = back_spaces(text, e.start), skip_spaces(text, e.end)
    if e.date is None or len(e.date) != 4:
        return False  # ("symptoms by 20 January 2020": a day the story tells of)
    if _base_year(text, e, lex):
        return True  # "up 50% from 30 million shillings in 2023": the base's time
    return (target_date(text, e.num_start, e.end, lex.profile.code)  # "by 2030": a deadline
            or lex.year_modifier_before.before(text, before) is not None
            or lex.year_modifier_after.at(text, after) is not None
            or _modifier_in_clause(text, after, lex.profile.year_modifier_within,
                                   lex.profile.year_modifier_within_links)
            or lex.currency_after.at(text, after) is not None
            or _price_level_year(text, before, after, lex))


_LATER_YEAR = re.compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])")


def _base_year(text: str, e: Expr, lex: Lexicon) -> bool:
    """A year alone after the amount a comparison sets against another ("from 30 million
    shillings in 2023", « contre quatre en 2023 » takes a spelled amount too): the time of
    the base, not the story's."""
    if lex.profile.cjk:
        return _base_year_cjk(text, e, lex)
    words = lex.profile.versus_words
    if not words:
        return False
    head = _CLAUSE_ENDS.split(text[max(0, e.start - 60):e.start])[-1].casefold().split()
    if len(head) < 3:
        return False
    # the word before the year is its preposition; the amount stands 1 to 4 words before;
    # not the first step of a path of years ("from 5.8% in 2024 to 4.5% in 2025": the
    # story's time stays at its start)
    return any(w in words for w in head[-6:-2]) and any(
        any(c.isdigit() for c in w) or w in lex.profile.number_words for w in head[-5:-1]) \
        and _LATER_YEAR.search(_CLAUSE_ENDS.split(text[e.end:e.end + 40])[0]) is None


# How far after a CJK year its base words may stand in its clause (2023年の3000万シリングから).
_BASE_REACH = 20


def _base_year_cjk(text: str, e: Expr, lex: Lexicon) -> bool:
    """A CJK year that dates the base of a comparison: after a word of `[scope]
    base_before` (比2023年的…, 較2023年), or with a number after it in its clause and then a
    word of `base_after` (2023年の3000万シリングから, 2023年の4件を上回る)."""
    before = scope_words(lex.profile.code, "base_before")
    if before and text[max(0, e.start - 3):e.start].endswith(before):
        return True
    after = scope_words(lex.profile.code, "base_after")
    clause = _CLAUSE_ENDS.split(text[e.end:e.end + _BASE_REACH])[0]
    digit = next((i for i, ch in enumerate(clause) if ch.isdigit()), -1)
    return bool(after) and digit >= 0 and any(w in clause[digit:] for w in after)


# How far after a year a word of `year_modifier_within` may stand in its clause
_MODIFIER_REACH = 12
_CLAUSE_ENDS = re.compile(r"[、。，,;；:：!?！？()（）「」『』\n]")


def _modifier_in_clause(text: str, after: int, words: tuple[str, ...],
                        links: tuple[str, ...]) -> bool:
    """A word of founding or birth later in the year's clause, a few characters on, in a
    relative clause (the word, one of `links`, then the noun it modifies: a place between
    them, 1962年にヨーテボリで創業した同社)."""
    if not words or not links:
        return False
    window = text[after:after + _MODIFIER_REACH]
    end = _CLAUSE_ENDS.search(window)
    limit = after + (end.start() if end else len(window))
    for word in words:
        at = text.find(word, after, limit)
        if at < 0:
            continue
        tail = at + len(word)
        link = next((w for w in links if text.startswith(w, tail)), None)
        following = text[tail + len(link):tail + len(link) + 1] if link is not None else ""
        if following and not _CLAUSE_ENDS.match(following):
            return True
    return False


def _month_period(e: Expr) -> bool:
    """A named period of months (a fiscal year, a quarter: reconcile.extraction.periods),
    which sets the story's time as a date does; a decade or a span of years does not."""
    return e.whole_period and e.date is not None and len(e.date) == 7


def _price_level_year(text: str, before: int, after: int, lex: Lexicon) -> bool:
    """'(en dollars de 2013)', '(dalam dolar tahun 2013)', '以 2013 年的美元': a year
    joined to a currency word by a link word (language data `price_level.links`) names a
    price level, not the story's time."""
    link = lex.price_level_links.before(text, before)
    if link is not None and lex.currency_after.before(text, back_spaces(text, link[0])) is not None:
        return True
    link = lex.price_level_links.at(text, after)
    return link is not None and lex.currency_after.at(text, skip_spaces(text, link[0])) is not None


def _claim(doc_text: str, seg: Segment, text: str, e: Expr, kind: ClaimKind, lex: Lexicon,
           anchors: Anchors, source: str | None) -> Claim:
    start, end = seg.start + e.start, seg.start + e.end
    date: str | None = None
    anchor: str | None = None
    floating: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    if kind == "date":
        qualifier: Qualifier = "range" if e.high_date and not e.whole_period else e.qualifier
        if e.relative:
            past = since_date(text, e.start, e.end, lex.profile.code)
            step = month_step(text, e.start, e.end, lex.profile.code) if e.rel_spec is None \
                else 0
            date, anchor = resolve(e, anchors, past=past, step=step)
            floating = floating_key(e)
            if e.high_date:  # "15-17 March", 3月15日から17日: days of a month, no year
                last = replace(e, date=e.high_date, high_date=None)
                end_date, _ = resolve(last, anchors, past=past, step=step)
                if date and end_date and e.date and last.date and e.rel_spec is None \
                        and e.relative != NO_CENTURY:
                    # (a two-digit year's months are of that year: 26年1～3月)
                    # both ends in one year, the end's (the year nearest the anchor):
                    # "October-December" after April 2025 is 2024-10/2024-12; read from
                    # the publication, its middle month's (published_period_start)
                    wraps = e.date[4:] > last.date[4:]  # (November to February)
                    if from_publication(anchors):
                        first = published_period_start(anchors, int(e.date[5:7]),
                                                       int(last.date[5:7]))
                        end_date = f"{first + wraps:04d}{end_date[4:]}"
                    date = f"{int(end_date[:4]) - wraps:04d}{date[4:]}"
                date = f"{date}/{end_date}" if date and end_date else None
                floating = f"{floating}/{floating_key(last)}"
        else:
            date = f"{e.date}/{e.high_date}" if e.high_date else e.date
    else:
        low, high, qualifier = _values(e)
        unit = _unit(text, e, kind, lex)
    return Claim(
        kind=kind, surface=doc_text[start:end], start=start, end=end, sentence=seg.text,
        lang=seg.lang, low=low, high=high, qualifier=qualifier, unit=unit, date=date,
        relative=e.relative, anchor=anchor, floating=floating, source=source,
        sentence_start=seg.start,
        boilerplate=seg.boilerplate, boilerplate_reason=seg.boilerplate_reason,
    )


def _unit(text: str, e: Expr, kind: ClaimKind, lex: Lexicon) -> str | None:
    if kind == "money":
        return e.currency
    if kind == "percent":
        if e.quantity == BASIS_POINT:
            return PERCENTAGE_POINT
        return e.quantity or "percent"  # "percentage point" is a percent's other unit
    if kind == "quantity":
        return e.quantity
    if kind == "duration":
        return e.duration
    if kind == "multiplier":
        return "times"
    if e.counter is not None and lex.profile.cjk \
            and (noun := noun_at(text, e.end, lex.profile.code)) is not None:
        return noun  # 12家医院: hospitals (医院), not the counter's "companies"
    return e.counter or count_noun(text, noun_pos(e), lex, stop=True) or (
        glued_noun(text, e.end, lex) if e.end == e.num_end else None)  # 14病院: 病院

"""Claim extraction: money, counts, percentages, dates, durations and multipliers in segments.

The extractor works on one segment (sentence or bullet) at a time, in four passes:
dates (which reserve their spans), number atoms (digits, Han numerals, number words),
growing each atom into an expression (scale, currency, unit and qualifier words around
it, looked up in the language profile), and joining two expressions around a range
connector. Every claim keeps exact offsets: document.text[start:end] == surface.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext
from functools import lru_cache
from typing import Literal

from reconcile.detect import is_cjk
from reconcile.lang import LanguageProfile, RelativeSpec, currency_codes, get_profile
from reconcile.model import Claim, ClaimKind, Qualifier, Segment
from reconcile.numbers import ascii_digits, parse_digits, parse_han, split_groups

# A digit, then digits or single separators that are followed by a digit. Each step eats
# one character, so the scan is linear whatever the input.
_DIGIT_RUN = re.compile(r"[0-9０-９](?:[0-9０-９]|[.,'’\u00a0\u202f\u2009 ](?=[0-9０-９]))*")
# URLs, file names, handles: their digits are never claims. Tested token by token (split
# on whitespace first) so an unbroken 100,000-character run is scanned once, not per start.
_TOKEN = re.compile(r"\S+")
_URL_TOKEN = re.compile(r"://|^www\.|\.(?:html?|php|aspx?|jsp)\b|^@\w")
_SPACES = " \t\u00a0\u202f\u2009\u3000"
_YEAR_RANGE = (1700, 2199)

Origin = Literal["digits", "han", "word", "article", "several", "multiplier"]


def _is_word(ch: str) -> bool:
    """A character that continues a Latin-script word (letters and digits, not CJK)."""
    return (ch.isalnum() or ch == "_") and not is_cjk(ch)


@dataclass(frozen=True)
class _Table:
    """A phrase table matched by longest match at a position, with Latin word boundaries.

    Phrases are indexed by their first and last character, so a lookup tries only the
    lengths of phrases that could start (or end) there.
    """

    entries: Mapping[str, object]
    fold: bool
    by_first: Mapping[str, tuple[int, ...]]
    by_last: Mapping[str, tuple[int, ...]]

    @staticmethod
    def of(entries: Mapping[str, object], *, fold: bool = True) -> _Table:
        keyed = {(k.casefold() if fold else k): v for k, v in entries.items() if k}
        first: dict[str, set[int]] = {}
        last: dict[str, set[int]] = {}
        for key in keyed:
            first.setdefault(key[0], set()).add(len(key))
            last.setdefault(key[-1], set()).add(len(key))
        return _Table(keyed, fold,
                      {c: tuple(sorted(v, reverse=True)) for c, v in first.items()},
                      {c: tuple(sorted(v, reverse=True)) for c, v in last.items()})

    def _char(self, ch: str) -> str:
        return ch.casefold()[:1] if self.fold else ch

    def _key(self, text: str) -> str:
        return text.casefold() if self.fold else text

    def at(self, text: str, pos: int) -> tuple[int, object] | None:
        """The longest entry starting at pos: (end, value)."""
        if pos >= len(text):
            return None
        for length in self.by_first.get(self._char(text[pos]), ()):
            cand = text[pos:pos + length]
            if len(cand) < length:
                continue
            value = self.entries.get(self._key(cand))
            if value is None:
                continue
            end = pos + length
            if _is_word(cand[-1]) and end < len(text) and _is_word(text[end]):
                continue
            return end, value
        return None

    def before(self, text: str, pos: int) -> tuple[int, object] | None:
        """The longest entry ending at pos: (start, value)."""
        if pos <= 0:
            return None
        for length in self.by_last.get(self._char(text[pos - 1]), ()):
            if length > pos:
                continue
            cand = text[pos - length:pos]
            value = self.entries.get(self._key(cand))
            if value is None:
                continue
            start = pos - length
            if _is_word(cand[0]) and start > 0 and _is_word(text[start - 1]):
                continue
            return start, value
        return None


@dataclass(frozen=True)
class _Lexicon:
    """A profile compiled into phrase tables and patterns (built once per language)."""

    profile: LanguageProfile
    scales: _Table
    short_scales: _Table
    currency_after: _Table
    currency_before: _Table
    percent_after: _Table
    percent_before: _Table
    durations: _Table
    multiplier_after: _Table
    counters: _Table
    qual_before: _Table
    qual_after: _Table
    linkers: _Table
    ordinal_before: _Table
    ordinal_after: _Table
    connectors: _Table
    between: _Table
    openers: _Table
    several: _Table
    determiners: _Table
    word_atoms: re.Pattern[str] | None
    han_atoms: re.Pattern[str] | None
    relative: re.Pattern[str] | None
    latin_dates: tuple[re.Pattern[str], ...]
    cjk_full_date: re.Pattern[str] | None
    cjk_month_date: re.Pattern[str] | None
    cjk_month_follow: re.Pattern[str] | None


def _alternation(phrases: Iterable[str]) -> str:
    ordered = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    parts = []
    for phrase in ordered:
        body = re.escape(phrase).replace(r"\ ", r"\s+")
        left = r"(?<![^\W_])" if _is_word(phrase[0]) else ""
        right = r"(?![^\W_])" if _is_word(phrase[-1]) else ""
        parts.append(f"{left}{body}{right}")
    return "|".join(parts)


@lru_cache(maxsize=64)
def lexicon(code: str) -> _Lexicon:
    """Compile the profile of a language for the extractor."""
    prof = get_profile(code)
    codes = currency_codes()
    word_keys = [*prof.number_words, *prof.articles, *prof.fused_scales]
    multiplier_keys = [*prof.multiplier_words, *prof.multiplier_several]
    han_chars = "".join(
        sorted({*prof.han_digits, *prof.han_units, *(k for k in prof.scales if len(k) == 1
                                                      and is_cjk(k))})
    )
    word_alt = _alternation([*word_keys, *multiplier_keys, *prof.several])
    months = _alternation(prof.months)
    latin_dates: tuple[re.Pattern[str], ...] = ()
    if months:
        flags = re.IGNORECASE
        latin_dates = (
            re.compile(rf"(?P<m>{months})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
                       rf"(?P<y>\d{{4}})(?!\d)", flags),
            re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:er|st|nd|rd|th|\.)?\s+(?P<m>{months})"
                       rf"(?:,?\s+(?P<y>\d{{4}})(?!\d))?", flags),
            re.compile(rf"(?P<m>{months}),?\s+(?P<y>\d{{4}})(?!\d)", flags),
        )
    cjk_full = cjk_month = cjk_follow = None
    if prof.date_year and prof.date_month:
        y, m, d = (re.escape(prof.date_year), re.escape(prof.date_month),
                   re.escape(prof.date_day or "\x00"))
        end = "|".join(re.escape(e) for e in prof.date_end_of) or "\x00"
        han = "".join(sorted(k for k, v in prof.han_digits.items() if 0 <= v <= 9))
        year = f"[0-9０-９]{{4}}|[{re.escape(han)}]{{4}}" if han else "[0-9０-９]{4}"
        cjk_full = re.compile(
            rf"(?<![0-9０-９])(?P<y>{year}){y}(?:(?P<m>[0-9０-９]{{1,2}}){m}"
            rf"(?:(?P<d>[0-9０-９]{{1,2}}){d})?)?(?P<end>{end})?"
        )
        month_day = rf"(?P<m>[0-9０-９]{{1,2}}){m}(?:(?P<d>[0-9０-９]{{1,2}}){d})?"
        cjk_month = re.compile(rf"(?<![0-9０-９{y}]){month_day}")
        cjk_follow = re.compile(month_day)
    return _Lexicon(
        profile=prof,
        scales=_Table.of(dict(prof.scales)),
        short_scales=_Table.of(dict(prof.short_scales), fold=False),
        currency_after=_Table.of({**dict(prof.currency_words)}),
        currency_before=_Table.of({**prof.currency_symbols, **codes}, fold=False),
        percent_after=_Table.of({**{s: True for s in prof.percent_signs},
                                 **{w: True for w in prof.percent_words}}),
        percent_before=_Table.of({p: True for p in prof.percent_prefixes}),
        durations=_Table.of(dict(prof.durations)),
        multiplier_after=_Table.of({s: True for s in prof.multiplier_suffixes}),
        counters=_Table.of(dict(prof.counters), fold=False),
        qual_before=_Table.of(dict(prof.qualifiers_before)),
        qual_after=_Table.of(dict(prof.qualifiers_after)),
        linkers=_Table.of({w: True for w in prof.linkers}),
        ordinal_before=_Table.of({w: True for w in prof.ordinal_prefixes}),
        ordinal_after=_Table.of({w: True for w in prof.ordinal_suffixes}),
        connectors=_Table.of({w: True for w in prof.range_connectors}),
        between=_Table.of({w: True for w in prof.range_between.values()}),
        openers=_Table.of({w: True for w in [*prof.range_openers, *prof.range_between]}),
        several=_Table.of(dict(prof.several)),
        determiners=_Table.of({d: True for d in prof.determiners}),
        word_atoms=re.compile(word_alt, re.IGNORECASE) if word_alt else None,
        han_atoms=re.compile(f"[{re.escape(han_chars)}]+") if han_chars else None,
        relative=(re.compile(_alternation(prof.relative), re.IGNORECASE)
                  if prof.relative else None),
        latin_dates=latin_dates,
        cjk_full_date=cjk_full,
        cjk_month_date=cjk_month,
        cjk_month_follow=cjk_follow,
    )


@dataclass(frozen=True)
class _Expr:
    """A number growing into a claim; offsets are local to the segment text."""

    start: int
    end: int
    value: Decimal
    origin: Origin
    num_start: int
    num_end: int
    plain_int: bool = False
    scaled: bool = False
    scale: Decimal = Decimal(1)
    currency: str | None = None
    percent: bool = False
    duration: str | None = None
    multiplier: bool = False
    counter: str | None = None
    qualifier: Qualifier = "eq"
    several: tuple[Decimal, Decimal] | None = None
    high: Decimal | None = None
    date: str | None = None
    high_date: str | None = None
    relative: str | None = None
    rel_spec: RelativeSpec | None = None
    ordinal: bool = False
    identifier: bool = False

    @property
    def has_unit(self) -> bool:
        return bool(self.currency or self.percent or self.duration or self.multiplier
                    or self.counter)


@dataclass(frozen=True)
class Anchors:
    """The dates stated so far in a document, for resolving relative dates."""

    year: int | None = None
    month: int | None = None


def _skip_spaces(text: str, pos: int, limit: int = 3) -> int:
    end = pos
    while end < len(text) and text[end] in _SPACES and end - pos < limit:
        end += 1
    return end


def _back_spaces(text: str, pos: int, limit: int = 3) -> int:
    start = pos
    while start > 0 and text[start - 1] in _SPACES and pos - start < limit:
        start -= 1
    return start


# ---------------------------------------------------------------------------------------
# dates


def _int(text: str | None) -> int | None:
    if not text:
        return None
    digits = ascii_digits(text)
    return int(digits) if digits.isdigit() else None


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _valid(month: int | None, day: int | None, year: int | None = None) -> bool:
    """A real calendar date: February 30 is not one (leap years checked when known)."""
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    return 1 <= day <= calendar.monthrange(year if year else 2000, month)[1]


def _date_exprs(text: str, lex: _Lexicon) -> list[_Expr]:
    found: list[_Expr] = []
    prof = lex.profile
    for pattern in lex.latin_dates:
        for m in pattern.finditer(text):
            month = prof.months.get(m.group("m").casefold().rstrip(".")) or prof.months.get(
                m.group("m").casefold())
            groups = m.groupdict()
            year, day = _int(groups.get("y")), _int(groups.get("d"))
            if month is None or not _valid(month, day, year):
                continue
            found.append(_month_expr(m.start(), m.end(), year, month, day))
    if lex.cjk_full_date is not None:
        for m in lex.cjk_full_date.finditer(text):
            year = _int("".join(str(prof.han_digits.get(ch, ch)) for ch in m.group("y")))
            month, day = _int(m.group("m")), _int(m.group("d"))
            if year is None:
                continue
            end = m.end()
            if not _valid(month, day, year):
                # 2023年2月30日 is no day: keep what is certain, the year.
                month = day = None
                end = m.end("y") + len(prof.date_year)
            found.append(_Expr(m.start(), end, Decimal(year), "digits", m.start(), end,
                               date=_iso(year, month, day)))
    if lex.cjk_month_date is not None:
        for m in lex.cjk_month_date.finditer(text):
            month, day = _int(m.group("m")), _int(m.group("d"))
            if _valid(month, day):
                found.append(_month_expr(m.start(), m.end(), None, month, day))
    if lex.relative is not None:
        for m in lex.relative.finditer(text):
            spec = prof.relative.get(re.sub(r"\s+", " ", m.group(0)).casefold())
            if spec is None:
                continue
            end, month, day = m.end(), None, None
            follow = lex.cjk_month_follow.match(text, end) if lex.cjk_month_follow else None
            if follow is not None and _valid(_int(follow.group("m")), _int(follow.group("d"))):
                end, month, day = follow.end(), _int(follow.group("m")), _int(follow.group("d"))
            found.append(_Expr(m.start(), end, Decimal(0), "digits", m.start(), end,
                               relative=spec.phrase, rel_spec=spec,
                               date=_iso(0, month, day) if month else None))
    return _non_overlapping(found)


def _month_expr(start: int, end: int, year: int | None, month: int | None,
                day: int | None) -> _Expr:
    if year is not None:
        return _Expr(start, end, Decimal(year), "digits", start, end,
                     date=_iso(year, month, day))
    # A month (and day) with no year: resolved against the last year the text stated.
    return _Expr(start, end, Decimal(0), "digits", start, end, relative="month without year",
                 date=_iso(0, month, day))


def _non_overlapping(exprs: Iterable[_Expr]) -> list[_Expr]:
    """Longest first, then earliest; kept spans are disjoint. Each candidate is checked
    against its two neighbours among the kept spans only (bisect), so this stays
    O(n log n) on pathological inputs."""
    starts: list[int] = []
    chosen: list[_Expr] = []
    for expr in sorted(exprs, key=lambda e: (-(e.end - e.start), e.start)):
        at = bisect.bisect_left(starts, expr.start)
        if at > 0 and chosen[at - 1].end > expr.start:
            continue
        if at < len(chosen) and chosen[at].start < expr.end:
            continue
        starts.insert(at, expr.start)
        chosen.insert(at, expr)
    return chosen


# ---------------------------------------------------------------------------------------
# number atoms


def _atoms(text: str, lex: _Lexicon, blocked: Sequence[tuple[int, int]]) -> list[_Expr]:
    prof = lex.profile
    atoms: list[_Expr] = []
    space_groups = prof.group.strip(_SPACES) == ""
    for m in _DIGIT_RUN.finditer(text):
        for a, b in split_groups(m.group(0), space_groups=space_groups):
            start, end = m.start() + a, m.start() + b
            raw = text[start:end]
            scale_follows = _scale_at(text, end, lex) is not None
            value = parse_digits(raw, decimal_sign=prof.decimal, scale_follows=scale_follows)
            if value is None:
                continue
            atoms.append(_Expr(start, end, value, "digits", start, end,
                               plain_int=ascii_digits(raw).isdigit()))
    if lex.han_atoms is not None:
        small = {*prof.han_digits, *prof.han_units}
        for m in lex.han_atoms.finditer(text):
            run = m.group(0)
            if not any(ch in small for ch in run):
                continue
            value = parse_han(run, prof.han_digits, prof.han_units, prof.scales)
            if value is None:
                continue
            scaled = any(ch in prof.scales for ch in run)
            atoms.append(_Expr(m.start(), m.end(), value, "han", m.start(), m.end(),
                               scaled=scaled))
    if lex.word_atoms is not None:
        for m in lex.word_atoms.finditer(text):
            atoms.append(_word_atom(m.group(0), m.start(), m.end(), prof))
    free = [a for a in atoms if not _overlaps_any(a.start, a.end, blocked)]
    return _non_overlapping(free)


def _overlaps_any(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps one of `spans` (sorted, disjoint): bisect, not scan."""
    at = bisect.bisect_right(spans, (start, float("inf")))
    return (at > 0 and spans[at - 1][1] > start) or (at < len(spans) and spans[at][0] < end)


def _word_atom(word: str, start: int, end: int, prof: LanguageProfile) -> _Expr:
    key = re.sub(r"\s+", " ", word).casefold()
    if key in prof.several:
        return _Expr(start, end, Decimal(1), "several", start, end, several=prof.several[key])
    if key in prof.multiplier_words:
        return _Expr(start, end, Decimal(prof.multiplier_words[key]), "multiplier", start,
                     end, multiplier=True)
    if key in prof.multiplier_several:
        return _Expr(start, end, Decimal(1), "multiplier", start, end, multiplier=True,
                     several=(Decimal(2), Decimal(9)))
    if key in prof.fused_scales:
        return _Expr(start, end, prof.fused_scales[key], "word", start, end, scaled=True)
    if key in prof.articles:
        return _Expr(start, end, Decimal(1), "article", start, end)
    return _Expr(start, end, Decimal(prof.number_words[key]), "word", start, end)


def _scale_at(text: str, pos: int, lex: _Lexicon) -> tuple[int, Decimal] | None:
    """A scale word after a number: long words after optional space, short ones attached."""
    q = _skip_spaces(text, pos, 2)
    hit = lex.scales.at(text, q)
    if hit is not None and (q > pos or is_cjk(text[q]) or not _is_word(text[q])):
        return hit[0], _dec(hit[1])
    short = lex.short_scales.at(text, pos)
    if short is not None:
        return short[0], _dec(short[1])
    q1 = _skip_spaces(text, pos, 1)
    short = lex.short_scales.at(text, q1)
    if short is not None and q1 > pos and short[0] - q1 >= 2:
        return short[0], _dec(short[1])
    return None


_DIGITS_AT = re.compile(r"[0-9０-９]+")


def _cjk_tail(text: str, pos: int, lex: _Lexicon, last: Decimal) -> tuple[int, Decimal] | None:
    """The rest of a compound CJK number after a scale word: 1億5000万 → (end, 5000万)."""
    if not lex.profile.cjk:
        return None
    m = _DIGITS_AT.match(text, pos)
    if m is None:
        return None
    hit = lex.scales.at(text, m.end())
    digits = ascii_digits(m.group(0))
    if hit is None or not digits.isdigit() or _dec(hit[1]) >= last:
        return None
    return hit[0], Decimal(digits) * _dec(hit[1])


def _dec(value: object) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


# ---------------------------------------------------------------------------------------
# growing atoms into expressions


def _grow(text: str, atom: _Expr, lex: _Lexicon) -> _Expr:
    expr = _grow_after(text, atom, lex)
    return _grow_before(text, expr, lex)


def _grow_after(text: str, e: _Expr, lex: _Lexicon) -> _Expr:
    pos = e.end
    value = e.value
    scaled = e.scaled
    scale = e.scale
    qualifier = e.qualifier
    found: dict[str, object] = {}
    for _ in range(6):
        q = _skip_spaces(text, pos)
        if not found and (hit := _scale_at(text, pos, lex)) is not None:
            pos, value, scaled, scale = hit[0], value * hit[1], True, scale * hit[1]
            while (tail := _cjk_tail(text, pos, lex, hit[1])) is not None:
                pos, value = tail[0], value + tail[1]  # 3兆2000億 = 3兆 + 2000億
            continue
        if qualifier == "eq" and (qh := lex.qual_after.at(text, q)) is not None and (
            q == pos or not is_cjk(text[q])
        ):
            pos, qualifier = qh[0], _qualifier(qh[1])
            continue
        if "unit" in found and (text[q:q + 1].isalpha() or text[q:q + 1] in "$€£¥"):
            # A repeated currency after the scale ("$50 million dollars") is one claim.
            cur = _currency_after(text, q, lex)
            if cur is not None and cur[1] == found.get("currency"):
                pos = cur[0]
                continue
            break
        if "unit" in found:
            break
        if e.origin == "several" and (q >= len(text) or not text[q].isalpha()):
            break  # "several $50 million": the number that follows carries the unit
        if (cur := _currency_after(text, q, lex)) is not None:
            pos, found["currency"], found["unit"] = cur[0], cur[1], True
        elif (pct := lex.percent_after.at(text, q)) is not None:
            pos, found["percent"], found["unit"] = pct[0], True, True
        elif (dur := lex.durations.at(text, q)) is not None and _unit_ok(text, q, pos):
            unit, factor = dur[1] if isinstance(dur[1], tuple) else ("year", 1)
            pos, found["duration"], found["unit"] = dur[0], unit, True
            value = value * factor
        elif (mul := lex.multiplier_after.at(text, q)) is not None:
            # "10x", "10 times", "100倍": a multiplier may attach; _Table.at has already
            # checked that the suffix ends its word ("10xyz" is no multiplier).
            pos, found["multiplier"], found["unit"] = mul[0], True, True
        elif (cnt := lex.counters.at(text, q)) is not None and q == pos:
            pos, found["counter"], found["unit"] = cnt[0], str(cnt[1]), True
        else:
            break
    return replace(
        e, end=pos, value=value, scaled=scaled, scale=scale, qualifier=qualifier,
        currency=_opt_str(found.get("currency")) or e.currency,
        percent=bool(found.get("percent")) or e.percent,
        duration=_opt_str(found.get("duration")) or e.duration,
        multiplier=bool(found.get("multiplier")) or e.multiplier,
        counter=_opt_str(found.get("counter")) or e.counter,
    )


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _unit_ok(text: str, q: int, pos: int) -> bool:
    """Latin unit words need a space before them ("10 jours"); CJK ones attach directly."""
    return q > pos or is_cjk(text[q]) or not _is_word(text[q])


def _currency_after(text: str, q: int, lex: _Lexicon) -> tuple[int, str] | None:
    link = lex.linkers.at(text, q)
    if link is not None:
        after = _skip_spaces(text, link[0])
        hit = lex.currency_after.at(text, after)
        if hit is not None:
            return hit[0], str(hit[1])
    hit = lex.currency_after.at(text, q)
    if hit is not None:
        return hit[0], str(hit[1])
    sym = lex.currency_before.at(text, q)
    if sym is not None:
        return sym[0], str(sym[1])
    return None


def _qualifier(value: object) -> Qualifier:
    text = str(value)
    allowed: dict[str, Qualifier] = {
        "eq": "eq", "approx": "approx", "gt": "gt", "gte": "gte", "lt": "lt", "lte": "lte",
        "range": "range", "several": "several",
    }
    return allowed.get(text, "eq")


def _grow_before(text: str, e: _Expr, lex: _Lexicon) -> _Expr:
    start = e.start
    currency = e.currency
    percent = e.percent
    p = _back_spaces(text, start, 1)
    sym = lex.currency_before.before(text, p)
    if sym is not None:
        start, currency = sym[0], currency or str(sym[1])
    else:
        pct = lex.percent_before.before(text, start)
        if pct is not None:
            start, percent = pct[0], True
    value = e.value
    if e.origin == "digits" and start == e.num_start and start > 0 and text[start - 1] in "-−" \
            and (start == 1 or text[start - 2].isspace() or text[start - 2] in "([{:=;,"):
        start, value = start - 1, -value  # "−3%", "-5 degrees"; never "1-2", "10%-20%", "GPT-3"
    ordinal = lex.ordinal_before.before(text, e.start) is not None
    if e.origin == "digits" and not ordinal:
        suffix = lex.ordinal_after.at(text, e.num_end)
        ordinal = suffix is not None and suffix[0] == e.end and e.end > e.num_end
        if suffix is not None and e.end == e.num_end and not e.has_unit:
            ordinal = True
    qualifier = e.qualifier
    q_end = _back_spaces(text, start)
    hit = lex.qual_before.before(text, q_end)
    if hit is None and lex.profile.cjk:
        hit = _cjk_qualifier_with_gap(text, start, lex)
    if hit is not None and qualifier == "eq" and not _connects(text, hit[0], lex):
        start, qualifier = hit[0], _qualifier(hit[1])
    identifier = _is_identifier(text, e, currency is not None and sym is not None)
    return replace(e, start=start, value=value, currency=currency, percent=percent,
                   qualifier=qualifier, ordinal=ordinal, identifier=identifier)


def _connects(text: str, start: int, lex: _Lexicon) -> bool:
    """A phrase that is also a range connector ("hingga", "sampai": up to) joins two
    numbers when a number stands right before it: "10 hingga 20" is a range."""
    if lex.connectors.at(text, start) is None:
        return False
    before = text[:_back_spaces(text, start)]
    return bool(before) and (before[-1].isdigit() or before[-1] in lex.profile.date_year
                             or lex.scales.before(text, len(before)) is not None
                             or lex.currency_after.before(text, len(before)) is not None)


def _cjk_qualifier_with_gap(text: str, start: int, lex: _Lexicon) -> tuple[int, object] | None:
    """'至少募資1億美元': a two-character qualifier may stand one or two Han characters
    (a verb) before the number it qualifies."""
    for gap in (1, 2):
        end = start - gap
        if end <= 0 or not all(is_cjk(ch) for ch in text[end:start]):
            break
        hit = lex.qual_before.before(text, end)
        if hit is not None and end - hit[0] >= 2:
            return hit
    return None


def _is_identifier(text: str, e: _Expr, has_symbol: bool) -> bool:
    """Digits glued to Latin letters or joined by '-' to a word are names (GPT-3, K80, A4)."""
    if e.origin not in ("digits",):
        return False
    before = text[e.num_start - 1] if e.num_start > 0 else ""
    after = text[e.num_end] if e.num_end < len(text) else ""
    if before and _is_word(before) and not before.isdigit() and not has_symbol:
        return True
    if before in "-_/#" and e.num_start >= 2 and _is_word(text[e.num_start - 2]) \
            and not text[e.num_start - 2].isdigit():
        return True
    if after and _is_word(after) and not after.isdigit() and e.end == e.num_end:
        return True
    # Clock times and ratios: 10:30, 3:2.
    return (before == ":" and e.num_start >= 2 and text[e.num_start - 2].isdigit()) or (
        after == ":" and e.num_end + 1 < len(text) and text[e.num_end + 1].isdigit()
    )


# ---------------------------------------------------------------------------------------
# joining several words and ranges


def _attach_several(text: str, exprs: list[_Expr]) -> list[_Expr]:
    """'several $50 million', '数百万': a several-word right before a number multiplies it."""
    out: list[_Expr] = []
    for expr in exprs:
        if out and out[-1].origin == "several" and not out[-1].has_unit \
                and not out[-1].scaled and text[out[-1].end:expr.start].strip(_SPACES) == "":
            prev = out.pop()
            expr = replace(expr, start=prev.start, several=prev.several)
        out.append(expr)
    return out


def _join_ranges(text: str, exprs: list[_Expr], lex: _Lexicon) -> list[_Expr]:
    out: list[_Expr] = []
    i = 0
    while i < len(exprs):
        cur = exprs[i]
        if i + 1 < len(exprs):
            joined = _try_range(text, cur, exprs[i + 1], lex)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(cur)
        i += 1
    return out


def _units(e: _Expr) -> tuple[object, ...]:
    return (e.currency, e.percent, e.duration, e.multiplier, e.counter)


def _compatible(a: _Expr, b: _Expr) -> bool:
    """Two ends of one range: same unit, or the unit written once on one side."""
    if not a.has_unit or not b.has_unit:
        return True
    return _units(a) == _units(b)


def _try_range(text: str, a: _Expr, b: _Expr, lex: _Lexicon) -> _Expr | None:
    if a.relative or b.relative or a.several or b.several or a.ordinal or b.ordinal:
        return None
    gap = text[a.end:b.start]
    core = gap.strip(_SPACES)
    if not core or len(core) > 14:
        return None
    opener_end = _back_spaces(text, a.start)
    opener = lex.openers.before(text, opener_end)
    is_conn = lex.connectors.at(core, 0)
    is_between = lex.between.at(core, 0)
    if not ((is_conn is not None and is_conn[0] == len(core))
            or (is_between is not None and is_between[0] == len(core) and opener is not None)):
        return None
    if a.date and b.date:
        if "-" in (a.date + b.date) or a.qualifier != "eq":
            return None
        return replace(a, end=b.end, date=a.date, high_date=b.date, qualifier="range")
    if a.date or b.date:
        return None
    if not _compatible(a, b) or b.qualifier != "eq":
        return None
    value = a.value
    if b.scaled and not a.scaled and a.origin != "han" and a.value * b.scale <= b.value:
        # "50 à 100 millions": the scale word is written once, after the second number.
        value = a.value * b.scale
    if value > b.value:
        return None
    start = opener[0] if opener is not None and text[opener[0]:a.start].strip() else a.start
    if a.qualifier != "eq":
        start = a.start
    return replace(
        a, start=min(start, a.start) if a.qualifier == "eq" else a.start, end=b.end,
        value=value, high=b.value, qualifier="range", scaled=a.scaled or b.scaled,
        scale=max(a.scale, b.scale),
        currency=a.currency or b.currency, percent=a.percent or b.percent,
        duration=a.duration or b.duration, multiplier=a.multiplier or b.multiplier,
        counter=a.counter or b.counter, identifier=a.identifier and b.identifier,
        plain_int=False,
    )


# ---------------------------------------------------------------------------------------
# from expressions to claims


def _kind(e: _Expr) -> ClaimKind:
    if e.date or e.relative:
        return "date"
    if e.currency:
        return "money"
    if e.percent:
        return "percent"
    if e.duration:
        return "duration"
    if e.multiplier:
        return "multiplier"
    return "count"


def _keep(text: str, e: _Expr, kind: ClaimKind, lex: _Lexicon, heading: bool) -> bool:
    """Whether an expression is a claim rather than an identifier, ordinal or stray digit."""
    if e.ordinal or e.identifier:
        return False
    if kind == "date":
        return True
    if e.origin == "article":
        return e.scaled or (e.duration is not None and e.value > 1)
    if e.origin == "several":
        return e.scaled or e.has_unit
    if e.origin == "han":
        if _after_determiner(text, e.start, lex):
            return False
        return e.has_unit and (e.value >= 2 or e.scaled)
    if kind != "count":
        return True
    if e.origin == "word":
        if _after_determiner(text, e.start, lex):
            return False  # "les deux parties", "the two men": a reference, not a count
        return e.value >= 2 and (e.scaled or _count_noun(text, e.end, lex) is not None)
    if heading and e.start == 0:
        return False  # a heading's leading number is its section number
    if e.scaled or e.counter or e.qualifier != "eq" or e.high is not None:
        return True
    return abs(e.value) >= 2 and _count_noun(text, e.end, lex) is not None


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _after_determiner(text: str, pos: int, lex: _Lexicon) -> bool:
    if lex.profile.cjk:
        return lex.determiners.before(text, pos) is not None
    m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return m is not None and m.group(1).casefold() in lex.profile.determiners


def _count_noun(text: str, pos: int, lex: _Lexicon) -> str | None:
    """The counted noun after a number in a spaced script: the next word that is not a
    function word ("50 top researchers" → researchers)."""
    if lex.profile.cjk:
        return None
    for _ in range(3):
        q = _skip_spaces(text, pos)
        if q == pos or q >= len(text):
            return None
        m = _WORD.match(text, q)
        if m is None:
            return None
        word = m.group(0).casefold()
        prof = lex.profile
        if word not in prof.count_skip and word not in prof.articles \
                and word not in prof.number_words:
            return word if all(not is_cjk(ch) for ch in word) else None
        pos = m.end()
    return None


def _bare_year(e: _Expr) -> bool:
    return (e.origin == "digits" and e.plain_int and e.num_end - e.num_start == 4
            and not e.scaled and not e.has_unit and e.qualifier == "eq"
            and _YEAR_RANGE[0] <= e.value <= _YEAR_RANGE[1])


def _as_year(e: _Expr) -> _Expr:
    return replace(e, date=f"{int(e.value):04d}", end=e.num_end)


def _resolve(e: _Expr, anchors: Anchors) -> tuple[str | None, str | None]:
    """(date, anchor) of a relative expression, resolved when the text stated its anchor."""
    spec = e.rel_spec
    month = int(e.date[5:7]) if e.date and len(e.date) >= 7 else None
    day = int(e.date[8:10]) if e.date and len(e.date) >= 10 else None
    if spec is not None and spec.ref == "now":
        return None, None
    if anchors.year is None:
        return None, None
    anchor = _iso(anchors.year, anchors.month)
    if spec is None or spec.unit == "year":
        year = anchors.year + (spec.offset if spec else 0)
        return _iso(year, month, day), anchor
    if spec.unit == "month" and anchors.month is not None:
        total = anchors.year * 12 + anchors.month - 1 + spec.offset
        return _iso(total // 12, total % 12 + 1), anchor
    return None, anchor


def _norm(value: Decimal) -> Decimal:
    """1900000.0 → 1900000, 0.250 → 0.25: one spelling per value, exactly."""
    if value == value.to_integral_value():
        # Precision wide enough for the value: 10**40 quantizes exactly, never raises.
        with localcontext() as ctx:
            ctx.prec = max(28, value.adjusted() + 2)
            return value.quantize(Decimal(1))
    return value.normalize()


def _values(e: _Expr) -> tuple[Decimal | None, Decimal | None, Qualifier]:
    low, high, qualifier = _raw_values(e)
    return (None if low is None else _norm(low), None if high is None else _norm(high),
            qualifier)


def _raw_values(e: _Expr) -> tuple[Decimal | None, Decimal | None, Qualifier]:
    if e.high is not None:
        return e.value, e.high, "range"
    if e.several is not None:
        return e.value * e.several[0], e.value * e.several[1], "several"
    if e.qualifier in ("gt", "gte"):
        return e.value, None, e.qualifier
    if e.qualifier in ("lt", "lte"):
        return None, e.value, e.qualifier
    return e.value, e.value, e.qualifier


def _orphan_percent(text: str, exprs: list[_Expr], lex: _Lexicon) -> list[_Expr]:
    """A percent sign left alone later in the sentence ("0,25 … actions YC%", a common
    machine-translation slip) makes the closest unit-less decimal before it a percent."""
    out = list(exprs)
    covered = [(e.start, e.end) for e in exprs]
    for i, ch in enumerate(text):
        if ch not in lex.profile.percent_signs or any(s <= i < e for s, e in covered):
            continue
        for j in range(len(out) - 1, -1, -1):
            cand = out[j]
            if cand.end <= i and cand.origin == "digits" and not cand.has_unit \
                    and not cand.date and cand.value != cand.value.to_integral_value():
                out[j] = replace(cand, percent=True)
                break
    return out


def segment_exprs(text: str, lex: _Lexicon, *, heading: bool = False) -> list[_Expr]:
    """All claim expressions of one segment's text, in order (offsets local to text)."""
    urls = [(m.start(), m.end()) for m in _TOKEN.finditer(text)
            if _URL_TOKEN.search(m.group(0))]
    dates = [d for d in _date_exprs(text, lex) if not _overlaps_any(d.start, d.end, urls)]
    blocked = sorted([*urls, *((d.start, d.end) for d in dates)])
    starts = [start for start, _ in blocked]
    grown: list[_Expr] = []
    for atom in _atoms(text, lex, blocked):
        if grown and atom.start < grown[-1].end:
            continue
        # Grow only up to the next date or URL: "$5 juta tahun ini" keeps "$5 juta".
        at = bisect.bisect_left(starts, atom.end)
        limit = starts[at] if at < len(starts) else len(text)
        expr = _grow(text[:limit], atom, lex)
        if _overlaps_any(expr.start, expr.end, blocked):
            expr = atom  # the words before it belong to a date or URL
        is_year = _bare_year(expr) and not _is_identifier(text, expr, False)
        grown.append(_as_year(expr) if is_year else expr)
    exprs = sorted([*dates, *grown], key=lambda e: e.start)
    exprs = _attach_several(text, exprs)
    exprs = _join_ranges(text, exprs, lex)
    return _orphan_percent(text, exprs, lex)


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
            kind = _kind(e)
            if not _keep(seg.text, e, kind, lex, heading):
                continue
            claim = _claim(doc_text, seg, e, kind, lex, para_topic or topic, source)
            claims.append(claim)
            if claim.date and para_topic is None and not seg.boilerplate:
                para_topic = _anchor_from(claim.date)
    return claims


def _claim(doc_text: str, seg: Segment, e: _Expr, kind: ClaimKind, lex: _Lexicon,
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
            date, anchor = _resolve(e, anchors)
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


def _anchor_from(date: str) -> Anchors:
    first = date.split("/")[0]
    year = int(first[:4])
    month = int(first[5:7]) if len(first) >= 7 else None
    return Anchors(year, month)


def _unit(text: str, e: _Expr, kind: ClaimKind, lex: _Lexicon) -> str | None:
    if kind == "money":
        return e.currency
    if kind == "percent":
        return "percent"
    if kind == "duration":
        return e.duration
    if kind == "multiplier":
        return "times"
    return e.counter or _count_noun(text, e.end, lex)

"""A day of the month written alone, dated by the story's dateline (unspaced scripts).

Japanese and Chinese wire copy dates its events by the day alone: 「JAXAは18日、衛星を打ち
上げた」, 「理事會5日表示」, 「工人周二（11日）举行罢工」, the month and year being the
dateline's. Where a story's dateline states a full date, such a day is read as the date of
that day nearest to the dateline's (within 20 days: 18日 under a dateline of 19 November is
18 November; 28日 under one of 2 March is 28 February). Only where the language data makes
it a day ([date_forms] day_after: the words after it, 「11日、」「18日に」, or a time of day,
「13日22时35分」; or, where the language has day_not_after instead, any word after it but
those: 比赛21日恢复, 議會28日通過, not 21日内, 3日游;
day_before: 「于16日」) and nothing before it makes it another number (day_not_before: 毎3日,
第3日, 数日); a weekday in brackets after it (「17日（月）」) must be that date's, else no
claim. Without a dated dateline (【シドニー6日】 alone) no day is read: its month is unknown.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence

from reconcile.lang import LanguageProfile
from reconcile.model import Claim, Segment

# How the claim says what it was read against ("2025-11-18 (day of the month)").
DAY_OF_MONTH = "day of the month"
# ... and a weekday named alone (extraction/weekdays.py: "2025-11-18 (weekday)").
WEEKDAY = "weekday"
# The farthest a day alone may lie from the dateline's day.
_MAX_DAYS = 20
# Digits of a day, not after another digit, a separator or a month's or year's character.
_DAY = re.compile(r"(?<![0-9.,/:\-月年])([0-9]{1,2})")
_BRACKET = re.compile(r"[（(]([^（()）]{1,4})[）)]")
# The bracket that opens a paragraph (a dateline's: 【東京19日】, （中央社東京19日電）).
_OPENING_BRACKET = re.compile(r"\s*[【（(\[][^】）)\]]{0,40}[】）)\]]")
# A time of day right after the day (13日22时35分, 13日22時): the day of an event.
_CLOCK_AFTER = re.compile(r"[0-9]{1,2}(?:[时時](?![间間])|[点點:])")  # (not 1日8時間: per day)


def day_of_month_claims(doc_text: str, read: Sequence[tuple[Segment, str]],
                        dateline: str | None, profiles: Mapping[str, LanguageProfile],
                        claims: Sequence[Claim], source: str | None) -> list[Claim]:
    """Claims of the days of the month written alone in `read` (segments and their folded
    text) outside the `claims` made, resolved against `dateline` (an ISO day; a longer
    ISO date-time is cut to its day, a shorter date reads no day)."""
    if dateline is None or len(dateline) != 10:
        return []
    try:
        anchor = datetime.date.fromisoformat(dateline)
    except ValueError:
        return []
    out: list[Claim] = []
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence_start, []).append((c.start, c.end))
    for seg, text in read:
        prof = profiles[seg.lang]
        if not prof.day_after or not prof.date_day or prof.date_day not in text:
            continue
        taken = [(s - seg.start, e - seg.start) for s, e in by_sentence.get(seg.start, ())]
        opening = _OPENING_BRACKET.match(text)
        if opening is not None:
            # （中央社東京19日綜合外電報導）: the day a dateline's bracket names is the day the
            # version was filed, no event's
            taken.append((opening.start(), opening.end()))
        for m in _DAY.finditer(text):
            stop = m.end() + len(prof.date_day)
            if not text.startswith(prof.date_day, m.end()) \
                    or any(s < stop and m.start() < e for s, e in taken):
                continue
            when = _day(text, m.start(), stop, int(m.group(1)), anchor, prof)
            if when is None:
                continue
            out.append(Claim(
                kind="date", surface=doc_text[seg.start + m.start():seg.start + stop],
                start=seg.start + m.start(), end=seg.start + stop, sentence=seg.text,
                lang=seg.lang, low=None, high=None, qualifier="eq", unit=None,
                date=when.isoformat(), relative=DAY_OF_MONTH, anchor=dateline[:7],
                source=source, sentence_start=seg.start, boilerplate=seg.boilerplate,
                boilerplate_reason=seg.boilerplate_reason))
    return out


def _day(text: str, start: int, end: int, day: int, anchor: datetime.date,
         prof: LanguageProfile) -> datetime.date | None:
    """The date of the day of the month `day` written at text[start:end], if it is one."""
    if not 1 <= day <= 31 or text.endswith(prof.day_not_before, 0, start):
        return None
    after = text[end:]
    weekday: int | None = None
    bracket = _BRACKET.match(after)
    if bracket is not None:
        weekday = prof.weekday_numbers.get(bracket.group(1).casefold())
    if prof.day_not_after:
        if after.startswith(prof.day_not_after) or not after[:1] \
                or (after[:1].isdigit() and _CLOCK_AFTER.match(after) is None):
            return None
    elif bracket is None and not after.startswith(prof.day_after) \
            and _CLOCK_AFTER.match(after) is None and not text[:start].endswith(prof.day_before):
        return None
    when = _nearest(day, anchor)
    if when is None or (weekday is not None and when.weekday() != weekday):
        return None
    return when


def _nearest(day: int, anchor: datetime.date) -> datetime.date | None:
    """The date with that day of the month nearest to `anchor`, within _MAX_DAYS."""
    best: datetime.date | None = None
    for shift in (-1, 0, 1):
        month = anchor.month + shift
        year = anchor.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        try:
            when = datetime.date(year, month, day)
        except ValueError:
            continue
        if abs((when - anchor).days) <= _MAX_DAYS and (
                best is None or abs((when - anchor).days) < abs((best - anchor).days)):
            best = when
    return best

"""A weekday named alone, dated by the story's date (spaced scripts and Chinese).

Wire copy in English, French, Indonesian and Chinese dates its events by the weekday: "the
ministry said on Tuesday", « a annoncé mardi », "pada Selasa", 审计长周二发布报告, where the
Japanese and Chinese versions write the day of the month (12日) that extraction/days.py
reads. Where a story's date (its dateline or publication) is a full date, a weekday named
alone ([weekdays] names: the wide names only, no abbreviation) is read as the date of that
weekday in the week up to the story's date (the story's own day included: what the story
tells has happened), or in the week after it where a word of its sentence puts it in the
future ([weekdays] future: "will", « va », "akan", 将). No claim where a word before it makes
it no one day ([weekdays] not_after: "every", "last", "next", « chaque », « le », 每, 上, 下),
where another weekday stands a few characters away ("Tuesday to Sunday", 週二至週日: opening
days), where a date follows it ("Monday, March 4": read with that date) or it stands in
brackets (17日（周一）: a date's weekday, days.py checks it), or where the text
states no full date. compare.py reads such a date as what it states: the same weekday a
week apart agrees, and against anything but a day it has nothing to compare.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence

from reconcile.extraction.days import WEEKDAY
from reconcile.extraction.nonclaims import word_before
from reconcile.lang import LanguageProfile
from reconcile.model import Claim, Segment

_WORD = re.compile(r"[^\W\d_]+")
# A number or a bracket right after the weekday: a date follows (« lundi 13 », "Senin
# (5/1)", 周二（11日）); or a month's name and a number ("Monday, March 4").
_DATE_AFTER = re.compile(r"[\s,]*[0-9(（]")
# At most this many characters between two weekdays make them a span of days.
_SPAN_GAP = 8
_MONTH_AFTER = re.compile(r"[\s,]*([^\W\d_]+)\.?\s+[0-9]")


def weekday_claims(doc_text: str, read: Sequence[tuple[Segment, str]], dateline: str | None,
                   profiles: Mapping[str, LanguageProfile], claims: Sequence[Claim],
                   source: str | None) -> list[Claim]:
    """Claims of the weekdays named alone in `read` (segments and their folded text)
    outside the `claims` made, resolved against `dateline` (an ISO day)."""
    if dateline is None or len(dateline) < 10:
        return []
    try:
        anchor = datetime.date.fromisoformat(dateline[:10])
    except ValueError:
        return []
    taken: dict[int, list[tuple[int, int]]] = {}
    for c in claims:
        taken.setdefault(c.sentence_start, []).append((c.start, c.end))
    out: list[Claim] = []
    for seg, text in read:
        prof = profiles[seg.lang]
        if not prof.weekday_names or seg.boilerplate:
            continue
        folded = text.casefold()
        spans = [(s - seg.start, e - seg.start) for s, e in taken.get(seg.start, ())]
        named = _named(text, folded, prof)
        for i, (start, end, number) in enumerate(named):
            if (i > 0 and start - named[i - 1][1] <= _SPAN_GAP) \
                    or (i + 1 < len(named) and named[i + 1][0] - end <= _SPAN_GAP):
                continue  # "Tuesday to Sunday", 週二至週日: days of every week, no one day
            month = _MONTH_AFTER.match(folded, end)
            if text[start - 1:start] in ("(", "（") or text[end:end + 1] in (")", "）") \
                    or any(s < end and start < e for s, e in spans) \
                    or _DATE_AFTER.match(text, end) is not None \
                    or (month is not None and month.group(1) in prof.months) \
                    or (prof.cjk and any(folded.endswith(w, 0, start)
                                         for w in prof.weekday_not_after)) \
                    or (not prof.cjk and (last := word_before(folded, max(0, start - 24), start))
                        is not None and last[1] in prof.weekday_not_after):
                continue
            future = any(w in folded for w in prof.weekday_future)
            shift = (number - anchor.weekday()) % 7 if future \
                else -((anchor.weekday() - number) % 7)
            when = anchor + datetime.timedelta(days=shift)
            out.append(Claim(
                kind="date", surface=doc_text[seg.start + start:seg.start + end],
                start=seg.start + start, end=seg.start + end, sentence=seg.text,
                lang=seg.lang, low=None, high=None, qualifier="eq", unit=None,
                date=when.isoformat(), relative=WEEKDAY, anchor=dateline[:7],
                source=source, sentence_start=seg.start, boilerplate=seg.boilerplate,
                boilerplate_reason=seg.boilerplate_reason))
    return out


def _named(text: str, folded: str, prof: LanguageProfile) -> list[tuple[int, int, int]]:
    """(start, end, weekday number) of every weekday name in the text: whole words in a
    spaced script (capitalised where the language capitalises them), anywhere in Chinese."""
    found: list[tuple[int, int, int]] = []
    if prof.cjk:
        for name, number in prof.weekday_names.items():
            at = folded.find(name)
            while at >= 0:
                found.append((at, at + len(name), number))
                at = folded.find(name, at + len(name))
        return sorted(found)
    for m in _WORD.finditer(text):
        word = m.group(0).casefold()
        day = prof.weekday_names.get(word)
        if day is None and word in prof.weekday_guarded and _guarded_day(text, m, prof):
            day = prof.weekday_guarded[word]
        if day is not None:
            found.append((m.start(), m.end(), day))
    return found


def _guarded_day(text: str, m: re.Match[str], prof: LanguageProfile) -> bool:
    """A weekday name that is also a common word ("Minggu": Sunday, or week), read as the
    day only capitalised, after a word of [weekdays] guarded_after ("pada Minggu") and
    before none of guarded_not_before ("pada Minggu lalu": last week)."""
    if not m.group(0)[:1].isupper():
        return False
    last = word_before(text, max(0, m.start() - 24), m.start())
    if last is None or last[1].casefold() not in prof.weekday_guarded_after:
        return False
    nxt = _WORD.match(text, m.end() + 1) if text[m.end():m.end() + 1] in (" ", "\u00a0") \
        else None
    return nxt is None or nxt.group(0).casefold() not in prof.weekday_guarded_not_before


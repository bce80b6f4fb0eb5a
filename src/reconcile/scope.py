"""The date that places a claim in time: the date of its own clause, not of its paragraph.

A date scopes the clause it stands in ("4.5% in 2025"), and a date opening a sentence
("In 2016, …", "2021年3月、…") scopes the rest of that sentence. A date stated in passing
("… up from 64.9% in 2021") does not re-date its neighbours: only a date that stands alone
in the opening clause of a sentence (a topic date) carries on to the following sentences of
its paragraph and, failing any, to the paragraphs that follow. Relative dates that the text
links to a stated one ("that year", "同年", "la même année") are resolved by extraction
(extraction/relative.py) and carry their own date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from reconcile.detect import is_cjk
from reconcile.lang import supplement_table
from reconcile.model import Claim

# Clause boundaries: punctuation, but not the comma or colon inside a number (1,300; 4:12).
_BOUNDARY = re.compile(r"[;；，、：。!?！？()（）]|,(?!\d)|(?<!\d),|:(?!\d)|\s[-–—]\s")


@dataclass(frozen=True)
class Dating:
    """The year of a claim, the index of the date claim that states it (None: its own
    date) and how far that date stands: 0 its sentence, 1 its paragraph, 1 + k a topic
    date k paragraphs back. A date of its sentence that states no year ("今年3月" where
    nothing resolves it) dates the claim all the same: the year is then the topic's, or
    None; one that states a year relative to the time of writing alone ("今年", "this
    year", unresolved) dates it to a year unknown (None), not the topic's."""

    year: int | None
    date_index: int | None
    distance: int


@cache
def _date_before_number(lang: str) -> bool:
    """Whether the language puts a scoping date before its number ([scope] of its data
    file); read without building the whole language profile."""
    return bool(supplement_table(lang, "scope").get("date_before_number", False))


def scope_words(lang: str, key: str) -> tuple[str, ...]:
    """The casefolded words of one list of `[scope]` in the language's data file."""
    return _scope_words(lang, key)


@cache
def _scope_words(lang: str, key: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in supplement_table(lang, "scope").get(key, []))


def _since(claim: Claim) -> bool:
    """A date that opens the period of a comparison ("the highest since 1990", "depuis
    1990", 1990年以来): it dates no claim of its clause, the number is of the story's time."""
    at = claim.start - claim.sentence_start
    return since_date(claim.sentence, at, at + claim.end - claim.start, claim.lang)


def since_date(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the date at text[start:end] follows a word of `[scope] since_before` or is
    followed by one of `since_after` (the start of a comparison's period)."""
    return _between(text, start, end, _scope_words(lang, "since_before"),
                    _scope_words(lang, "since_after"))


# How many words before a date a word of `[scope] record_before` may stand in its clause
# ("the mark set by Peter Langat on June 8, 2019"), and how many characters after it one of
# `record_after` may (2019年6月8日に樹立した).
_RECORD_WORDS = 5
_RECORD_CHARS = 24
_CLAUSE_MARK = re.compile(r"[,;:()、，；：（）。]")


def record_date(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the date at text[start:end] is when a record or mark was set ("the mark set
    by X on June 8, 2019", « le record établi en 2019 », 2019年に樹立した記録: [scope]
    record_before, phrases among the few words before it in its clause, and record_after):
    a past time recalled, not the story's."""
    before_words, after_words = (_scope_words(lang, "record_before"),
                                 _scope_words(lang, "record_after"))
    if before_words:
        clause = _CLAUSE_MARK.split(text[max(0, start - 80):start])[-1]
        head = f" {' '.join(clause.casefold().split()[-_RECORD_WORDS:])} "
        if any(f" {w} " in head for w in before_words):
            return True
    if after_words:
        tail = _CLAUSE_MARK.split(text[end:end + _RECORD_CHARS])[0]
        return any(w in tail for w in after_words)
    return False


def target_date(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the date at text[start:end] follows a word of `[scope] target_before` or is
    followed by one of `target_after`: the deadline of a plan or forecast ("40 GWh by
    2030", "d'ici 2030", 2030年までに), not a time the story moves to."""
    return _between(text, start, end, _scope_words(lang, "target_before"),
                    _scope_words(lang, "target_after"))


def month_step(text: str, start: int, end: int, lang: str) -> int:
    """-1 for a month without a year said as the last one ("last November", `novembre
    dernier`, "November lalu": [scope] last_before/last_after), 1 for the next one ("next
    June", `juin prochain`: next_before/next_after), else 0 (the nearest)."""
    if _between(text, start, end, _scope_words(lang, "last_before"),
                _scope_words(lang, "last_after")):
        return -1
    if _between(text, start, end, _scope_words(lang, "next_before"),
                _scope_words(lang, "next_after")):
        return 1
    return 0


def _between(text: str, start: int, end: int, before_words: tuple[str, ...],
             after_words: tuple[str, ...]) -> bool:
    """Whether text[start:end] follows one of `before_words` (a whole word) or is followed
    by one of `after_words`."""
    if not before_words and not after_words:
        return False
    width = max(map(len, (*before_words, *after_words))) + 2
    before = text[max(0, start - width):start].rstrip().casefold()
    after = text[end:end + width].lstrip().casefold()
    return any(before.endswith(w) and (len(before) == len(w) or is_cjk(w[0])
                                       or not before[-len(w) - 1].isalpha())
               for w in before_words) or any(after.startswith(w) for w in after_words)


def _year(date: str | None) -> int | None:
    if not date or not date[:4].isdigit():
        return None
    return int(date[:4])


def _clause(claim: Claim) -> int:
    """Index of the clause of its sentence the claim starts in."""
    return len(_BOUNDARY.findall(claim.sentence[:max(claim.start - claim.sentence_start, 0)]))


def _gap(claim: Claim, date: Claim) -> int:
    """Words between a claim and a date of its sentence (characters where words are not
    spaced): "4.5% in 2025" and "2024 to 4.5%" are one word apart, a tie."""
    left, right = (claim, date) if claim.start < date.start else (date, claim)
    text = claim.sentence[left.end - claim.sentence_start:right.start - claim.sentence_start]
    return len(text.strip()) if any(map(is_cjk, text)) else len(text.split())


def _states_month(claim: Claim) -> bool:
    """A date claim that states a month but no year anything resolved ("今年3月", "in
    March" in a text with no year)."""
    return claim.kind == "date" and claim.floating is not None and "--" in claim.floating


def _now(claim: Claim) -> bool:
    """A date said relative to the time of writing that nothing resolved, a year or more
    ("今年" or "this year" in a text of unknown date): it dates its clause all the same, to
    a year unknown, not to the topic year of the sentences before ("2015年の導入以来、…
    今年の見通しは38兆6000億ルピア": this year's forecast, no figure of 2015)."""
    return claim.kind == "date" and claim.date is None and claim.floating is not None \
        and claim.floating.startswith("now") and claim.floating.endswith("year")


def _sentence_date(index: int, claim: Claim, dates: Sequence[tuple[int, Claim, int | None]],
                   clauses: Sequence[int]) -> tuple[int | None, int] | None:
    """(year, index) of the date scoping a claim inside its sentence: the nearest date of
    its clause (of two equally near, the one on the side the language puts a scoping date),
    else the nearest date of an earlier clause. `clauses`: the _clause of each claim."""
    clause = clauses[index]
    before_first = _date_before_number(claim.lang)
    same = [(_gap(claim, d), (d.start < claim.start) != before_first, i, y)
            for i, d, y in dates if i != index and clauses[i] == clause]
    if same:
        *_, i, y = min(same)
        return y, i
    before = [(d.start, i, y) for i, d, y in dates if d.start < claim.start]
    if before:
        _, i, y = max(before)
        return y, i
    return None


# What may stand before a date that opens its sentence: a few words ("In", "At the end
# of", "Pada tahun", "Au cours de l'été") or, in unspaced scripts, a preposition ("在",
# "于"), no subject and verb ("该病毒于 2012 年…", "was first isolated in 2012").
_OPENING_WORDS = 4
_OPENING_CJK_CHARS = 2


def _opens(claim: Claim) -> bool:
    """Whether a date opens its sentence: only a few words stand before it."""
    before = claim.sentence[:max(claim.start - claim.sentence_start, 0)].strip()
    if any(map(is_cjk, before)):
        return len(before) <= _OPENING_CJK_CHARS
    return len(before.split()) <= _OPENING_WORDS and not any(ch.isdigit() for ch in before)


def _is_topic(index: int, claim: Claim, claims_of_sentence: Sequence[tuple[int, Claim]],
              clauses: Sequence[int]) -> bool:
    """A date that opens its sentence, or a reporting period, alone in its opening clause
    ("In 2016, …", "2021年3月、…"): it sets the time of what follows. A date inside a
    clause ("was first isolated in 2012 from …") dates its own clause only, and so does a
    span of years."""
    if clauses[index] != 0 or not (_opens(claim) or _is_period(claim)) \
            or _year_span(claim):
        return False
    return all(i == index or clauses[i] != 0 for i, _ in claims_of_sentence)


def _year_span(claim: Claim) -> bool:
    """A span of years ("Between 2020 and 2022, …", "2020～2022年"): it dates its own
    sentence, but sets no one year for what follows."""
    first, _, last = (claim.date or "").partition("/")
    return len(first) == 4 and len(last) == 4


def _is_period(claim: Claim) -> bool:
    """A reporting period (a quarter, a span of months: "2025年4～6月期", "the
    April-June quarter"): named in the opening clause, it is the time of the report that
    follows wherever it stands in its sentence."""
    first, _, last = (claim.date or "").partition("/")
    return len(first) >= 7 and len(last) >= 7


# How many years before the story's topic year a paragraph's topic date is a recollection
# (datings: "the first free election, on June 4, 1989" in a 2027 story).
_RECALLED_YEARS = 10


def _recalled(paragraph_topic: tuple[int, int], topic: tuple[int, int] | None) -> bool:
    """Whether a paragraph's topic date lies so far before the topic held so far that it
    recalls the past: it dates its own paragraph, and the paragraphs after it keep the
    story's topic year."""
    return topic is not None and paragraph_topic[0] < topic[0] - _RECALLED_YEARS


def datings(claims: Sequence[Claim], paragraph_of: Mapping[int, int]
            ) -> list[Dating | None]:
    """The dating of each claim of one version (claims in text order)."""
    by_sentence: dict[int, list[tuple[int, Claim]]] = {}
    for index, claim in enumerate(claims):
        by_sentence.setdefault(claim.sentence_start, []).append((index, claim))
    dates_of: dict[int, list[tuple[int, Claim, int | None]]] = {
        start: [(i, c, _year(c.date)) for i, c in members
                if (_year(c.date) is not None or _states_month(c) or _now(c))
                and not _since(c)]
        for start, members in by_sentence.items()
    }
    # Each claim's clause, read once (a claim is weighed against every date of its
    # sentence, and its sentence's other claims against it).
    clauses = [_clause(c) for c in claims]
    out: list[Dating | None] = []
    topic: tuple[int, int] | None = None  # (year, index) of the last topic date
    topic_paragraph = 0
    paragraph_topic: tuple[int, int] | None = None
    last_paragraph: int | None = None
    for index, claim in enumerate(claims):
        paragraph = paragraph_of.get(claim.sentence_start, -1)
        if paragraph != last_paragraph:
            if paragraph_topic is not None and not _recalled(paragraph_topic, topic):
                topic, topic_paragraph = paragraph_topic, last_paragraph or 0
            paragraph_topic, last_paragraph = None, paragraph
        own = _year(claim.date)
        found = _sentence_date(index, claim, dates_of[claim.sentence_start], clauses)
        if own is not None:
            out.append(Dating(own, None, 0))
        elif found is not None:
            year = found[0]
            if year is None and _states_month(claims[found[1]]):
                held = paragraph_topic or topic
                year = held[0] if held is not None else None
            out.append(Dating(year, found[1], 0))
        elif paragraph_topic is not None and claims[paragraph_topic[1]].start < claim.start:
            out.append(Dating(paragraph_topic[0], paragraph_topic[1], 1))
        elif topic is not None:
            # A topic date further back than the paragraph before still sets the year the
            # claim is about, but no longer dates it (versions break paragraphs apart).
            back = max(paragraph - topic_paragraph, 0)
            out.append(Dating(topic[0], topic[1] if back <= 1 else None, 1 + back))
        else:
            out.append(None)
        if own is not None and _is_topic(index, claim, by_sentence[claim.sentence_start],
                                           clauses) and not _since(claim):
            # (自2013年以来, "Since 2013, …": a comparison's start opens its sentence, and
            # still dates nothing after it)
            paragraph_topic = (own, index)
    return out

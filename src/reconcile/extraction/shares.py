"""Fractions that state a share: "a fifth of its value", « les trois quarts des fonds »,
"seperlima nilainya", 4分の1, 五分之一, 一半. A share is a percent claim (20 %, 75 %, 25 %,
50 %), as 2割 and 两成 already are, so that the versions that write it as a fraction and
those that write it as a percentage state one fact.

A fraction with an exact decimal value is read as it is (a half, quarters, fifths,
eighths, tenths...); thirds, which have none, to two places as approximate ("a third",
三分之一, 3分の1: about 33.33 %; [shares] inexact); other inexact fractions (7分の1) give no
claim rather than a rounded value. A spelled fraction is a share where a share link follows
it ([shares] of: "of", "de", "dari"), a verb it is the subject of ([shares] subject_then:
"two-thirds were found"), or a word of change stands before it ([shares] by: "cut by a
fifth"); a fraction of a time unit or a scale ("a quarter of an hour", "half a million") is
read elsewhere, and one after an ordinal ("the second half of") names a period, no share.
A CJK fraction before a time unit is a span of that unit (100分の1秒: 0.01 s). Language
data: [spelled] fractions (their values), [shares].
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from functools import lru_cache

from reconcile.extraction.expr import Expr, make_expr
from reconcile.extraction.lexicon import Lexicon
from reconcile.extraction.phrases import skip_spaces
from reconcile.lang import LanguageProfile, get_profile

_HUNDRED = Decimal(100)
_WORD_AT = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)['’]?\s*$")
_CJK_NUMBER = r"[0-9０-９]{1,3}|[一二两兩三四五六七八九十]{1,3}"
_HAN = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
        "九": 9, "十": 10}


def share_atoms(text: str, lex: Lexicon, words: frozenset[str]) -> list[Expr]:
    """The shares a segment states, in text order (percent atoms; their qualifiers are read
    when they grow)."""
    prof = lex.profile
    spec = _spec(prof.code)
    if spec is None:
        return []
    if prof.cjk:
        return _cjk_shares(text, spec, lex)
    if words.isdisjoint(spec.keys):
        return []
    return _spelled_shares(text, lex, spec)


class _Spec:
    """A language's share data, compiled once."""

    def __init__(self, prof: LanguageProfile, table: Mapping[str, object]) -> None:
        sp = prof.spelled
        own = table.get("fractions", {})
        assert isinstance(own, Mapping)
        # The spelled fractions of [spelled], unless the data says they are no shares
        # (id "satu setengah" is one and a half).
        spelled = {w: v for w, (role, v) in sp.roles.items() if role == "fraction" and v} \
            if table.get("spelled_fractions", True) else {}
        self.fractions: dict[str, Decimal] = {
            **spelled, **{str(w).casefold(): Decimal(str(v)) for w, v in own.items()}}
        words = table.get("words", {})
        assert isinstance(words, Mapping)
        # Words that are a share of one on their own ("half", "moitié", "seperlima", 一半).
        self.alone: dict[str, Decimal] = {str(w).casefold(): Decimal(str(v))
                                          for w, v in words.items()}
        self.links = tuple(str(w).casefold() for w in _list(table, "of"))
        self.by = frozenset(str(w).casefold() for w in _list(table, "by"))
        self.by_then = frozenset(str(w).casefold() for w in _list(table, "by_then"))
        self.subject_then = frozenset(str(w).casefold() for w in _list(table, "subject_then"))
        self.not_after = frozenset(str(w).casefold() for w in _list(table, "not_after"))
        self.not_before = frozenset(str(w).casefold() for w in _list(table, "not_before"))
        self.linkless = bool(table.get("linkless", False))
        self.determiners = frozenset(str(w).casefold() for w in _list(table, "determiners"))
        self.cjk_link = str(table.get("cjk_link", ""))
        # Links between a whole number and a fraction after it (三又二分之一, 2と2分の1):
        # one mixed number.
        self.cjk_whole_links = tuple(str(w) for w in _list(table, "cjk_whole_links"))
        self.numerators: dict[str, int] = {
            **{a.casefold(): 1 for a in prof.articles},
            **{w: n for w, n in prof.number_words.items() if 1 <= n <= 9}}
        # Fractions with no exact decimal value, by their denominator ([shares] inexact:
        # "a third", « deux tiers », "dua pertiga"): read to two places, approximately.
        inexact = table.get("inexact", {})
        assert isinstance(inexact, Mapping)
        self.inexact: dict[str, int] = {str(w).casefold(): int(v) for w, v in inexact.items()}
        alone_inexact = table.get("inexact_alone", {})
        assert isinstance(alone_inexact, Mapping)
        self.inexact_alone: dict[str, int] = {str(w).casefold(): int(v)
                                              for w, v in alone_inexact.items()}
        self.cjk_inexact = frozenset(int(str(d)) for d in _list(table, "cjk_inexact"))
        self.keys = frozenset({*(k for w in self.fractions for k in w.split()),
                               *(k for w in self.alone for k in w.split()),
                               *self.inexact, *self.inexact_alone})
        self.time_words = frozenset(w.casefold() for w in prof.durations)
        self.scales = frozenset(w.casefold() for w in prof.scales)
        cjk = self.cjk_link
        self.cjk = re.compile(rf"(?P<d>{_CJK_NUMBER}){re.escape(cjk)}(?P<n>{_CJK_NUMBER})") \
            if cjk else None
        alone = sorted(self.alone, key=lambda w: (-len(w), w))
        self.cjk_alone = re.compile("|".join(map(re.escape, alone))) if cjk and alone else None


def _list(table: Mapping[str, object], key: str) -> list[object]:
    value = table.get(key, [])
    return value if isinstance(value, list) else []


@lru_cache(maxsize=8)
def _spec(code: str) -> _Spec | None:
    prof = get_profile(code)
    return _Spec(prof, prof.share_data) if prof.share_data else None


# The smallest share read (a twentieth): "un centième de son record" is a hundredth of a
# second, 100分の1秒 too, no share.
_SMALLEST = Decimal(5)


def _percent(fraction: Decimal, numerator: int) -> Decimal | None:
    value = fraction * numerator * _HUNDRED
    return value.normalize() if _SMALLEST <= value <= _HUNDRED else None


def _spelled_shares(text: str, lex: Lexicon, spec: _Spec) -> list[Expr]:
    out: list[Expr] = []
    for m in _WORD_AT.finditer(text):
        word = m.group(0).casefold()
        fraction = spec.fractions.get(word)
        alone = spec.alone.get(word)
        rough = False  # an inexact fraction, read approximately
        if fraction is None and alone is None:
            if word in spec.inexact:
                fraction, rough = _rough(spec.inexact[word]), True
            elif word in spec.inexact_alone:
                alone, rough = _rough(spec.inexact_alone[word]), True
            else:
                continue
        start, value = m.start(), None
        head = _WORD_BEFORE.search(text, max(0, start - 24), _before_hyphen(text, start))
        numerator = spec.numerators.get(head.group(1).casefold()) if head else None
        if fraction is not None and numerator is not None:
            start, value = head.start(1) if head else start, _percent(fraction, numerator)
        elif alone is not None:
            value = _percent(alone, 1)
            if head is not None and head.group(1).casefold() in spec.determiners:
                start = head.start(1)  # « environ la moitié »: the bound before the article
            if head is not None and head.group(1).casefold() in spec.numerators \
                    and spec.numerators[head.group(1).casefold()] > 1:
                continue  # "two halves": no share
        if value is None:
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 24), start)
        prior = before.group(1).casefold() if before else ""
        if prior in spec.not_after:
            continue  # "the second half of 2024": a period
        if _of_time(text, m.end(), spec) or not (
                _linked(text, m.end(), spec) or spec.linkless
                or (prior in spec.by and _then(text, m.end(), spec))
                or _subject(text, m.end(), spec)):
            continue  # "seperempat abad", "a quarter of an hour": no share
        if rough:
            value = value.quantize(_PLACES).normalize()
        added = _added_to_number(text, start, lex)
        out.append(make_expr(start if added is None else added, m.end(), value, "word", start,
                             m.end(), percent=True, qualifier="approx" if rough else "eq",
                             unsure=added is not None))
    return out


def _added_to_number(text: str, start: int, lex: Lexicon) -> int | None:
    """Where the number a spelled share is added to starts (« un milliard et trois quarts
    d'euros »: 1.75 billion, not three quarters of anything): a coordinating word of the
    spelled grammar and a number word or scale before the fraction; None when none stands
    there. Such a sum is read as no claim."""
    sp = lex.profile.spelled
    words = text[max(0, start - 40):start].split()
    if len(words) < 2 or words[-1].casefold() not in sp.connectors:
        return None
    number = words[-2].casefold().strip(",")
    if number not in sp.roles and not number.isdigit():
        return None
    return text.rfind(words[-2], 0, start)


# An inexact share's places: a third is about 33.33 %.
_PLACES = Decimal("0.01")


def _rough(denominator: int) -> Decimal:
    """1/denominator, to more places than a share is read to (33.3333 … %)."""
    return Decimal(1) / Decimal(denominator)


def _before_hyphen(text: str, pos: int) -> int:
    """Where the word before a fraction ends: before the hyphen of "two-thirds"."""
    return pos - 1 if pos and text[pos - 1] in "-\u2010" else pos


def _linked(text: str, end: int, spec: _Spec) -> bool:
    """Whether a share link follows the fraction ("of", « de »)."""
    rest = text[skip_spaces(text, end):][:12].casefold()
    return any(rest.startswith(link) and (link[-1:] in "'’" or not rest[len(link):len(link) + 1]
                                          .isalpha()) for link in spec.links)


def _then(text: str, end: int, spec: _Spec) -> bool:
    """Whether a change's fraction ends its phrase ("cut by a fifth.", "by a fifth to $92"):
    punctuation, the end or a word of [shares] by_then follows, no noun (« d'un cinquième
    homme » is an ordinal: a fifth man)."""
    word = _WORD_AT.match(text, skip_spaces(text, end))
    if word is None or word.start() > skip_spaces(text, end):
        return True
    return word.group(0).casefold() in spec.by_then


def _subject(text: str, end: int, spec: _Spec) -> bool:
    """Whether a verb of [shares] subject_then follows the fraction: the share is the
    subject ("two-thirds were found", "of which about one-third is covered", « dont un tiers
    est couvert »)."""
    word = _WORD_AT.match(text, skip_spaces(text, end))
    return word is not None and word.start() == skip_spaces(text, end) \
        and word.group(0).casefold() in spec.subject_then


def _of_time(text: str, end: int, spec: _Spec) -> bool:
    """Whether a time unit, a scale word or a word of [shares] not_before is among the two
    words after the fraction, past its link ("a quarter of an hour", "seperempat abad",
    "half a million", « un quart de point »: a fraction of a percentage point): read
    elsewhere or not at all, no share."""
    spaced = text[end:end + 40].casefold().replace("'", "' ").replace("’", "’ ") \
        .replace("-", " ").replace("\u2010", " ")
    after = [w.strip(".,;:") for w in spaced.split()[:3]]
    if after and after[0] in spec.links:
        after = after[1:]
    return any(w in spec.time_words or w in spec.scales or w in spec.not_before
               for w in after[:2])


def _cjk_shares(text: str, spec: _Spec, lex: Lexicon) -> list[Expr]:
    out: list[Expr] = []
    if spec.cjk is not None and spec.cjk_link in text:
        for m in spec.cjk.finditer(text):
            den, num = _cjk_int(m.group("d")), _cjk_int(m.group("n"))
            if den is None or num is None or not 0 < num <= den:
                continue
            whole = _whole_before(text, m.start(), spec)
            if whole is not None:
                # 三又二分之一倍, 3と4分の1マイル: a mixed number (3.25 mi), no share;
                # with no exact value (三又三分之一), no claim (neither part is one)
                value = whole[1] + Decimal(num) / Decimal(den)
                out.append(make_expr(whole[0], m.end(), value.normalize(), "han", whole[0],
                                     m.end(), unsure=value * den != whole[1] * den + num))
                continue
            unit = lex.durations.at(text, m.end())
            if unit is not None:
                # 100分の1秒: a fraction of the time unit after it (0.01 s), not a share
                # nor one second
                span = _fraction_of_unit(m, unit, num, den)
                if span is not None:
                    out.append(span)
                continue
            value = (Decimal(num) * _HUNDRED / Decimal(den))
            rough = value * den != num * _HUNDRED or value != value.quantize(Decimal("0.001"))
            if (rough and den not in spec.cjk_inexact) or value < _SMALLEST:
                continue  # 7分の1: no exact value, no claim; 100分の1秒: a hundredth
            out.append(make_expr(m.start(), m.end(),
                                 (value.quantize(_PLACES) if rough else value).normalize(),
                                 "han", m.start(), m.end(), percent=True,
                                 qualifier="approx" if rough else "eq"))
    if spec.cjk_alone is not None:
        for m in spec.cjk_alone.finditer(text):
            if any(o.start <= m.start() < o.end for o in out) \
                    or text[max(0, m.start() - 1):m.start()] in spec.not_after:
                continue  # (另一半: the other half, a spouse)
            value = spec.alone[m.group(0).casefold()] * _HUNDRED
            out.append(make_expr(m.start(), m.end(), value.normalize(), "han", m.start(),
                                 m.end(), percent=True))
    return sorted(out, key=lambda e: e.start)


def _whole_before(text: str, start: int, spec: _Spec) -> tuple[int, Decimal] | None:
    """The whole number a [shares] cjk_whole_links word joins to the fraction at `start`
    (三又 in 三又二分之一): (where it starts, its value)."""
    for link in spec.cjk_whole_links:
        if not text.endswith(link, 0, start):
            continue
        m = _WHOLE_BEFORE.search(text, max(0, start - len(link) - 4), start - len(link))
        if m is not None and (value := _cjk_int(m.group(0))) is not None:
            return m.start(), Decimal(value)
    return None


_WHOLE_BEFORE = re.compile(rf"(?:{_CJK_NUMBER})$")


def _fraction_of_unit(m: re.Match[str], unit: tuple[int, object], num: int, den: int
                      ) -> Expr | None:
    """The span of time "num/den of a unit" (100分の1秒: 0.01 s), when exact, with the unit
    word; None when it has no exact value."""
    end, spec = unit
    if not isinstance(spec, tuple) or len(spec) < 2:
        return None
    name, factor = str(spec[0]), Decimal(str(spec[1]))
    value = Decimal(num) * factor / Decimal(den)
    if value * den != num * factor:
        return None
    return make_expr(m.start(), end, value.normalize(), "han", m.start(), m.end(),
                     duration=name)


def _cjk_int(number: str) -> int | None:
    folded = number.translate({0xFF10 + i: 0x30 + i for i in range(10)})
    if folded.isdigit():
        return int(folded)
    if len(folded) == 1:
        return _HAN.get(folded)
    if folded == "十" or not all(ch in _HAN for ch in folded):
        return None
    if folded[0] == "十":
        rest = _HAN.get(folded[1:])
        return 10 + rest if rest is not None and len(folded) == 2 else None
    if len(folded) == 2 and folded[1] == "十":
        return _HAN[folded[0]] * 10
    return None

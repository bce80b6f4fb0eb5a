"""Amounts written in two units of one currency: "2 dollars and 30 cents", "两美元又三美分",
"五元三毛". Read as one amount (2.30, 2.03, 5.3); otherwise the first part alone would be a
wrong value. The words are language data, the [compound_money] table of
lang/data/<code>.toml: `links` (what may stand between the parts besides the language's
coordinating words: 又), `hundredths` and `tenths` (a currency's minor units written after
the second number: "cents", 銭; 角, 毛; `not_minor`: longer words they begin that are
none, 分钟). A second part in a minor unit named with its
currency ("三美分") counts when the currency is the first part's.

Measures written in two units of one system are one measure too ("6 feet 2 inches" is 74
inches, "7 pounds 3 ounces" 115 ounces: common.toml's [compound_measures]); read apart,
the first part would be compared with a translation's metric figure as a wrong value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from reconcile.extraction.expr import Expr, evolve
from reconcile.extraction.lexicon import Lexicon
from reconcile.extraction.phrases import SPACES, PhraseTable
from reconcile.lang import get_profile, supplement_table

_HUNDREDTH = Decimal("0.01")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_TENTH = Decimal("0.1")


@dataclass(frozen=True)
class CompoundWords:
    """What joins an amount's two parts, and the minor units of its second."""

    links: PhraseTable
    minor: PhraseTable  # word -> factor (Decimal)


@lru_cache(maxsize=64)
def compound_words(code: str) -> CompoundWords:
    """The language's minor units, and what may join the parts: its coordinating words
    ([coordination]: "and", と) and the `links` of its own ("又")."""
    table = supplement_table(code, "compound_money")
    minor: dict[str, object] = {w: _TENTH for w in table.get("tenths", [])}
    minor.update({w: _HUNDREDTH for w in table.get("hundredths", [])})
    # Longer words a minor unit begins that are no minor unit (分钟, minutes): the longest
    # match wins, and it says no.
    minor.update({w: False for w in table.get("not_minor", [])})
    links = [*get_profile(code).coordinators, *table.get("links", [])]
    return CompoundWords(PhraseTable.of({w: True for w in links}), PhraseTable.of(minor))


def compound_amounts(text: str, exprs: list[Expr], lex: Lexicon) -> list[Expr]:
    """The expressions with each amount and the minor-unit part after it made one."""
    words = compound_words(lex.profile.code)
    if not words.minor.entries:
        return exprs
    out: list[Expr] = []
    i = 0
    while i < len(exprs):
        cur = exprs[i]
        i += 1
        # A merged amount may take a further, smaller unit: 3元5角2分 (3.52).
        while i < len(exprs) and (merged := _merge(text, cur, exprs[i], words, lex)) is not None:
            cur = merged
            i += 1
        out.append(cur)
    return out


def _merge(text: str, a: Expr, b: Expr, words: CompoundWords, lex: Lexicon) -> Expr | None:
    if (a.currency is None or a.unknown_currency or a.qualifier != "eq" or a.high is not None
            or a.scaled or b.qualifier != "eq" or b.high is not None or b.scaled):
        return None
    gap = text[a.end:b.start].strip(SPACES)
    if gap:
        link = words.links.at(gap, 0)
        if link is None or link[0] != len(gap):
            return None
    at = b.num_end
    while at < len(text) and text[at] in SPACES:
        at += 1
    if b.currency == a.currency and 0 < b.value < 1 \
            and lex.minor_units.at(text, at) is not None:
        part = b.value  # "三美分": already in hundredths of its named currency
    elif _bare_hundredths(text, a, b, at, lex):
        part = b.value / 100  # "3 pounds 50", "10 € 50"
    elif b.currency is None and not b.has_unit:
        hit = words.minor.at(text, at)
        if hit is None or hit[1] is False or b.value != b.value.to_integral_value():
            return None
        factor = Decimal(str(hit[1]))
        if b.value * factor >= 1:
            return None
        part = b.value * factor
        b = evolve(b, end=max(b.end, hit[0]))
    else:
        return None
    return evolve(a, end=b.end, value=a.value + part)


def _bare_hundredths(text: str, a: Expr, b: Expr, at: int, lex: Lexicon) -> bool:
    """Two digits (or a number word below a hundred) alone right after an amount whose
    currency follows its number are its hundredths: "3 pounds 50", "10 € 50", "thirteen
    dollars forty five" (the second number would otherwise be an amount of its own, or
    share the first one's symbol). A word after the two digits leaves them a number of
    their own unless it is one that names no counted noun (language data
    `[counts] stop`: "2 euros 50 depuis janvier")."""
    if a.end <= a.num_end or b.currency not in (None, a.currency) \
            or (b.currency is None and b.has_unit):
        return False
    if b.origin == "word":
        # Spelled, the hundredths are a number word below a hundred ("thirteen dollars
        # forty-five"): their digits are not seen, their value is.
        if not (0 < b.value < 100 and b.value == b.value.to_integral_value()):
            return False
    elif b.origin != "digits" or not b.plain_int or b.num_end - b.num_start != 2:
        return False
    if text[a.end:b.num_start].strip(SPACES):
        return False  # only space between the currency and the two digits
    if at >= len(text) or not (text[at].isalnum() or text[at] in "%$€£¥"):
        return True
    word = _WORD.match(text, at)
    return word is not None and word.group(0).casefold() in lex.profile.count_stop


@lru_cache(maxsize=1)
def measure_parts() -> dict[tuple[str, str], Decimal]:
    """(larger unit, smaller unit) → how many of the smaller make one of the larger, for
    the measures written in two units (common.toml [compound_measures] parts)."""
    table = supplement_table("common", "compound_measures")
    return {(str(big), str(small)): Decimal(str(factor))
            for big, small, factor in table.get("parts", [])}


def compound_measures(text: str, exprs: list[Expr], lex: Lexicon) -> list[Expr]:
    """The expressions with a measure and its smaller-unit part after it made one, in
    the smaller unit: "6 feet 2 inches" (74 inches), "6 ft 2 in", "7 pounds and 3 ounces"."""
    parts = measure_parts()
    if not parts or len(exprs) < 2:
        return exprs
    links = compound_words(lex.profile.code).links
    out: list[Expr] = []
    i = 0
    while i < len(exprs):
        a = exprs[i]
        b = exprs[i + 1] if i + 1 < len(exprs) else None
        factor = parts.get((a.quantity or "", b.quantity or "")) if b is not None else None
        if b is not None and factor is not None and _plain(a) and _plain(b) \
                and _linked(text[a.end:b.start].strip(SPACES), links) \
                and b.value < factor:
            out.append(evolve(a, end=b.end, value=a.value * factor + b.value,
                              quantity=b.quantity))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _plain(e: Expr) -> bool:
    return e.qualifier == "eq" and e.high is None and not e.scaled and e.value >= 0


def _linked(gap: str, links: PhraseTable) -> bool:
    if not gap:
        return True
    link = links.at(gap, 0)
    return link is not None and link[0] == len(gap)

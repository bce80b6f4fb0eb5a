"""Successive values of one figure: "rose from 2,140 to 3,085" is two facts, not a range.

"from X to Y" after a verb of change ("rose", "est passé", "naik", "に増えた") states a
figure before and after an update, so the two numbers stay two claims. The words are
language data: the [updates] table of lang/data/<code>.toml lists `before` (verbs of
change that stand a few words before the first number, or right before it in Chinese),
`openers` (the "from" word that must stand right before it: "rose 10-20%" is a range of
the change itself) and `after` (what follows the second number when the verb comes last,
as in Japanese). A verb of change right before a change and a level, each with its unit
("fell 0.3% to 4.1%"), also makes two claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from reconcile.detect import is_cjk
from reconcile.extraction.expr import Expr
from reconcile.lang import supplement_table

# How many words before the first number a verb of change may stand ("rose sharply from",
# "widened the exclusion zone from"), unless the language's data says more ([updates]
# reach: "raise the daily minimum wage from").
_REACH = 5
# Characters looked at around the two numbers (bounded: the cost stays linear).
_WINDOW = 60


@dataclass(frozen=True)
class UpdateWords:
    """The language's verbs of change and the words around them."""

    before: frozenset[str]
    openers: frozenset[str]
    after: tuple[str, ...]
    # The verbs of `before` written in a script without spaces (下降0.3%), matched as the
    # end of the text before the number.
    glued: tuple[str, ...] = ()
    # Words that join the old and the new value besides the range connectors ("dari 21
    # menjadi 30": from 21 to 30).
    joints: frozenset[str] = frozenset()
    # Openers that also mean "by" or "of" (fr "de": "une baisse de 50 à 60 %" is a drop of
    # 50 to 60 per cent): with them, a bare number before one with a unit, within a range's
    # span of it, is a range of the change.
    ambiguous: frozenset[str] = frozenset()
    # Words of direction that stand for a verb of change before an opener ("up from 1,100":
    # the old value of a change stated just before).
    directions: frozenset[str] = frozenset()
    # Words that say the number after them is the amount of a change ("rose by 5% to 20%"):
    # with a verb of change before and a unit on each number, the change and the level.
    by: frozenset[str] = frozenset()
    # Verbs of `before` after which an ambiguous opener can only mean "from" (fr "est passé
    # de 385 à 394 dollars": went from 385 to 394, never "by"): the two values, whatever
    # their units.
    only_from: frozenset[str] = frozenset()
    # How many words before the first number its verb may stand ([updates] reach).
    reach: int = _REACH
    # Words (stems) of falling around a change: "down 21%", 21％下落 (compare.said_falling).
    falls: tuple[str, ...] = ()
    # Subjects whose level after a change in percent is a price or an index, no count ("the
    # index rose 6.2% to 1,200"; [updates] level_not_of): stems.
    level_not_of: tuple[str, ...] = ()
    # Verbs (one or two words) that state the level a figure reached, right before a bare
    # number ([updates] levels: "the death toll reached 312", « le bilan s'élève à 312 »,
    # "jumlah kematian mencapai 312"): the figure the sentence is about.
    levels: tuple[str, ...] = ()


@lru_cache(maxsize=64)
def update_words(code: str) -> UpdateWords:
    table = supplement_table(code, "updates")
    before = frozenset(w.casefold() for w in table.get("before", []))
    return UpdateWords(before,
                       frozenset(w.casefold() for w in table.get("openers", [])),
                       tuple(table.get("after", [])),
                       tuple(sorted(w for w in before if not w.isascii() and is_cjk(w[-1]))),
                       frozenset(w.casefold() for w in table.get("joints", [])),
                       frozenset(w.casefold() for w in table.get("ambiguous_openers", [])),
                       frozenset(w.casefold() for w in table.get("directions", [])),
                       frozenset(w.casefold() for w in table.get("by", [])),
                       frozenset(w.casefold() for w in table.get("only_from", [])),
                       int(table.get("reach", _REACH)),
                       tuple(w.casefold() for w in table.get("falls", [])),
                       tuple(w.casefold() for w in table.get("level_not_of", [])),
                       tuple(w.casefold() for w in table.get("levels", [])))


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


# A bracketed aside at the head of a text ("（約1010ドル）に").
_BRACKETED_HEAD = re.compile(r"^(?:\([^()]{0,40}\)|（[^（）]{0,40}）)")


def is_update(text: str, first: Expr, second: Expr, code: str) -> bool:
    """Whether two numbers around a range connector are a figure's old and new values, or a
    change and the level it reached (update_kind)."""
    return update_kind(text, first, second, code) is not None


def update_kind(text: str, first: Expr, second: Expr, code: str
                ) -> Literal["values", "change"] | None:
    """How two numbers around a range connector are two facts: "values" (a figure's old
    and new values: "rose from 2,140 to 3,085", the first in the second's unit where it
    is written once), "change" (the change, then the level reached: "fell 0.3% to 4.1%",
    "fell 20% to 1.5 million": each in its own unit), or None (no update)."""
    words = update_words(code)
    joint = text[first.end:second.start].strip()
    # "10万人から15万人に増えた": the old value, then the new; joined by a sign
    # ("2～3倍に増えた": grew two- to threefold) the two numbers are a range of the new.
    if words.after and joint.isalpha() and _BRACKETED_HEAD.sub(
            "", text[second.end:second.end + 3 * _WINDOW].lstrip()).lstrip().startswith(
            words.after):
        # (past a conversion in brackets: 1270万ルピアから1650万ルピア（約1010ドル）に)
        return "values"
    if not words.before:
        return None
    window = text[max(first.start - _WINDOW, 0):first.start]
    back = [m.group(0).casefold() for m in _WORD.finditer(window)][-words.reach:]
    # "rose from 2,140 to 3,085", not "rose 10-20%" (a range of the change itself).
    if back and back[-1] in words.openers and _percent_before_opener(window, back[-1]):
        return "values"  # « grimpera de 6,2 %, de 2 100 à 2 230 yuans »: the change's values
    if back and back[-1] in words.openers and any(w in words.before for w in back):
        ranged = (back[-1] in words.ambiguous and not first.has_unit and second.has_unit
                  and _range_like(first.value, second.value)
                  and words.only_from.isdisjoint(back))
        return None if ranged else "values"
    # "fell 0.3% to 4.1%", "下降0.3%至4.1%", "fell $2 to $78": the change, then the level,
    # each with its own unit (after it, or a currency before it), joined by a word (a dash
    # joins a range: "rose 10%-20%").
    # "rose by 2.1% to 3.4%": "by" names the change, however close the two values are.
    # ("will go up by £240 to £5,460": a direction word between the verb and "by")
    by = len(back) > 1 and back[-1] in words.by and (
        back[-2] in words.before
        or (len(back) > 2 and back[-2] in words.directions and back[-3] in words.before))
    changed = by or any(w in words.before for w in back[-2:]) \
        or window.rstrip().casefold().endswith(words.glued)
    if changed and _own_unit(first) and _own_unit(second) and joint.isalpha() \
            and not (second.scaled and not first.scaled and first.end == first.num_end) \
            and (by or not _range_like(first.value, second.value)):
        # (a scale word after the second number alone is the range's: "rose $5 to $10
        # million"; not where the first writes its own unit after it: "shrank by 650,000
        # hectares to 10.1 million hectares")
        return "change"
    return None


def _percent_before_opener(window: str, opener: str) -> bool:
    """Whether a percent and a comma stand right before the opener at the end of `window`
    ("… de 6,2 %, de"): the from-to after it is the values the change is of."""
    head = window.rstrip()
    if not head.casefold().endswith(opener):
        return False
    head = head[:len(head) - len(opener)].rstrip()
    return head.endswith(",") and head[:-1].rstrip().endswith(("%", "％"))


def _own_unit(e: Expr) -> bool:
    """Whether a number is written with its own unit: after it, or a currency before it."""
    return e.end > e.num_end or (bool(e.currency) and e.start < e.num_start)


# A range's bounds lie within a few times each other ("rose 10% to 20%": by 10 to 20 per
# cent); a change and the level it reached rarely do ("fell 0.3% to 4.1%").
_RANGE_SPAN = 5


def _range_like(low: Decimal, high: Decimal) -> bool:
    return Decimal(0) < low < high < low * _RANGE_SPAN

"""A generic currency named more precisely by a word near the amount: "Canadian $20",
"billets canadiens de 10 et 50 dollars", "カナダの新20ドル紙幣", "uang kertas $10 dan $50
Kanada" are Canadian dollars, not the US dollars "$", "dollars", "ドル" and "dolar" are
read as alone.

The qualifiers come from CLDR's currency names of the language (no hand list): where a
name is a generic word of another currency plus a word ("canadian dollar", "dollars
canadiens", "dolar kanada", "カナダドル"), that word qualifies the generic one. It is read
before the amounts (nothing but a linking word between: "de", の, or one CJK character:
新) or right after them; amounts joined by a coordinating word ("and", "et", "dan", と)
share it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reconcile.detect import is_cjk
from reconcile.extraction.expr import Expr, evolve
from reconcile.extraction.lexicon import Lexicon
from reconcile.extraction.phrases import SPACES
from reconcile.lang import get_profile, tablecache

# CJK characters a qualifier may stand before the amount with ("の新": "new" bills).
_CJK_GAP = 2
# CJK characters between two coordinated amounts, their noun and the coordinating word
# included ("紙幣と新").
_CJK_NOUN = 5


@dataclass(frozen=True)
class Qualifiers:
    """Words that make a generic currency a country's ("Canadian" dollar)."""

    # generic currency -> (qualifier casefolded, the currency the two name together), for
    # qualifiers written before the generic word and after it
    before: dict[str, tuple[tuple[str, str], ...]]
    after: dict[str, tuple[tuple[str, str], ...]]


@lru_cache(maxsize=16)
def qualifiers(code: str) -> Qualifiers:
    """The qualifiers of a language (kept on disk with its other tables)."""
    return tablecache.cached("qualifiers", code, lambda: _build_qualifiers(code))


def _build_qualifiers(code: str) -> Qualifiers:
    profile = get_profile(code)
    words = {w.casefold(): c for w, c in profile.currency_words.items()}
    # In CJK a qualifier must be a territory's name (カナダ, 加拿大): a glued name splits
    # many ways, most of them no words.
    lands = frozenset(n.casefold() for n in profile.territory_names)
    sides: tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]] = ({}, {})
    for name, currency in sorted(words.items()):
        for rest, generic, first in _splits(name):
            default = words.get(generic)
            if default is None or default == currency or not rest \
                    or (is_cjk(rest[0]) and rest not in lands):
                continue
            sides[first].setdefault((rest, default), currency)
    return Qualifiers(*(_by_generic(side) for side in sides))


def _by_generic(found: dict[tuple[str, str], str]) -> dict[str, tuple[tuple[str, str], ...]]:
    """The qualifiers grouped by the generic currency they name more precisely, so an
    amount looks only at its own currency's."""
    out: dict[str, list[tuple[str, str]]] = {}
    for (word, default), code in found.items():
        out.setdefault(default, []).append((word, code))
    return {default: tuple(pairs) for default, pairs in out.items()}


def _splits(name: str) -> list[tuple[str, str, bool]]:
    """The ways a currency name is one qualifier word and a generic word: (qualifier,
    generic, whether the generic comes first). Spaced words ("canadian dollar", "dolar
    kanada") or, in CJK, a generic word of up to four characters glued after (カナダドル)."""
    out: list[tuple[str, str, bool]] = []
    words = name.replace("・", " ").split()
    if len(words) == 2:
        out.append((words[0], words[1], False))
        out.append((words[1], words[0], True))
    elif len(words) == 1 and is_cjk(name[-1]):
        out.extend((name[:-k], name[-k:], False) for k in range(1, min(4, len(name) - 1) + 1))
    return out


def qualify_currencies(text: str, exprs: list[Expr], lex: Lexicon) -> list[Expr]:
    """The expressions with each group of coordinated amounts in a generic currency given
    the currency a qualifier next to the group names."""
    quals = qualifiers(lex.profile.code)
    if not quals.before and not quals.after:
        return exprs
    out = list(exprs)
    i = 0
    while i < len(out):
        if not _generic(out[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(out) and _generic(out[j + 1]) \
                and out[j + 1].currency == out[i].currency \
                and _coordinated(text, out[j], out[j + 1], lex):
            j += 1
        code = _named(text, out[i], out[j], quals, lex)
        if code is not None:
            for k in range(i, j + 1):
                out[k] = evolve(out[k], currency=code, currency_candidates=())
        i = j + 1
    return out


def _generic(e: Expr) -> bool:
    return e.currency is not None and not e.unknown_currency


def _coordinated(text: str, a: Expr, b: Expr, lex: Lexicon) -> bool:
    """Two amounts joined by a coordinating word ("$5 and $100"); in CJK the noun they
    measure may stand between ("5ドル紙幣と新100ドル紙幣")."""
    gap = text[a.end:b.start].strip(SPACES)
    words = lex.profile.coordinators
    if gap.casefold() in words:
        return True
    return (lex.profile.cjk and 0 < len(gap) <= _CJK_NOUN and all(is_cjk(ch) for ch in gap)
            and any(w in gap for w in words))


def _named(text: str, first: Expr, last: Expr, quals: Qualifiers, lex: Lexicon) -> str | None:
    """The currency a qualifier right before `first` or right after `last` names."""
    assert first.currency is not None
    generic = first.currency
    before, after = quals.before.get(generic, ()), quals.after.get(generic, ())
    if not before and not after:
        return None
    head = text[max(0, first.start - 40):first.start]
    # Only a qualifier the window holds can stand in it: one fold of the window, then a
    # substring test per qualifier (most hold none) before the word test.
    low = head.casefold()
    for word, code in before:
        at = _ends_with_word(head, word) if word in low else None
        if at is not None and _gap_ok(head[at + len(word):], lex):
            return code
    # A qualifier the names write after the generic word may also precede the amounts,
    # linked to them ("billets canadiens de 10 et 50 dollars").
    for word, code in after:
        at = _ends_with_word(head, word) if word in low else None
        if at is not None and head[at + len(word):].strip(SPACES).casefold() \
                in lex.profile.linkers:
            return code
    tail = text[last.end:last.end + 40].lstrip(SPACES)
    low = tail.casefold()
    for word, code in after:
        if low.startswith(word) and _starts_with_word(tail, word):
            return code
    return None


def _gap_ok(gap: str, lex: Lexicon) -> bool:
    """What may stand between a qualifier and the amount: nothing, a linking word ("de"),
    or a few CJK characters (の新)."""
    core = gap.strip(SPACES)
    if not core:
        return True
    if core.casefold() in lex.profile.linkers:
        return True
    return lex.profile.cjk and len(core) <= _CJK_GAP and all(is_cjk(ch) for ch in core)


def _ends_with_word(head: str, word: str) -> int | None:
    """Where `word` last stands in `head`, as a word of its own (the caller judges what
    stands between it and the amount)."""
    low = head.casefold()
    at = low.rfind(word)
    if at < 0:
        return None
    if not is_cjk(word[0]) and at > 0 and low[at - 1].isalnum():
        return None
    end = at + len(word)
    if not is_cjk(word[-1]) and end < len(low) and low[end].isalnum():
        return None
    return at


def _starts_with_word(tail: str, word: str) -> bool:
    low = tail.casefold()
    if not low.startswith(word):
        return False
    end = len(word)
    return is_cjk(word[-1]) or end >= len(low) or not low[end].isalnum()

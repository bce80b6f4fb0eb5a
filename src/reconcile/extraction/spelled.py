"""Spelled-out numbers ("forty-three", "deux cent mille", "empat puluh lima ribu"): runs of
number words read by one grammar whose words and their roles are language data."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from reconcile.extraction.phrases import letter_words
from reconcile.lang import SpelledWords

_WORD = re.compile(r"[^\W\d_]+")
# The same words in a lowered ASCII text, matched faster.
_LOWER_WORD = re.compile(r"[a-z]+")
# What may stand between two words of one number: a little space or one hyphen.
_GAP = re.compile(r"[ \t\u00a0\u202f]{1,3}|[-\u2010]")
_MAX_ENTRY_WORDS = 3
# The one character that is no letter but whose case fold is one (U+0345, a combining
# iota): in a text that holds it, the words of the folded text are not its words folded.
_FOLD_MAKES_LETTER = "\u0345"
_SMALL = ("unit", "teen", "ten", "ten_mult", "teen_suffix")
_ZERO = Decimal(0)


@dataclass(frozen=True)
class Token:
    """One vocabulary entry of a run: a number word (role, value) or a function word of the
    grammar (role "word": connectors, articles, fraction links and joins)."""

    start: int
    end: int
    key: str
    role: str
    value: Decimal


@dataclass(frozen=True)
class Reading:
    """A run of number words read as one number; value None when they form no valid number."""

    start: int
    end: int
    value: Decimal | None
    scaled: bool
    scale: Decimal


@dataclass(frozen=True)
class _State:
    """The running sum of a spelled number read word by word."""

    total: Decimal = _ZERO  # completed scale groups ("two million" in "two million five")
    hund: Decimal = _ZERO  # the hundreds of the current group
    sub: Decimal = _ZERO  # the part below the hundreds
    mult: Decimal = _ZERO  # the hundred word of this group (100, or 12 for a dozen)
    ten_val: Decimal = _ZERO  # the tens of this group, while no unit follows them
    ten_key: str = ""
    last: str = ""  # role of the last token ("" at the start)
    prev_scale: Decimal = _ZERO
    top_scale: Decimal = _ZERO
    frac: Decimal | None = None  # a leading fraction waiting for its scale word
    fractional: bool = False  # a fraction was added: only a scale word may follow
    closed: bool = False
    numbers: int = 0


_START = _State()  # frozen: one start state serves every reading


@dataclass(frozen=True)
class SpelledIndex:
    """The words a run of number words may hold besides numbers (`vocab`) and the words
    that may start an entry (`firsts`), for one language's SpelledWords and articles."""

    vocab: frozenset[str]
    firsts: frozenset[str]
    # For each first word, the most words an entry that starts with it holds: no longer
    # entry is looked for there ("de", "et": one word; "quatre": "quatre vingt" has two).
    sizes: Mapping[str, int]
    # The words that may start an entry (one of `firsts`, or a word with a one-prefix),
    # found in one scan of a case-folded text; None where no such pattern can be written
    # (an empty prefix), and every word of the text is looked at instead.
    starts: re.Pattern[str] | None = None
    # The gate words (SpelledWords.gate) besides the articles that are the number one
    # ("one", "un", "satu"): a text whose only gate words are those reads no number but
    # ones (see lone_ones).
    beyond_one: frozenset[str] | None = None


def spelled_index(sp: SpelledWords, articles: Collection[str]) -> SpelledIndex:
    vocab = {*sp.connectors, *sp.fraction_links, *sp.fraction_joins, *sp.scale_fraction_joins,
             *articles}
    sizes: dict[str, int] = {}
    for key in (*sp.roles, *vocab):
        first = key.split(" ")[0]
        sizes[first] = max(sizes.get(first, 0), key.count(" ") + 1)
    firsts = sp.first_words | {a.split(" ")[0] for a in articles}
    return SpelledIndex(frozenset(vocab), firsts, MappingProxyType(sizes),
                        _starts_pattern(firsts, sp.one_prefixes),
                        sp.gate - _lone_ones(sp, articles))


def _lone_ones(sp: SpelledWords, articles: Collection[str]) -> frozenset[str]:
    """The gate words that are an article and the number one and nothing else: the only
    number entry that ends with the word is the word itself, a unit of value 1, and no
    one-prefix makes it ("one", "un", "une", "satu"). A number read from such words alone
    is 1, unscaled, and no word of them blocks another (an article may start a phrase)."""
    one = ("unit", Decimal(1))
    glued = {prefix + key for prefix in sp.one_prefixes for key in sp.roles}
    ends = {key: _WORD.findall(key)[-1:] for key in sp.roles}
    return frozenset(
        word for word in sp.gate
        if word in articles and sp.roles.get(word) == one and word not in glued
        and all(key == word for key, last in ends.items() if last == [word]))


def lone_ones(text: str, words: frozenset[str], index: SpelledIndex) -> bool:
    """Whether the only number words of `text` (its letter_words `words`) are lone ones
    (_lone_ones): every reading of it is then 1, unscaled, and none is blocked. Each number
    word of a reading ends with a gate word of `words`, as the words of the text are read
    (case-folded one by one) where folding keeps each character's place and kind."""
    if index.beyond_one is None or not index.beyond_one.isdisjoint(words):
        return False
    return text.isascii() or (_FOLD_MAKES_LETTER not in text
                              and len(text.casefold()) == len(text))


def _starts_pattern(firsts: Collection[str], prefixes: Sequence[str]) -> re.Pattern[str] | None:
    """A pattern whose matches in a case-folded text are its words (maximal runs of
    letters) that are one of `firsts` or begin with one of `prefixes`. A first or a prefix
    that is not all letters never equals (or begins) such a word, so it is left out."""
    if "" in prefixes:
        return None  # every word starts an entry: nothing to look for
    words = sorted((w for w in firsts if _WORD.fullmatch(w)), key=lambda w: (-len(w), w))
    heads = sorted((p for p in prefixes if _WORD.fullmatch(p)), key=lambda p: (-len(p), p))
    branches = [*map(re.escape, words)]
    if heads:
        branches.append("(?:" + "|".join(map(re.escape, heads)) + r")[^\W\d_]*")
    if not branches:
        return re.compile(r"(?!)")  # no word starts an entry
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(branches) + r")(?![^\W\d_])")


# The roles of the words that are pieces of a spelled number below a thousand ("dua",
# "puluh", "forty-", "hundred"): no counted noun, a tally's or a share's parts.
NUMBER_PARTS = frozenset({"unit", "teen", "ten", "hundred", "ten_mult", "teen_suffix"})
# The roles of the words that go on any spelled number ("dua" of "dua puluh", "two" of
# "two hundred"), and those that go on a ten or a hundred only ("forty" of "forty-nine",
# "hundred" of "hundred twenty"; « cinq une fois »: no unit goes on a unit).
_GOES_ON = frozenset({"hundred", "ten_mult", "teen_suffix", "scale"})
_GOES_ON_TENS = NUMBER_PARTS - _GOES_ON
_NEXT_PART = re.compile(r"(?:[-\u2010]|[ \u00a0]+)([^\W\d_]+)")
_LAST_WORD = re.compile(r"([^\W\d_]+)$")


def spelled_goes_on(text: str, end: int, sp: SpelledWords) -> bool:
    """Whether a spelled number ending at `end` goes on after it, joined by a hyphen or a
    space ("forty" of "forty-nine", "dua" of "dua puluh lima"): a piece of a longer one."""
    m = _NEXT_PART.match(text, end)
    if m is None:
        return False
    role = sp.roles.get(m.group(1).casefold(), ("",))[0]
    if role in _GOES_ON:
        return True
    if role not in _GOES_ON_TENS:
        return False
    last = _LAST_WORD.search(text, max(0, end - 30), end)
    before = sp.roles.get(last.group(1).casefold(), ("",))[0] if last is not None else ""
    return before in ("ten", "hundred") and (role == "unit" or before == "hundred")


def readings(text: str, sp: SpelledWords, articles: Collection[str],
             words: frozenset[str] | None = None, index: SpelledIndex | None = None
             ) -> list[Reading]:
    """Every run of number words in `text`, read; a run whose words do not make one number
    ("three two", "twenty thirty") is a Reading with value None, to be blocked. `words`
    are the text's letter_words and `index` spelled_index(sp, articles), if already built."""
    if not sp.roles or sp.gate.isdisjoint(letter_words(text) if words is None else words):
        return []
    out: list[Reading] = []
    for run in _runs(text, sp, index or spelled_index(sp, articles)):
        # A run of function words alone ("de", "et") reads as nothing: a word needs a
        # number word after it (_step), so no reading starts.
        if any(tok.role != "word" for tok in run):
            out.extend(_read_run(run, sp, articles, text))
    return out


def _runs(text: str, sp: SpelledWords, index: SpelledIndex) -> Iterator[list[Token]]:
    """The runs of vocabulary entries of `text`: entries one after the other, a little
    space or a hyphen apart (_GAP), each starting at a word of SpelledIndex.starts.

    The words are read in a case-folded copy of the text, the same length: the entries
    starting words are found in one scan of it, and only the few words after each are
    read, not every word of the text. Where folding changes a length (ß → ss) or whether
    a character is a letter (U+0345), each word is folded on its own instead."""
    word_re = _WORD
    fold = False
    if text.isascii():
        # An ASCII character's case fold is its lower case, one character for one.
        folded, word_re = text.lower(), _LOWER_WORD
    else:
        folded = text.casefold()
        if len(folded) != len(text) or _FOLD_MAKES_LETTER in text:
            folded, fold = text, True
    pattern = index.starts if not fold else None
    if pattern is not None:
        starts = [(m.start(), m.end()) for m in pattern.finditer(folded)]
    else:
        firsts, prefixes = index.firsts, sp.one_prefixes
        starts = [(m.start(), m.end()) for m in word_re.finditer(folded)
                  if (w := m.group(0).casefold() if fold else m.group(0)) in firsts
                  or w.startswith(prefixes)]
    vocab, sizes = index.vocab, index.sizes
    run: list[Token] = []
    after = 0  # the entries before this offset are read
    for start, end in starts:
        if start < after:
            continue  # inside the last entry
        if run and (word_re.search(folded, after, start) is not None
                    or not _GAP.fullmatch(text, run[-1].end, start)):
            # A word that starts no entry stands between, or more than a little space.
            yield run
            run = []
        first = folded[start:end].casefold() if fold else folded[start:end]
        longest = sizes.get(first, 0)
        part = [(start, end, first)]
        pos = end
        while len(part) < min(longest, _MAX_ENTRY_WORDS) and (
                m := word_re.search(folded, pos)) is not None:
            part.append((m.start(), m.end(), m.group(0).casefold() if fold else m.group(0)))
            pos = m.end()
        tokens, used = _entry(part, 0, text, sp, vocab, longest)
        if not tokens:
            if run:
                yield run
                run = []
            after = end
            continue
        run.extend(tokens)
        after = part[used - 1][1]
    if run:
        yield run


def _entry(words: Sequence[tuple[int, int, str]], i: int, text: str, sp: SpelledWords,
           vocab: Collection[str], longest: int = _MAX_ENTRY_WORDS
           ) -> tuple[list[Token], int]:
    """The longest vocabulary entry starting at word i (entries may span words joined by a
    space or hyphen: "quatre-vingt", "of a"), as tokens, and the number of words used.
    `longest`: the most words an entry starting with word i holds (SpelledIndex.sizes)."""
    for size in range(min(_MAX_ENTRY_WORDS, longest, len(words) - i), 0, -1):
        part = words[i:i + size]
        if any(not _GAP.fullmatch(text, a[1], b[0]) for a, b in itertools.pairwise(part)):
            continue
        key = " ".join(w for _, _, w in part)
        start, end = part[0][0], part[-1][1]
        if key in sp.roles:
            role, value = sp.roles[key]
            return [Token(start, end, key, role, value)], size
        if key in vocab:
            return [Token(start, end, key, "word", _ZERO)], size
    start, end, word = words[i]
    for prefix in sp.one_prefixes:
        rest = word[len(prefix):]
        if word.startswith(prefix) and sp.roles.get(rest, ("", _ZERO))[0] in (
                "hundred", "scale", "ten_mult", "teen_suffix"):
            role, value = sp.roles[rest]
            # "seratus" = "satu ratus": one, then the word the prefix is glued to.
            return [Token(start, end, prefix, "unit", Decimal(1)),
                    Token(start, end, rest, role, value)], 1
    return [], 1


def _read_run(run: list[Token], sp: SpelledWords, articles: Collection[str], text: str = ""
              ) -> list[Reading]:
    if any(tok.role == "inexact" for tok in run):
        # "a third of a million": no exact value, and no piece of it may stand for one.
        return [Reading(run[0].start, run[-1].end, None, False, Decimal(1))]
    out: list[Reading] = []
    i = 0
    while i < len(run):
        st = _START
        j = i
        while j < len(run):
            if run[j].role == "ten_ordinal":
                break  # not part of a number (an ordinal after a tens word: below)
            nxt = run[j + 1] if j + 1 < len(run) else None
            new = _step(st, run[j], nxt, sp, articles)
            if new is None:
                break
            st, j = new, j + 1
        if j == i:
            if run[i].role == "scale" and i + 1 < len(run) and run[i + 1].role != "word" \
                    and not text[:run[i].start].rstrip()[-1:].isdigit():
                # "thousand nine hundred workers": a scale word that starts no number, then
                # number words: no reading of the tail alone (900); a scale of digits
                # before it ends there (« 2,6 milliards deux jours plus tard »)
                k = i + 1
                while k < len(run) and run[k].role != "word":
                    k += 1
                out.append(Reading(run[i].start, run[k - 1].end, None, False, Decimal(1)))
                i = k
                continue
            i += 1
            continue
        if j + 1 < len(run) and run[j].key in sp.connectors \
                and run[j + 1].role == "ten_ordinal" and st.last in ("ten", "hundred"):
            # "one hundred and fiftieth", « vingt et unième »: an ordinal, no count
            out.append(Reading(run[i].start, run[j + 1].end, None, False, Decimal(1)))
            j += 2
        elif j < len(run) and run[j].role == "ten_ordinal" and st.last in ("ten", "hundred"):
            # "the twenty second time" (22nd), or "a twenty second pause" (20 s): an
            # ordinal, or a unit whose number cannot be told from it: no claim ("one
            # hundred and fiftieth", « vingt et unième »: ordinals).
            out.append(Reading(run[i].start, run[j].end, None, False, Decimal(1)))
            j += 1
        elif j < len(run) and run[j].role not in ("word", "ten_ordinal") \
                and run[j].key not in articles:
            # A number word that cannot continue the number: the words are no one number.
            # ("cinq une restriction": a word that is also an article starts a new phrase.)
            while j < len(run) and run[j].role != "word":
                j += 1
            out.append(Reading(run[i].start, run[j - 1].end, None, False, Decimal(1)))
        elif st.frac is not None and st.numbers >= 2:
            # "three quarters of the votes": a share, not a count of three.
            out.append(Reading(run[i].start, run[j - 1].end, None, False, Decimal(1)))
        elif st.frac is None and st.numbers and (value := st.total + st.hund + st.sub) > 0:
            out.append(Reading(run[i].start, run[j - 1].end, value, st.top_scale > 0,
                               st.top_scale or Decimal(1)))
        i = j
    return out


def _with(st: _State, **changes: Any) -> _State:
    """`dataclasses.replace` for the reader's hot path: a copy of the state's fields with
    the changes (_State has no __post_init__); an unknown field name raises."""
    fields = vars(st)
    if not fields.keys() >= changes.keys():
        raise TypeError(f"_State has no field {sorted(changes.keys() - fields.keys())}")
    new = object.__new__(_State)
    vars(new).update(fields, **changes)
    return new


def _step(st: _State, tok: Token, nxt: Token | None, sp: SpelledWords,
          articles: Collection[str]) -> _State | None:
    if st.closed:
        return None
    if tok.role == "word":
        if nxt is None:
            return None
        for cand in _word_states(st, tok.key, sp, articles):
            if _step(cand, nxt, None, sp, articles) is not None:
                return cand
        return None
    new = _number_step(st, tok, sp)
    return None if new is None else _with(new, numbers=st.numbers + 1, last=tok.role)


def _word_states(st: _State, key: str, sp: SpelledWords,
                 articles: Collection[str]) -> Iterator[_State]:
    """The states a function word may lead to; the caller keeps one the next word fits."""
    if st.last == "" and key in articles:
        yield _with(st, last="article")
    if st.frac is not None and key in sp.fraction_links and st.last in ("fraction", "part"):
        yield _with(st, last="link")
    if key in sp.fraction_joins and st.last in _SMALL and not st.fractional:
        yield _with(st, last="join")
    if key in sp.scale_fraction_joins and st.last == "scale":
        yield _with(st, last="scale_join")
    if key in sp.connectors and st.last in sp.connectors[key]:
        yield _with(st, last="connector")


def _number_step(st: _State, tok: Token, sp: SpelledWords) -> _State | None:
    role, value = tok.role, tok.value
    if role == "scale":
        return _scale_step(st, tok, sp)
    if role == "hundred" and st.frac is not None and st.last in ("fraction", "part", "link") \
            and st.total == 0:
        # "half a dozen", "a half dozen", "une demi-douzaine": the fraction of the word
        return _with(st, total=st.frac * value, frac=None, closed=True)
    if st.frac is not None or st.fractional:
        return None
    if st.last == "article" and role not in ("hundred", "fraction"):
        return None
    fresh = st.sub == 0 and st.last not in _SMALL  # nothing below the hundreds yet
    after_ten = st.ten_val > 0 and st.sub == st.ten_val and st.last in (
        "ten", "ten_mult", "connector")
    new: _State | None = None
    teen_ok = after_ten and st.ten_key in sp.tens_take_teens  # "soixante-dix-sept"
    if (role == "unit" and (fresh or after_ten)) or (role == "teen" and (fresh or teen_ok)):
        new = _with(st, sub=st.sub + value, ten_val=_ZERO)
    elif role == "ten" and fresh:
        new = _with(st, sub=value, ten_val=value, ten_key=tok.key)
    elif role == "ten_mult" and st.last == "unit" and 0 < st.sub < 10:
        new = _with(st, sub=st.sub * value, ten_val=st.sub * value, ten_key="")
    elif role == "teen_suffix" and st.last == "unit" and 0 < st.sub < 10:
        new = _with(st, sub=st.sub + value, ten_val=_ZERO)
    elif role == "hundred" and st.hund == 0 and st.mult == 0:
        if st.sub > 0 and st.last in _SMALL:
            new = _with(st, hund=st.sub * value, sub=_ZERO, mult=value, ten_val=_ZERO)
        elif st.sub == 0 and st.last in ("", "article", "scale"):
            # "cent", "a hundred", "a dozen", "mille cent" (1100)
            new = _with(st, hund=value, mult=value)
    elif role == "fraction":
        new = _fraction_step(st, value, sp)
    elif role == "part" and st.last == "unit" and st.total == 0 and st.hund == 0:
        new = _with(st, frac=st.sub * value, sub=_ZERO)  # "tiga perempat juta"
    if new is not None and new.mult and new.sub >= new.mult:
        return None  # "two dozen fifteen"
    return new


def _fraction_step(st: _State, value: Decimal, sp: SpelledWords) -> _State | None:
    if st.last in ("", "article"):
        return _with(st, frac=value)  # "half a million", "a quarter of a million"
    if st.last == "join" or ("" in sp.fraction_joins and st.last in _SMALL):
        return _with(st, sub=st.sub + value, fractional=True)  # "one and a half"
    if st.last == "scale_join":
        return _with(st, total=st.total + value * st.prev_scale, closed=True)
    if st.last == "unit" and st.total == 0 and st.hund == 0:
        return _with(st, frac=st.sub * value, sub=_ZERO)  # "three quarters of a million"
    return None


def _scale_step(st: _State, tok: Token, sp: SpelledWords) -> _State | None:
    scale = tok.value
    top = max(st.top_scale, scale)
    if st.frac is not None:
        if st.last not in ("fraction", "part", "link"):
            return None
        return _with(st, total=st.frac * scale, frac=None, closed=True, prev_scale=scale,
                       top_scale=top)
    coef = st.hund + st.sub
    if coef == 0:
        if st.last == "scale" and scale > st.top_scale:
            # "five thousand million": a larger scale word multiplies all before it.
            return _with(st, total=st.total * scale, prev_scale=scale, top_scale=top)
        if not (st.last == "article" or (st.last == "" and tok.key in sp.bare)):
            return None
        coef = Decimal(1)
    if st.prev_scale and scale >= st.prev_scale:
        if scale <= st.top_scale:
            return None  # "two million three million"
        total = (st.total + coef) * scale
    else:
        total = st.total + coef * scale
    return _with(st, total=total, hund=_ZERO, sub=_ZERO, mult=_ZERO, ten_val=_ZERO,
                   ten_key="", prev_scale=scale, top_scale=top, closed=st.fractional,
                   fractional=False)


# A word and what follows it: an apostrophe marks an elided word ("d'heure").
_NEXT_WORD = re.compile(r"[ \t\u00a0\u202f]{1,3}([^\W\d_]+)(['’]?)")


def fraction_after(text: str, pos: int, sp: SpelledWords, of: Collection[str] = (), *,
                   after_scale: bool = False) -> tuple[int, Decimal | None] | None:
    """A spelled fraction after a unit word, added to the number before the unit: a join
    word and a fraction ("29 pouces et demi", "three hours and a half"; no join word where
    the language joins none: "3 jam setengah") or a counted fraction ("29 pouces trois
    quarts"). Returns (end, fraction); fraction None when the
    words cannot be read as one exactly (a third, a fraction of 1 or more, or one followed
    by a fraction link or a word of `of`: "trois quarts de la population", "setengah dari"),
    so the claim is dropped. `after_scale`: the fraction follows a scale word ("1 million
    et demi de personnes"), where a link after it joins the counted noun."""
    words = _words_after(text, pos, 4)
    joined = 0
    for size in (2, 1):
        if len(words) >= size and " ".join(w for _, w, _ in words[:size]) in (
                *sp.fraction_joins, *sp.scale_fraction_joins):
            joined = size
            break
    rest = words[joined:]
    if not rest:
        return None
    bare = "" in sp.fraction_joins  # a fraction right after a number adds to it
    count, counted = Decimal(1), False
    role, value = sp.roles.get(rest[0][1], ("", _ZERO))
    if role == "unit" and len(rest) > 1:
        count, counted = value, True
        role, value = sp.roles.get(rest[1][1], ("", _ZERO))
    if role not in ("fraction", "part", "inexact") or not (joined or counted or (
            bare and role != "part")):
        return None
    end = rest[1 if counted else 0][0]
    after = _words_after(text, end, 1)
    links = {*sp.fraction_links, *of}
    # (a join word and a lone fraction add a half to the unit, whose complement may follow:
    # « deux ans et demi de prison », "three hours and a half of talks")
    linked = not after_scale and not (joined and not counted) and bool(after) and (
        after[0][1] in links
        or (bool(after[0][2]) and any(link.startswith(after[0][1]) for link in links)))
    fraction = count * value
    if role == "inexact" or linked or not 0 < fraction < 1:
        return end, None
    return end, fraction


def _words_after(text: str, pos: int, limit: int) -> list[tuple[int, str, str]]:
    """Up to `limit` words after `pos`, each after a little space: (end, word, elision)."""
    found: list[tuple[int, str, str]] = []
    while len(found) < limit and (m := _NEXT_WORD.match(text, pos)) is not None:
        found.append((m.end(1), m.group(1).casefold(), m.group(2)))
        if m.group(2):
            break
        pos = m.end(1)
    return found

"""Phrase tables: longest-match lookup of language phrases at a position, word boundaries."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from reconcile.detect import is_cjk

SPACES = " \t\u00a0\u202f\u2009\u3000"


def is_word(ch: str) -> bool:
    """A character that continues a Latin-script word (letters and digits, not CJK)."""
    if ch < "\u1100":  # below every CJK range: no is_cjk call for Latin text
        return ch.isalnum() or ch == "_"
    if "\u4e00" <= ch <= "\u9fff" or "\u3040" <= ch <= "\u30ff":
        return False  # the unified Han block, kana: CJK (is_cjk), no call either
    return ch.isalnum() and not is_cjk(ch)


# CJK punctuation, kana and the unified Han block (U+3000-9FFF) have no case: each character
# is its own casefold (Unicode keeps case folding stable), so a lookup needs no casefold.
_UNCASED_LOW, _UNCASED_HIGH = "\u3000", "\u9fff"


@dataclass(frozen=True)
class PhraseTable:
    """A phrase table matched by longest match at a position, with Latin word boundaries.

    Phrases are indexed by their first and last character, so a lookup tries only the
    lengths of phrases that could start (or end) there.
    """

    entries: Mapping[str, object]
    fold: bool
    by_first: Mapping[str, tuple[int, ...]]
    by_last: Mapping[str, tuple[int, ...]]
    # The ASCII part of by_first and by_last keyed by the characters as written: a key
    # and, when folding, the upper case of a letter key (an ASCII character's casefold is
    # its lower case), so an ASCII character is looked up without a casefold.
    first_raw: Mapping[str, tuple[int, ...]]
    last_raw: Mapping[str, tuple[int, ...]]

    @staticmethod
    def of(entries: Mapping[str, object], *, fold: bool = True) -> PhraseTable:
        keyed = {(k.casefold() if fold else k): v for k, v in entries.items() if k}
        first: dict[str, set[int]] = {}
        last: dict[str, set[int]] = {}
        for key in keyed:
            first.setdefault(key[0], set()).add(len(key))
            last.setdefault(key[-1], set()).add(len(key))
        by_first = {c: tuple(sorted(v, reverse=True)) for c, v in first.items()}
        by_last = {c: tuple(sorted(v, reverse=True)) for c, v in last.items()}
        return PhraseTable(keyed, fold, by_first, by_last,
                           _as_written(by_first, fold), _as_written(by_last, fold))

    def _key(self, text: str) -> str:
        return text.casefold() if self.fold else text

    def at(self, text: str, pos: int) -> tuple[int, object] | None:
        """The longest entry starting at pos: (end, value)."""
        n = len(text)
        if pos >= n:
            return None
        ch = text[pos]
        lengths = (self.first_raw.get(ch) if ch < "\x80" else
                   self.by_first.get(ch if _UNCASED_LOW <= ch <= _UNCASED_HIGH or not self.fold
                                     else ch.casefold()[:1]))
        if lengths is None:
            return None  # the common case: no phrase starts with this character
        entries, fold = self.entries, self.fold
        for length in lengths:
            end = pos + length
            if end > n:
                continue
            cand = text[pos:end]
            value = entries.get(cand.casefold() if fold else cand)
            if value is None:
                continue
            if end < n and is_word(cand[-1]) and is_word(text[end]):
                continue
            if length == 1 and end + 1 < n and text[end] in "'’" and cand.isascii() \
                    and cand.isalpha() and is_word(text[end + 1]):
                continue  # an elided word ("s’est", "m’a"), not a unit symbol ("s", "m")
            return end, value
        return None

    def before(self, text: str, pos: int) -> tuple[int, object] | None:
        """The longest entry ending at pos: (start, value)."""
        if pos <= 0:
            return None
        ch = text[pos - 1]
        lengths = (self.last_raw.get(ch) if ch < "\x80" else
                   self.by_last.get(ch if _UNCASED_LOW <= ch <= _UNCASED_HIGH or not self.fold
                                    else ch.casefold()[:1]))
        if lengths is None:
            return None
        entries, fold = self.entries, self.fold
        for length in lengths:
            if length > pos:
                continue
            start = pos - length
            cand = text[start:pos]
            value = entries.get(cand.casefold() if fold else cand)
            if value is None:
                continue
            if start > 0 and is_word(cand[0]) and is_word(text[start - 1]):
                continue
            return start, value
        return None


def _as_written(index: Mapping[str, tuple[int, ...]], fold: bool
                ) -> Mapping[str, tuple[int, ...]]:
    """The ASCII keys of an index by first or last character, plus, when folding, the
    upper case of each letter key."""
    out: dict[str, tuple[int, ...]] = {}
    for ch, lengths in index.items():
        if ch.isascii():
            out[ch] = lengths
            if fold and ch.isalpha():
                out[ch.upper()] = lengths
    return out


_NUMBER_START = re.compile(r"[0-9]|[^\W\d_]+")
_NUMBER_END = re.compile(r"(?:[0-9]|[^\W\d_]+)$")


def number_at(text: str, pos: int, number_words: Collection[str]) -> bool:
    """Whether a number (a digit or a number word of `number_words`) starts at pos."""
    m = _NUMBER_START.match(text, pos)
    return m is not None and (m.group(0).isdigit() or m.group(0).casefold() in number_words)


def number_ends_at(text: str, pos: int, number_words: Collection[str]) -> bool:
    """Whether a number (a digit or a number word of `number_words`) ends at pos."""
    m = _NUMBER_END.search(text, max(0, pos - 40), pos)  # a window: no scan of the text
    return m is not None and (m.group(0).isdigit() or m.group(0).casefold() in number_words)


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, with Latin word boundaries.

    Consecutive phrases with the same boundaries share one pair of boundary assertions
    around a group (a word boundary, then "march" or "may", then a word boundary): the
    same phrases are tried in the same order as with one assertion pair per phrase, but
    the engine can then reject most positions on their first character instead of trying
    every phrase there.
    """
    ordered = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    runs: list[tuple[tuple[bool, bool], list[str]]] = []
    for phrase in ordered:
        edges = (is_word(phrase[0]), is_word(phrase[-1]))
        body = re.escape(phrase).replace(r"\ ", r"\s+")
        if runs and runs[-1][0] == edges:
            runs[-1][1].append(body)
        else:
            runs.append((edges, [body]))
    body = "|".join(_bounded(left, right, bodies) for (left, right), bodies in runs)
    firsts = sorted({p[0] for p in ordered})
    if not firsts or any(ch.isspace() for ch in firsts):
        return body
    # A look at the first character before the boundaries and branches: the engine then
    # rejects most positions with one test instead of trying every phrase there (a
    # case-insensitive branch is tried in full, not by its first character).
    return "(?=[" + "".join(re.escape(ch) for ch in firsts) + "])(?:" + body + ")"


def _bounded(left: bool, right: bool, bodies: list[str]) -> str:
    group = bodies[0] if len(bodies) == 1 else "(?:" + "|".join(bodies) + ")"
    return (_WORD_BEFORE if left else "") + group + (_WORD_AFTER if right else "")


_WORD_BEFORE = r"(?<![^\W_])"  # not preceded by a Latin letter or digit
_WORD_AFTER = r"(?![^\W_])"


def skip_spaces(text: str, pos: int, limit: int = 3) -> int:
    if text[pos:pos + 1] not in SPACES:
        return pos  # the common case: no space at pos ("" is in SPACES: the end of text)
    end = pos
    while end < len(text) and text[end] in SPACES and end - pos < limit:
        end += 1
    return end


def back_spaces(text: str, pos: int, limit: int = 3) -> int:
    if pos <= 0 or text[pos - 1] not in SPACES:
        return pos  # the common case: no space before pos
    start = pos
    while start > 0 and text[start - 1] in SPACES and pos - start < limit:
        start -= 1
    return start


_LETTER_WORD = re.compile(r"[^\W\d_]+")
# The word of letters that ends right before a position, past its spaces ("quarter of " →
# "of"; searched with the position as endpos).
WORD_BEFORE_SPACE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")
# The letter words of an ASCII text, lower-cased: its only letters are A-Z and a-z, and the
# case fold of an ASCII character is its lower case. A plain range is matched faster than
# the Unicode class.
_ASCII_LETTER_WORD = re.compile(r"[a-z]+")


# The letters below U+0250 as ranges (what _LETTER_WORD matches there, as
# segment.LATIN_LETTERS), and a letter of a later block: in a text without one, its words
# are matched by the ranges, faster than by the class's category tests.
_LATIN_LETTER_WORD = re.compile("[A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be"
                                "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")
_LATER_LETTER = re.compile(r"[^\W\d_\x00-\u024f]")


def letter_words(text: str) -> frozenset[str]:
    """The case-folded letter words of a text: what a WordGate looks at."""
    if text.isascii():
        return frozenset(_ASCII_LETTER_WORD.findall(text.lower()))
    folded = text.casefold()
    words = _LETTER_WORD if _LATER_LETTER.search(folded) else _LATIN_LETTER_WORD
    return frozenset(words.findall(folded))


@dataclass(frozen=True)
class WordGate:
    """A quick test that a phrase pattern cannot match a text: no phrase has all of its
    letter words in the text. Scanning a long alternation of phrases costs a try of every
    phrase at every position; most sentences hold no phrase, so the scan is skipped.
    `singles` are the one-word phrases, `multis` the word sets of the others; `usable` is
    False when the test cannot be made (a phrase that does not start with a Latin letter
    word), and the pattern always runs."""

    usable: bool
    singles: frozenset[str] = frozenset()
    multis: tuple[frozenset[str], ...] = ()
    # One word of each multi (its longest): a text with none of them holds no multi.
    multi_heads: frozenset[str] = frozenset()

    @staticmethod
    def of(phrases: Iterable[str]) -> WordGate:
        singles: set[str] = set()
        multis: set[frozenset[str]] = set()
        for phrase in phrases:
            folded = phrase.casefold()
            words = _LETTER_WORD.findall(folded)
            if not words or not folded.startswith(words[0]) \
                    or any(is_cjk(ch) for w in words for ch in w):
                return WordGate(False)
            if len(words) == 1:
                singles.add(words[0])
            else:
                multis.add(frozenset(words))
        kept = tuple(m for m in multis if singles.isdisjoint(m))
        heads = frozenset(max(m, key=lambda w: (len(w), w)) for m in kept)
        return WordGate(True, frozenset(singles), kept, heads)

    def open(self, words: frozenset[str]) -> bool:
        if not self.usable or not self.singles.isdisjoint(words):
            return True
        if self.multi_heads.isdisjoint(words):
            return False
        return any(map(words.issuperset, self.multis))  # a multi's every word in words


def _uncased(phrase: str) -> bool:
    """A phrase of CJK characters and ASCII signs only: no case to fold, no space to widen,
    so a pattern can match it only where it stands as written."""
    return bool(phrase) and all(
        is_cjk(ch) or (ch.isascii() and not ch.isalpha() and not ch.isspace()) for ch in phrase)


@dataclass(frozen=True)
class TextGate:
    """A quick test that a pattern of phrases cannot match a text: a WordGate for the
    phrases matched as whole Latin words, and a look for each other phrase as written.
    `bounded` phrases that start with a Latin letter are matched with word boundaries (as
    alternation() writes them); the others must be uncased (CJK words, signs such as "/"),
    else the test cannot be made (`usable` False) and the pattern always runs."""

    usable: bool
    words: WordGate = WordGate(False)
    literals: tuple[str, ...] = ()
    # The literals as one pattern: a single scan finds whether any of them stands; or the
    # one literal, looked for as a substring (a CJK marker such as 年: several times
    # cheaper than a search).
    any_literal: re.Pattern[str] | None = None
    literal: str | None = None

    @staticmethod
    def of(bounded: Iterable[str], unbounded: Iterable[str] = ()) -> TextGate:
        latin: list[str] = []
        others = list(unbounded)
        for phrase in bounded:
            if phrase[:1].isalpha() and not is_cjk(phrase[0]):
                latin.append(phrase)
            else:
                others.append(phrase)
        words = WordGate.of(latin)
        if not words.usable or not all(_uncased(p) for p in others if p):
            return TextGate(False)
        literals = tuple(sorted({p for p in others if p}))
        if len(literals) == 1:
            return TextGate(True, words, literals, None, literals[0])
        pattern = re.compile("|".join(map(re.escape, literals))) if literals else None
        return TextGate(True, words, literals, pattern)

    def open(self, text: str, words: frozenset[str]) -> bool:
        """`words` are the text's letter_words."""
        if not self.usable or self.words.open(words):
            return True
        if self.any_literal is not None:
            return self.any_literal.search(text) is not None
        return self.literal is not None and self.literal in text


_ASCII_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
# Latin letters past ASCII whose case fold is one letter (all of U+00C0-U+024F but the
# signs × and ÷ and ß, İ, ŉ, ǰ, which fold to two characters): a word of these and ASCII
# word characters is compared with a phrase's leading word by its case fold (FirstGate).
_LATIN = ("\u00c0-\u00d6\u00d8-\u00de\u00e0-\u00f6\u00f8-\u012f\u0131-\u0148"
          "\u014a-\u01ef\u01f1-\u024f")
_LATIN_WORD_AT = re.compile(f"[A-Za-z0-9_{_LATIN}]+")
_LATIN_WORD_CHARS = frozenset(_ASCII_WORD_CHARS | {
    chr(cp) for cp in range(0xC0, 0x250) if re.fullmatch(f"[{_LATIN}]", chr(cp))})


def _ends_word(ch: str) -> bool:
    """Whether a character after a word of _LATIN_WORD_AT ends it as is_word sees it, also
    once case-folded: an ASCII one, or a sign that folds to one sign (never to a letter)."""
    if ch < "\x80":
        return True
    folded = ch.casefold()
    return not is_word(ch) and len(folded) == 1 and not is_word(folded)


@dataclass(frozen=True)
class FirstGate:
    """A quick test of which of several tables (PhraseTable.at) and prefix lists
    (str.startswith) may have a phrase standing at a position: one look instead of a
    lookup in each. Bit i of a mask is the i-th table; the bit after them (`prefix_bit`)
    the prefixes, the next (`letter_bit`) the letter prefixes. `chars` map the first
    characters of the phrases (case-folded ones for the folded tables) to the bits of
    those that start with one; `words` the case-folded leading words (word characters,
    is_word) of the phrases that start with one. A table phrase that starts with a word
    matches only where the text's word at the position is that leading word
    (PhraseTable.at's word boundary), so a Latin word (ASCII, or with accents:
    _LATIN_WORD_AT's letters) that leads no phrase of a table shuts that table out. A
    prefix (no boundary) that starts with a word character makes the word test unusable
    (`word_test` False); a phrase that starts with a space (skip_spaces would not pass
    it) makes the whole gate unusable, and it always opens.

    `letter_prefixes` are phrases read word by word as runs of letters (as spelled.
    fraction_after reads them): one matches only where the text's letter run at the
    position is its leading letter run, so they keep the word test usable; `letters` map
    those leading runs, case-folded, to `letter_bit`."""

    usable: bool
    word_test: bool = False
    chars: Mapping[str, int] = field(default_factory=dict)
    words: Mapping[str, int] = field(default_factory=dict)
    letters: Mapping[str, int] = field(default_factory=dict)

    @staticmethod
    def of(tables: Sequence[PhraseTable], prefixes: Iterable[str] = (),
           letter_prefixes: Iterable[str] = ()) -> FirstGate:
        keyed = [(1 << i, str(key)) for i, table in enumerate(tables) for key in table.entries]
        prefix_bit, letter_bit = 1 << len(tables), 1 << (len(tables) + 1)
        starts = [p for p in prefixes if p]
        lettered = [p for p in letter_prefixes if p]
        every = [*keyed, *((prefix_bit, p) for p in starts), *((letter_bit, p) for p in lettered)]
        if any(p[0] in SPACES or p[0].isspace() for _, p in every):
            return FirstGate(False)
        chars: dict[str, int] = {}
        for bit, phrase in every:
            chars[phrase[0]] = chars.get(phrase[0], 0) | bit
        words: dict[str, int] = {}
        for bit, phrase in keyed:
            if is_word(phrase[0]):
                end = 1
                while end < len(phrase) and is_word(phrase[end]):
                    end += 1
                word = phrase[:end].casefold()
                words[word] = words.get(word, 0) | bit
        letters: dict[str, int] = {}
        for phrase in lettered:
            m = _LETTER_WORD.match(phrase.casefold())
            if m is None:
                return FirstGate(False)  # no letter run leads it: no word test is made
            letters[m.group(0)] = letter_bit
        return FirstGate(True, not any(is_word(p[0]) for p in starts), chars, words, letters)

    def mask(self, text: str, pos: int) -> int:
        """The tables and lists (their bits) that may have a phrase standing at pos; 0:
        none can (-1, every bit, when the gate is unusable)."""
        if not self.usable:
            return -1
        if pos >= len(text):
            return 0
        ch = text[pos]
        if self.word_test and ch in _LATIN_WORD_CHARS:
            m = _LATIN_WORD_AT.match(text, pos)
            end = m.end() if m is not None else pos
            if m is not None and (end == len(text) or text[end] < "\x80"
                                  or _ends_word(text[end])):
                # The text's word at pos, whole: each character folds to one of its kind,
                # so a phrase matches here only if its leading word is this one folded.
                word = m.group(0).casefold()
                bits = self.words.get(word, 0)
                if self.letters:
                    # The letter run at pos: the word's leading letters (a sign, or the
                    # end, follows the word: no other letter continues the run).
                    if word.isalpha():
                        bits |= self.letters.get(word, 0)
                    elif (lead := _LETTER_WORD.match(word)) is not None:
                        bits |= self.letters.get(lead.group(0), 0)
                return bits
        # The phrases that start with the character, as written or case-folded.
        chars = self.chars
        if _UNCASED_LOW <= ch <= _UNCASED_HIGH:
            return chars.get(ch, 0)  # CJK: the character is its own case fold
        return chars.get(ch, 0) | chars.get(ch.casefold()[:1], 0)

    def shut(self, text: str, pos: int) -> bool:
        """Whether no phrase can stand at pos (False: perhaps one can)."""
        return not self.mask(text, pos)


@dataclass(frozen=True)
class LastGate:
    """FirstGate's mirror for PhraseTable.before: a quick test of which of several tables
    may have a phrase ending at a position. `chars` map the last characters of the phrases
    to the tables (bit i: the i-th table) that have a phrase ending with one; `words` the
    case-folded trailing words (word characters, is_word) of those that end with one: a
    phrase that ends with a word matches only where the text's word before the position is
    that trailing word (PhraseTable.before's word boundary), so a Latin word (ASCII, or
    with accents: _LATIN_WORD_AT's letters) after a sign (or the start) that ends no
    phrase of a table shuts that table out. A phrase that
    ends with a space makes the gate unusable (back_spaces would not pass it): it always
    opens, to every table."""

    usable: bool
    chars: Mapping[str, int] = field(default_factory=dict)
    words: Mapping[str, int] = field(default_factory=dict)

    @staticmethod
    def of(tables: Iterable[PhraseTable]) -> LastGate:
        keyed = [(1 << i, str(key)) for i, table in enumerate(tables) for key in table.entries]
        if any(p[-1] in SPACES or p[-1].isspace() for _, p in keyed):
            return LastGate(False)
        chars: dict[str, int] = {}
        words: dict[str, int] = {}
        for bit, phrase in keyed:
            chars[phrase[-1]] = chars.get(phrase[-1], 0) | bit
            if is_word(phrase[-1]):
                start = len(phrase) - 1
                while start > 0 and is_word(phrase[start - 1]):
                    start -= 1
                word = phrase[start:].casefold()
                words[word] = words.get(word, 0) | bit
        return LastGate(True, chars, words)

    def mask(self, text: str, pos: int) -> int:
        """The tables (bit i: the i-th) that may have a phrase ending at pos; 0: none can
        (-1, every bit, when the gate is unusable)."""
        if not self.usable:
            return -1
        if pos <= 0:
            return 0
        ch = text[pos - 1]
        if ch in _LATIN_WORD_CHARS:
            start = pos - 1
            while start > 0 and text[start - 1] in _LATIN_WORD_CHARS:
                start -= 1
            if start == 0 or text[start - 1] < "\x80" or _ends_word(text[start - 1]):
                # The text's word before pos, whole (as FirstGate.mask reads the one after).
                return self.words.get(text[start:pos].casefold(), 0)
        # The tables with a phrase that ends with the character, as written or case-folded.
        chars = self.chars
        if _UNCASED_LOW <= ch <= _UNCASED_HIGH:
            return chars.get(ch, 0)  # CJK: the character is its own case fold
        return chars.get(ch, 0) | chars.get(ch.casefold()[:1], 0)

    def shut(self, text: str, pos: int) -> bool:
        """Whether no phrase can end at pos (False: perhaps one can)."""
        return not self.mask(text, pos)

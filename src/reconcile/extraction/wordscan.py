"""A case-insensitive phrase pattern tried only where one of its phrases' first words stands.

`pattern.finditer(text)` tries a long alternation of phrases at every position of a
sentence; most positions start no phrase, and most sentences hold none. Every phrase of a
WordScan begins with a letter and is matched from a word start, so a match can begin only
where the sentence's word (its run of letters), case-folded, is the first word of a phrase,
case-folded. Those words are found in the sentence's letter_words (one set intersection)
and their places in its case-folded copy (str.find); the pattern is then matched at those
places only, left to right, each after the end of the last match: the matches finditer
gives, found by trying a few places instead of all.

The shortcut needs the case-folded copy to keep every character's place and kind (each
character folds to one, a letter to a letter) and case folding to agree with the pattern's
IGNORECASE: it does, save for U+0130 and U+0131 (dotted I and dotless i, which IGNORECASE takes for
"i") and U+0345 (a combining mark that folds to a letter). A sentence where it would not hold, or a
phrase list where it cannot be made (a phrase that starts with no letter), is scanned whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reconcile.detect import is_cjk

# A run of letters ([^\W\d_]: word characters that are no decimal digit and no "_").
_LETTERS = re.compile(r"[^\W\d_]+")
# Characters where case folding and IGNORECASE disagree, or folding changes a letter's kind.
ODD_FOLDS = "\u0130\u0131\u0345"


def _letter(ch: str) -> bool:
    """What [^\\W\\d_] matches: a word character that is neither a decimal digit nor "_"."""
    return ch.isalnum() and not ch.isdecimal()


@dataclass(frozen=True)
class WordScan:
    """`pattern` (IGNORECASE, its phrases word-bounded on the left) and the case-folded
    first words of its phrases (`firsts`; None: the pattern is tried at every position)."""

    pattern: re.Pattern[str]
    firsts: frozenset[str] | None

    @staticmethod
    def of(pattern: re.Pattern[str], phrases: Iterable[str]) -> WordScan:
        """The scan of `pattern`, an IGNORECASE alternation() of `phrases`. Each phrase
        must start with a Latin-script word of letters that the phrase ends or follows
        with something else (so the pattern bounds it on both sides, as it does the
        sentence's word there), each letter folding to one: else `firsts` is None."""
        if not pattern.flags & re.IGNORECASE:
            return WordScan(pattern, None)
        firsts: set[str] = set()
        for phrase in phrases:
            m = _LETTERS.match(phrase)
            if m is None or any(ch in phrase for ch in ODD_FOLDS) or any(
                    is_cjk(ch) or len(ch.casefold()) != 1 for ch in m.group(0)):
                return WordScan(pattern, None)
            firsts.add(m.group(0).casefold())
        return WordScan(pattern, frozenset(firsts))

    def finditer(self, text: str, words: frozenset[str]) -> Sequence[re.Match[str]] \
            | Iterable[re.Match[str]]:
        """The matches of the pattern in text, as pattern.finditer(text); `words` are the
        text's letter_words."""
        if self.firsts is None or any(map(text.__contains__, ODD_FOLDS)):
            return self.pattern.finditer(text)
        # No first word among the text's words: nothing to match, told before the text is
        # folded (most sentences). A match's first word, matched under IGNORECASE with no
        # odd fold in the text, has the case fold of a phrase's first word, so it is one of
        # `words`, whether or not folding keeps the text's length.
        present = self.firsts & words
        if not present:
            return ()
        folded = text.lower() if text.isascii() else text.casefold()
        if len(folded) != len(text):
            return self.pattern.finditer(text)
        starts: list[int] = []
        n = len(folded)
        for word in present:
            size = len(word)
            at = folded.find(word)
            while at >= 0:
                end = at + size
                if (at == 0 or not _letter(folded[at - 1])) and (
                        end == n or not _letter(folded[end])):
                    starts.append(at)
                at = folded.find(word, at + 1)
        starts.sort()
        found: list[re.Match[str]] = []
        done = 0
        match = self.pattern.match
        for at in starts:
            if at < done:
                continue  # inside the last match: finditer goes on after it
            m = match(text, at)
            if m is not None:
                found.append(m)
                done = m.end()
        return found

"""Finding extracted prose in the file it came from, for line/column reports.

A reader that rebuilds the text (trafilatura, a Markdown renderer) does not say where each
character came from, so we find it: the original's visible characters form a View (markup
skipped, entities decoded, whitespace runs folded to one space), each with its offset in the
original. Each extracted line is looked up in the view, whole when it is verbatim, word by
word otherwise (a table row's cells, a decoded escape); a character found nowhere maps to
the character before it.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reconcile.textpos import SourceMap

_WORD = re.compile(r"\S+")
# A word worth looking for on its own: it holds a letter or digit (a lone "|" or "-" is
# more likely the reader's than the author's).
_MEANINGFUL = re.compile(r"\w")
_RUN = re.compile(r"\w+")
_CHUNK = re.compile(r"\s+|\S+")
# How far past the previous word of the same line the next word may be found.
_WINDOW = 400


@dataclass(frozen=True)
class View:
    """The visible characters of an original file and the offset each came from."""

    text: str
    offsets: tuple[int, ...]


def view_of(pieces: Iterable[tuple[str, int, bool]]) -> View:
    """A View from (text, original offset, verbatim) pieces in file order.

    A verbatim piece's i-th character sits at offset + i; another piece (a decoded entity)
    is all at its offset. Whitespace runs fold to one space at the run's first character.
    """
    chars: list[str] = []
    offsets: list[int] = []
    space = False  # whether the view ends in a space
    for text, at, verbatim in pieces:
        for match in _CHUNK.finditer(text):
            start, end = match.span()
            if text[start].isspace():
                if not space and chars:
                    chars.append(" ")
                    offsets.append(at + start if verbatim else at)
                space = bool(chars)
                continue
            chars.append(match.group())
            offsets.extend(range(at + start, at + end) if verbatim else [at] * (end - start))
            space = False
    return View("".join(chars), tuple(offsets))


_HTML_SKIP = re.compile(
    r"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)|<!.*?(?:>|\Z)|<\?.*?(?:>|\Z)"
    r"|<(script|style|title|template|textarea)\b.*?(?:</\1\s*>|\Z)"
    r"|</?[A-Za-z][^>]*(?:>|\Z)",
    re.DOTALL | re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);?")


def html_view(original: str) -> View:
    """The visible text of an HTML document: tags, comments, scripts and styles skipped,
    entities decoded. A block tag stands for a space, so words of two cells stay apart."""
    pieces: list[tuple[str, int, bool]] = []
    position = 0
    for match in _HTML_SKIP.finditer(original):
        pieces.extend(_entity_pieces(original[position:match.start()], position))
        pieces.append((" ", match.start(), False))
        position = match.end()
    pieces.extend(_entity_pieces(original[position:], position))
    return view_of(pieces)


def _entity_pieces(text: str, at: int) -> list[tuple[str, int, bool]]:
    pieces: list[tuple[str, int, bool]] = []
    position = 0
    for match in _ENTITY.finditer(text):
        if match.start() > position:
            pieces.append((text[position:match.start()], at + position, True))
        pieces.append((html.unescape(match.group()), at + match.start(), False))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], at + position, True))
    return pieces


def plain_view(original: str, start: int = 0, end: int | None = None) -> View:
    """The characters of original[start:end] as they are (Markdown source)."""
    stop = len(original) if end is None else end
    return view_of([(original[start:stop], start, True)])


def locate_lines(text: str, view: View) -> list[int | None]:
    """For each character of `text`, the view index it was found at (None: not found).
    Lines are looked up in order, each from where the previous one was found."""
    found: list[int | None] = []
    cursor = 0
    for line in text.split("\n"):
        where, cursor = _locate_line(line, view.text, cursor)
        found.extend(where)
        found.append(None)  # the line break
    return found[: len(text)]


def find_in(piece: str, view: View, start: int, end: int) -> tuple[list[int | None], int]:
    """Where each character of `piece` sits in the original between offsets start and end
    (None: not found), and the offset just after the last character found (`start` when
    none was). `view` is a plain_view of the whole original (its offsets ascend)."""
    lo = bisect.bisect_left(view.offsets, start)
    hi = bisect.bisect_left(view.offsets, end)
    where, _ = _locate_line(piece, view.text, lo, lo, hi)
    offsets = [None if i is None else view.offsets[i] for i in where]
    found = [o for o in offsets if o is not None]
    return offsets, (found[-1] + 1 if found else start)


def _locate_line(line: str, view: str, cursor: int, lo: int = 0,
                 hi: int | None = None) -> tuple[list[int | None], int]:
    """Where each character of `line` is in view[lo:hi], looked for from `cursor` first."""
    top = len(view) if hi is None else hi
    folded, index_of = _fold(line)
    if folded.strip():
        at = view.find(folded, cursor, top)
        if at < 0:
            at = view.find(folded, lo, top)
        if at >= 0:
            return [None if i is None else at + i for i in index_of], at + len(folded)
    where: list[int | None] = [None] * len(line)
    position = cursor
    first = True
    for match in _WORD.finditer(line):
        # A word an escape or entity changed ("\\*esc\\*", "&amp;") is looked up by its
        # letter-and-digit runs.
        tries = [(match.start(), match.group())]
        if view.find(match.group(), lo, top) < 0:
            tries = [(match.start() + m.start(), m.group()) for m in _RUN.finditer(match.group())]
        for start, word in tries:
            if not _MEANINGFUL.search(word):
                continue
            at = _find(view, word, position, first, lo, top)
            if at < 0:
                continue
            for k in range(len(word)):
                where[start + k] = at + k
            position = at + len(word)
            first = False
    return where, max(position, cursor)


def _find(view: str, word: str, position: int, first: bool, lo: int, hi: int) -> int:
    """Where `word` is in view[lo:hi]: the first word of a line anywhere from `position`
    (or anywhere at all), a later one close after the word before it."""
    if first:
        at = view.find(word, position, hi)
        return at if at >= 0 else view.find(word, lo, hi)
    return view.find(word, position, min(hi, position + _WINDOW + len(word)))


def _fold(line: str) -> tuple[str, list[int | None]]:
    """`line` with whitespace runs folded to one space, and for each character of the line
    its index in the folded string (None for the folded-away spaces)."""
    folded: list[str] = []
    index_of: list[int | None] = []
    size = 0
    for match in _CHUNK.finditer(line):
        start, end = match.span()
        if line[start].isspace():
            folded.append(" ")
            index_of.append(size)
            index_of.extend([None] * (end - start - 1))
            size += 1
        else:
            folded.append(match.group())
            index_of.extend(range(size, size + end - start))
            size += end - start
    return "".join(folded), index_of


def source_map(text: str, original: str, view: View) -> SourceMap:
    """The SourceMap of `text` read out of `original` (whose visible characters are
    `view`); characters not found map to the original character before them."""
    return filled_map(original, [None if i is None else view.offsets[i]
                                 for i in locate_lines(text, view)])


def filled_map(original: str, offsets: Sequence[int | None]) -> SourceMap:
    """A SourceMap from each character's original offset, a character not found taking
    the offset of the one before it."""
    filled: list[int] = []
    last = 0
    for offset in offsets:
        if offset is not None:
            last = offset
        filled.append(last)
    return SourceMap.of(original, filled)

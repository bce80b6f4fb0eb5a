"""Documents → Segments: sentences and bullet items, with site furniture marked boilerplate."""

from __future__ import annotations

import bisect
import functools
import math
import operator
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from types import MappingProxyType
from typing import NamedTuple

from reconcile.detect import CJK_CLASS, HAN_CLASS, HANGUL_CLASS, is_cjk
from reconcile.lang import FurnitureCues, fold_cue, furniture_cues, tablecache
from reconcile.model import Document, Segment, SegmentKind
from reconcile.stats import median

# --- characters -----------------------------------------------------------------------------

CJK_TERMINALS = "。！？｡"
_CJK_TERMINAL_SET = frozenset(CJK_TERMINALS)
TERMINALS = ".!?…" + CJK_TERMINALS
# Closing quotes and brackets that belong to the sentence they follow.
# CLOSERS and OPENERS pair by position (” closes “, 」 closes 「).
CLOSERS = "\"'”’»›)]}）］｝」』】〕》〉"
# What may follow a quote closed after a CJK full stop within one sentence: a quotative
# particle (と, って) or a comma.
QUOTE_CONTINUATIONS = frozenset("とっ，、,")
OPENERS = "\"'“‘«‹([{（［｛「『【〔《〈"
# A closing quote may stand after a space in French typography: « ... dollars. »
SPACED_CLOSERS = '»”’"'
# Symbols that mark a bullet even without a following space.
BULLET_SYMBOLS = "•·‣▪◦●○■□➢➤►▶"
# Dashes and stars are bullets only when a space follows ("-5%" is a number).
DASH_BULLETS = "-–—*+"
CLAUSE_PUNCTUATION = ",;:，、；："
_CLAUSE_MARKS = frozenset(CLAUSE_PUNCTUATION)
STATEMENT_ENDS = (".", "。", "｡")
# Apostrophes of elided words: "C'est", "L’objectif".
ELISIONS = "'’"

# Abbreviations after which "." does not end a sentence, in any language we meet.
ABBREVIATIONS = frozenset({
    # titles and ranks
    "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "mt", "messrs", "mme", "mlle",
    "hr", "fr", "dott", "sig", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov",
    "sen", "rep", "pres", "supt", "insp",
    # running-text shorthands
    "vs", "etc", "approx", "ca", "cf", "resp", "incl", "excl", "esp", "dept", "univ", "est", "av",
    "env", "bzw", "usw", "ggf", "evtl", "dll", "dsb", "dst", "sdr", "bpk", "yth",
    # company forms and months
    "inc", "ltd", "corp", "co", "bros", "plc", "llc", "gmbh",
    "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})  # fmt: skip
# Abbreviations that stand before a number: "No. 5", "p. 12".
NUMBER_ABBREVIATIONS = frozenset({
    "no", "nos", "nr", "art", "fig", "figs", "vol", "vols", "p", "pp", "ch", "sec", "tab",
    # currency symbols written with a dot: "Rp. 5.000", "Rs. 300 crore", "Tk. 500"; the
    # larger unit of a measure in two units: "6 ft. 2 in.", "7 lb. 4 oz."
    "rp", "rs", "tk", "ft", "lb", "lbs",
    # a telephone extension: "212-555-0188 ext. 204"
    "ext", "tel",
    # months before a day or a year ("Mar. 3, 2016"; "mar" alone is also a verb; id "3 Des.
    # 2013", fr "3 déc. 2013")
    "mar", "des", "okt", "agu", "agt", "ags", "peb", "nop", "janv", "févr", "fevr", "avr",
    "juil", "déc",
})  # fmt: skip
MAX_ABBREVIATION_LENGTH = 12

# --- boilerplate ----------------------------------------------------------------------------
# Site furniture is set aside only when it is unmistakable: a cue from the language data
# ("Read more", "Partager", "関連記事", "All rights reserved"), a line made of links, or the
# list that follows a list heading ("Related posts", "Komentar"). Each furniture paragraph
# gets a reason code; everything else, lead and last paragraphs and tables included, is
# story text.

# A paragraph with this many words (two CJK characters count as one) that ends with sentence
# or clause punctuation is running text; fewer is a line of furniture or a heading.
DENSE_UNITS = 10.0
# An unpunctuated line this long is still prose (headlines are shorter).
LONG_PARAGRAPH_UNITS = 2 * DENSE_UNITS
# A line is a link line when links and handles fill this share of its visible characters
# (unless the words around them, this many at least, state a figure: a sentence citing
# its source).
LINK_SHARE = 0.4
CITING_WORDS = 4
_ANY_DIGIT_RE = re.compile(r"\d")
# A row of fields between separators ("By X • April 19, 2025 • 4 views", "Share | Tweet"):
# at most this many words per field and in all.
ROW_FIELD_WORDS = 4
ROW_MAX_WORDS = 14
# A list heading may name its list ("More from the newsroom"): this many words after the cue.
HEADING_EXTRA_WORDS = 3
# Inside a list, a paragraph of running text is a teaser of another post when the share of
# its content words found in the page's other running text is below this fraction of the
# median share of those paragraphs; otherwise the story has resumed and the list ends.
TOPIC_RELATIVE = 0.4
# The topic is read from at most this many paragraphs of story text before the heading.
TOPIC_PARAGRAPHS = 100
# A word this long is content even when it is not a name; in scripts without case (Arabic,
# Thai, Devanagari) names cannot be spotted, so shorter words count.
LONG_WORD = 7
UNCASED_WORD = 4
# A heading is a single unpunctuated sentence shorter than this; rows are at most twice as long.
HEADING_CHARS = 80
# The reason given to the members of a list, by the reason of the heading that opens it: what
# follows "Read more" or a site's footer is a list of other posts.
LIST_REASONS: Mapping[str, str] = MappingProxyType({
    "related-posts": "related-posts",
    "read-more": "related-posts",
    "comments": "comments",
    "footer-legal": "related-posts",
})
# What a count in a furniture field is made of: "1,204 views".
COUNT_CHARS = "0123456789.,\u00a0 "
# Decoration around a cue: "Read more »", "• Share:", "Lire la suite →".
CUE_DECORATION = " :›»→>…·•|-–—*"

_ASCII_CHARS = r"[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%\-]"
# A whole run of those characters holding a dot or a colon (no URL, e-mail address or
# domain lacks both): the runs link_spans reads, found without a look at every other run.
_DOTTED_RUN_RE = re.compile(f"(?<!{_ASCII_CHARS}){_ASCII_CHARS}*[.:]{_ASCII_CHARS}*")
# The same runs found from their dots and colons (_dotted_runs): a scan for one of two
# characters, not a try at every position.
_DOT_OR_COLON_RE = re.compile(r"[.:]")
_RUN_REST_RE = re.compile(f"{_ASCII_CHARS}*")
_RUN_CHARS = frozenset(ch for ch in map(chr, range(128)) if re.fullmatch(_ASCII_CHARS, ch))
# What every link's token holds (see link_spans): a scheme's "://", "www." in any case, an
# e-mail's "@", or a domain's dot before two lower-case letters of its top-level label. Its
# first character is a plain class, so the search scans in C without a try at every other
# position; decimals ("1.5"), times and initials ("U.S.") hold none of them.
_LINK_HINT_RE = re.compile(r"[.:@Ww](?:(?<=\.)[a-z]{2}|(?<=:)//|(?<=@)|(?<=[Ww])[Ww]{2}\.)")


def _run_of(char_class: str) -> str:
    """A pattern for a run of `char_class` ("[...]"), that is `char_class`+ written to open
    with the plain class: a search then skips to the run's first character by a scan in C,
    where a pattern that opens with a repeat is tried at every position (on a text of 192
    characters with one word, 13 K instructions instead of 34 K)."""
    return f"{char_class}{char_class}*"


_LETTERS_RE = re.compile(_run_of(r"[^\W\d_]"))
# The same words in an ASCII text (its only letters), matched faster than the Unicode class.
_ASCII_LETTERS_RE = re.compile(_run_of("[A-Za-z]"))
# The letters below U+0250 (Basic Latin to Latin Extended-B), as ranges (a test checks them
# against the Unicode class): in a text without later letters, words are matched by these
# ranges, several times faster than by the class's category tests.
LATIN_LETTERS = ("A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6"
                 "\u00d8-\u00f6\u00f8-\u024f")
# A run of terminals, and the closers after it in group 1 (no character is both).
_TERMINAL_RUN_RE = re.compile(f"[{re.escape(TERMINALS)}]+([{re.escape(CLOSERS)}]*)")
# Where a sentence opens, so a capital there says nothing of names: after the start, a
# terminal or a bullet, and any spaces and opening quotes (_initials). Two patterns, not
# one with "^|" ahead: a pattern that opens with a class is searched for by a scan in C.
_OPENING_RE = re.compile(f"[\\s{re.escape(OPENERS)}]*")
_INITIAL_RE = re.compile(
    f"[{re.escape(TERMINALS + BULLET_SYMBOLS + DASH_BULLETS)}][\\s{re.escape(OPENERS)}]*"
)


def _letter_of(char_class: str) -> str:
    """A pattern for a letter (what [^\\W\\d_] matches) of `char_class` (single characters
    and ranges, no escapes): one negated class, tested without a lookahead a character."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(char_class):
        if char_class[i + 1 : i + 2] == "-" and i + 2 < len(char_class):
            spans.append((ord(char_class[i]), ord(char_class[i + 2])))
            i += 3
        else:
            spans.append((ord(char_class[i]), ord(char_class[i])))
            i += 1
    outside, start = [], 0
    for low, high in sorted(spans):
        if low > start:
            outside.append(f"\\U{start:08x}-\\U{low - 1:08x}")
        start = max(start, high + 1)
    if start <= 0x10FFFF:
        outside.append(f"\\U{start:08x}-\\U0010ffff")
    return f"[^\\W\\d_{''.join(outside)}]"


def _words_at_least(letter: str, other: str, count: int) -> str:
    """A pattern that matches at the start of a text holding `count` words of `letter` (a
    class; `other` is the class of every other character): `count` times what is no
    letter, then a word, both possessive, so that no word is split in two. One match, not
    a findall of every word: on a paragraph of 34 words in its first 192 characters, 11 K
    instructions instead of 57 K."""
    return f"(?:{other}*+{letter}++){{{count}}}"


# The words of a long paragraph without CJK, a unit a word.
_LONG_WORDS = math.ceil(LONG_PARAGRAPH_UNITS)


# A CJK character and any other; runs of Han, katakana (U+30A0-30FF only, less its two
# marks that are no letters) and Hangul characters by plain classes (a scan in C), and the
# same runs of letters only by negated classes (a test at each position) (see _letter_runs);
# words of letters below U+0250 and a letter of a later block (_letters_of); a run of
# letters of scripts other than CJK; a run of CJK characters. Wide classes: kept compiled on
# disk (lang/tablecache.py).
(_CJK_RE, _NON_CJK_RE, _HAN_RUN_RE, _KATA_RUN_RE, _HANGUL_RUN_RE, _HAN_LETTERS_RE,
 _KATA_LETTERS_RE, _HANGUL_LETTERS_RE, _LATIN_LETTERS_RE, _LATER_LETTER_RE,
 _OTHER_LETTERS_RE, _ASCII_LONG_RE, _LATIN_LONG_RE, _LETTERS_LONG_RE, _CJK_RUN_RE
 ) = tablecache.patterns(
    __name__, (
    f"[{CJK_CLASS}]",
    f"[^{CJK_CLASS}]",
    _run_of(f"[{HAN_CLASS}]"),
    _run_of("[\u30a1-\u30fa\u30fc-\u30ff]"),
    _run_of(f"[{HANGUL_CLASS}]"),
    _run_of(_letter_of(HAN_CLASS)),
    _run_of(_letter_of(chr(0x30A0) + '-' + chr(0x30FF))),
    _run_of(_letter_of(HANGUL_CLASS)),
    _run_of(f"[{LATIN_LETTERS}]"),
    r"[^\W\d_\x00-\u024f]",
    _run_of(f"[^\\W\\d_{CJK_CLASS}]"),
    _words_at_least("[A-Za-z]", "[^A-Za-z]", _LONG_WORDS),
    _words_at_least(f"[{LATIN_LETTERS}]", f"[^{LATIN_LETTERS}]", _LONG_WORDS),
    _words_at_least(r"[^\W\d_]", r"[\W\d_]", _LONG_WORDS),
    _run_of(f"[{CJK_CLASS}]"),
))
# For each pattern _non_cjk_letters returns, the pattern that tells a text of a long
# paragraph's words in it (see _words_at_least).
_LONG_TEXT_RE: Mapping[re.Pattern[str], re.Pattern[str]] = MappingProxyType({
    _ASCII_LETTERS_RE: _ASCII_LONG_RE,
    _LATIN_LETTERS_RE: _LATIN_LONG_RE,
    _LETTERS_RE: _LETTERS_LONG_RE,
})
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# (full-width bars and brackets, a dash between spaces, and the ideographic space that CJK
# pages set between fields: "シェア　X｜Facebook｜LINE", "Partager : X · E-mail — 57 commentaires")
_ROW_SPLIT_RE = re.compile(r"\s[•·/>»›＞—–]\s|[|｜]|\u3000")
# Table cells pasted without spaces: "Revenue$12.3B$4.5B", "12%$4.5B".
_CELL_SIGNS = "$€£¥"
# Glued cells ("Revenue$12.3B$4.5B"): a sign with a digit after it and a letter, a digit,
# or a digit and one of [%A-Za-z] before it. Found from the sign (a scan for four
# characters in C), not as [^\W\d_][sign]\d|\d[%A-Za-z]?[sign]\d is, by a try of two
# branches at every character.
_GLUED_SIGN_RE = re.compile(
    f"[{_CELL_SIGNS}](?:(?<=[^\\W\\d_].)|(?<=\\d.)|(?<=\\d[%A-Za-z].))\\d")
# A currency's letters before its sign, a word of their own ("S$3.6 billion", "US$2",
# "HK$40"): no glued cell.
_CURRENCY_PREFIX_RE = re.compile(r"(?<![^\W\d_])[A-Z]{1,3}$")
_WORD_RE = re.compile(r"\w+")
# A sentence stop inside a paragraph: Latin before a space (not "1.9"), CJK anywhere.
_INNER_STOP_RE = re.compile(r"[.!?…](?=\s)|[。！？｡]")
_LINK_TRAIL = ".,;:!?)]}'\""
_LINK_LEAD = "([{'\""


# --- links ----------------------------------------------------------------------------------


def _trim_run(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _LINK_LEAD:
        start += 1
    while end > start and text[end - 1] in _LINK_TRAIL:
        end -= 1
    return start, end


def _is_domain(token: str) -> bool:
    """A host name with a lower-case top-level label: "example.com", "ift.tt/x"."""
    host = token
    for sep in "/?#:":
        host = host.split(sep, 1)[0]
    labels = host.split(".")
    if len(labels) < 2 or not all(labels):
        return False
    tld = labels[-1]
    if not (2 <= len(tld) <= 24 and tld.isascii() and tld.isalpha() and tld.islower()):
        return False
    return all(label.replace("-", "").isalnum() and label.isascii() for label in labels)


def _is_email(token: str) -> bool:
    return "@" in token and _EMAIL_RE.fullmatch(token) is not None


def _url_start(token: str) -> int:
    """Where a URL starts in `token`, or -1: after the scheme's letters, or at "www."."""
    sep = token.find("://")
    if sep > 0:
        start = sep
        while start > 0 and token[start - 1].isalpha():
            start -= 1
        if start < sep:
            return start
    return token.lower().find("www.")


def _dotted_runs(text: str, dots: re.Pattern[str] = _DOT_OR_COLON_RE
                 ) -> Iterator[tuple[int, int]]:
    """The spans _DOTTED_RUN_RE.finditer finds (every whole run of _ASCII_CHARS holding a
    dot or a colon), found from each run's first dot or colon: back to the run's start,
    then on to its end. Each character is looked at a bounded number of times.

    With `dots` = _LINK_HINT_RE, the runs holding what a link holds (each run found from
    its first hint; a hint's characters are run characters): the only runs a link comes
    from, found without stopping at each full stop or decimal point.
    """
    pos = 0
    while (dot := dots.search(text, pos)) is not None:
        start = dot.start()
        while start > pos and text[start - 1] in _RUN_CHARS:
            start -= 1
        rest = _RUN_REST_RE.match(text, dot.start())
        end = rest.end() if rest is not None else dot.end()  # (it always matches)
        yield start, end
        pos = end


def link_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses and bare domains in `text` (linear time)."""
    spans: list[tuple[int, int]] = []
    # A link is a URL (its scheme's "://" or "www."), an e-mail address ("@") or a domain
    # (a dot before its lower-case top-level label): its run holds a hint of it.
    for run in _dotted_runs(text, _LINK_HINT_RE):
        if run[1] - run[0] < 4:
            continue
        start, end = _trim_run(text, *run)
        token = text[start:end]
        if len(token) < 4 or ("." not in token and ":" not in token):
            continue  # "word." trimmed: a URL, address or domain holds a dot or a colon
        url = _url_start(token)
        if url >= 0:
            spans.append((start + url, end))
        elif _is_email(token) or _is_domain(token):
            spans.append((start, end))
    return spans


def handle_spans(text: str) -> list[tuple[int, int]]:
    """Spans of social-media handles ("@name") that are not part of an e-mail address."""
    spans: list[tuple[int, int]] = []
    if "@" not in text:
        return spans
    for match in _WORD_RE.finditer(text):
        start = match.start()
        if start > 0 and text[start - 1] == "@" and (start < 2 or not text[start - 2].isalnum()):
            spans.append((start - 1, match.end()))
    return spans


def _links_by_paragraph(text: str, spans: Sequence[tuple[int, int]]
                        ) -> list[list[tuple[int, int]]]:
    """link_spans(text[start:end]) of each paragraph span, in paragraph offsets.

    A link lies within a run of _ASCII_CHARS, which holds no space; when the paragraphs
    follow each other without overlapping and each starts and ends at the edge of such a
    run (as lines trimmed of their spaces do), the links of the whole text are those of its
    paragraphs, found in one pass.
    """
    n = len(text)
    whole = all((start == 0 or text[start - 1] not in _RUN_CHARS)
                and (end == n or text[end] not in _RUN_CHARS) for start, end in spans) \
        and all(before[1] <= after[0] for before, after in pairwise(spans))
    if not whole:
        return [link_spans(text[start:end]) for start, end in spans]
    found = link_spans(text)
    result: list[list[tuple[int, int]]] = [[] for _ in spans]
    if not found:
        return result
    starts = [start for start, _ in spans]
    for link_start, link_end in found:
        i = bisect.bisect_right(starts, link_start) - 1
        if i >= 0 and link_end <= spans[i][1]:
            offset = spans[i][0]
            result[i].append((link_start - offset, link_end - offset))
    return result


def _mask(length: int, spans: Sequence[tuple[int, int]]) -> bytearray:
    mask = bytearray(length)
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


# --- bullets and sentences --------------------------------------------------------------------


def _numbering_end(text: str) -> int | None:
    """Offset past a list number ("1." or "12)") followed by a space, else None."""
    digits = 0
    while digits < min(len(text), 4) and "0" <= text[digits] <= "9":
        digits += 1
    marked = 1 <= digits <= 3 and text[digits : digits + 1] in (".", ")")
    return digits + 1 if marked and text[digits + 1 : digits + 2].isspace() else None


def bullet_body(text: str) -> int | None:
    """Offset just past a leading bullet marker and its spaces, or None when there is none."""
    if not text:
        return None
    pos: int | None
    if text[0] in BULLET_SYMBOLS:
        pos = 1
    elif text[0] in DASH_BULLETS:
        pos = 1 if text[1:2].isspace() else None
    elif "0" <= text[0] <= "9":
        pos = _numbering_end(text)
    else:
        return None  # the common case: a line that opens with a word
    if pos is None:
        return None
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _word_before(text: str, pos: int) -> str:
    """The letters-and-dots word ending at `pos` ("U.S", "Mr"), at most a few characters."""
    start = pos
    while start > 0 and pos - start <= MAX_ABBREVIATION_LENGTH:
        ch = text[start - 1]
        if not (ch.isalpha() or ch == "."):
            break
        start -= 1
    if pos - start > MAX_ABBREVIATION_LENGTH:
        return ""
    return text[start:pos]


def _is_abbreviation(word: str, next_char: str) -> bool:
    """Whether a "." after `word` belongs to the word rather than ending a sentence."""
    if not word or not word[-1].isalpha():
        return False
    if "." in word:
        # "U.S", "e.g", "Ph.D": chains of one- or two-letter parts.
        parts = word.split(".")
        return all(1 <= len(p) <= 2 and p.isalpha() for p in parts)
    # A single cased letter is an initial ("J. Smith"); CJK characters have no case.
    if len(word) == 1 and (word.isupper() or word.islower()):
        return True
    low = word.lower()
    if low in NUMBER_ABBREVIATIONS:
        return next_char.isdigit()
    return low in ABBREVIATIONS


def _starts_word(text: str, pos: int) -> bool:
    """A capitalised word at `pos`: "Cependant" in "coopération.Cependant", or "C'est"."""
    if not text[pos : pos + 1].isupper():
        return False
    follower = text[pos + 1 : pos + 2]
    if follower in ELISIONS:
        follower = text[pos + 2 : pos + 3]
        return follower.isalpha()
    return follower.islower()


def _next_visible(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _boundary(text: str, start: int, stop: int, after: int, protected: bytearray) -> bool:
    """Whether a sentence ends after the terminators text[start:stop] and closers up to `after`.

    Latin punctuation ends a sentence before whitespace (unless an abbreviation or a
    lower-case continuation follows), or, for machine-translated text, directly before a
    capitalised word. CJK punctuation needs no space.
    """
    if after >= len(text):
        return True
    run = text[start:stop]
    nxt = text[after]
    has_closer = after > stop
    if not _CJK_TERMINAL_SET.isdisjoint(run):
        # 「...。」と言った, 他說:“……。”然後: a quote that ends with 。 inside a sentence
        # does not end it; a quoted sentence of its own does (“……。”他还参与……).
        return not has_closer or nxt.isspace() or nxt in OPENERS \
            or (nxt not in QUOTE_CONTINUATIONS and _quote_opens_sentence(text, start, stop))
    if nxt.isspace():
        visible = _next_visible(text, after)
        if visible >= len(text):
            return True
        following = text[visible]
        # "approx. five", "Acme. , selon": the sentence goes on.
        if following.islower() or following in CLAUSE_PUNCTUATION:
            return False
        # "rose 6 . 2 %": a decimal point tokenizing spaced out, not a full stop.
        if run == "." and following.isdigit() and text[start - 2:start - 1].isdigit() \
                and text[start - 1] == " ":
            return False
        return not (run == "." and _is_abbreviation(_word_before(text, start), following))
    if has_closer:
        return False
    if run == ".":
        return (
            start > 0
            and (text[start - 1].isalnum() or text[start - 1] in CLOSERS or text[start - 1] == "%")
            and _starts_word(text, after)
            and not protected[start]
            and not _is_abbreviation(_word_before(text, start), nxt)
        )
    if "." not in run:
        # "séparés?Les", "什么?然后": a question or exclamation glued to the next sentence.
        return nxt.isupper() or is_cjk(nxt)
    return False


def _quote_opens_sentence(text: str, end: int, closer: int) -> bool:
    """Whether the quote that text[closer] closes after text[:end] opened a sentence: its
    opening mark stands at the start of the text or right after a sentence's end."""
    pair = OPENERS[CLOSERS.index(text[closer])] if text[closer] in CLOSERS else ""
    at = text.rfind(pair, 0, end) if pair else -1
    if at < 0:
        return False
    before = text[:at].rstrip()
    return not before or before[-1] in TERMINALS or before[-1] in CLOSERS


def _terminals(text: str) -> list[int]:
    """The offsets of every terminal in `text`, in order: found by str.find, one terminal
    character at a time (a character the text cannot hold is no scan at all), several times
    faster than a regular expression's class test at every character."""
    found: list[int] = []
    for terminal in TERMINALS:
        at = text.find(terminal)
        while at >= 0:
            found.append(at)
            at = text.find(terminal, at + 1)
    found.sort()
    return found


def _sentence_ends(text: str, links: Sequence[tuple[int, int]]) -> Iterator[int]:
    """Offsets in `text` (one paragraph) where a sentence ends; `links`: its link_spans."""
    protected = _mask(len(text), links)
    i, n = 0, len(text)
    for at in _terminals(text):
        if at < i:
            continue  # inside the run, closers or quote of the sentence end before
        i = at
        if protected[i]:
            i += 1
            continue
        found = _TERMINAL_RUN_RE.match(text, i)
        assert found is not None  # text[i] is a terminal
        stop, after = found.span(1)
        if _boundary(text, i, stop, after, protected):
            end = after
            visible = _next_visible(text, after)
            # « ... dollars. » : the spaced closing quote still belongs to this sentence.
            if (
                visible < n
                and text[visible] in SPACED_CLOSERS
                and (visible + 1 == n or text[visible + 1].isspace())
            ):
                end = visible + 1
            yield end
            i = end
        else:
            i = after


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end], in `text` offsets, whitespace trimmed.

    Pieces without a letter or digit (a stray quote, a lone dash) are dropped.
    """
    stop = len(text) if end is None else end
    return _sentence_spans(text, start, stop, link_spans(text[start:stop]))


def _sentence_spans(text: str, start: int, stop: int, links: Sequence[tuple[int, int]]
                    ) -> list[tuple[int, int]]:
    """sentence_spans(text, start, stop), given the link_spans of text[start:stop]."""
    piece = text[start:stop]
    spans: list[tuple[int, int]] = []
    begin = 0
    for cut in [*_sentence_ends(piece, links), len(piece)]:
        s, e = _trim(piece, begin, cut)
        begin = cut
        if s < e and (piece[s].isalnum() or any(ch.isalnum() for ch in piece[s:e])):
            spans.append((start + s, start + e))
    return spans


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINALS


# --- what the boilerplate rule knows about a paragraph --------------------------------------


class _Line(NamedTuple):
    """The signals of one paragraph (a tuple: one is made for each paragraph of a page)."""

    dense: bool
    table: bool
    repeated: bool  # the same text stands elsewhere on the page (cards of a post list)
    own: str | None  # the furniture reason of the line itself, if any
    heading: bool  # opens a list of furniture ("Related posts", a footer)


def _units(text: str, letters: re.Pattern[str] | None = None) -> float:
    """Words in `text`; two CJK characters count as one word. `letters`, when given, is
    _non_cjk_letters of a text that holds `text` (no CJK, its words found by it).

    A letter word counts half a unit per CJK character, plus one unless it is all CJK;
    summed over the text, that is half its CJK letters plus its words that are not all
    CJK (halves add up exactly in a float)."""
    if letters is not None:
        return float(len(letters.findall(text)))
    if text.isascii() or not _CJK_RE.search(text):  # no CJK: one unit a word
        return float(len(_letters_of(text).findall(text)))
    # Every letter is CJK or of another script; a word is all CJK unless it holds one of
    # the others (a plain class: no lookarounds to tell which words are CJK only).
    words = _LETTERS_RE.findall(text)
    others = _OTHER_LETTERS_RE.findall(text)
    cjk_letters = sum(map(len, words)) - sum(map(len, others))
    mixed = sum(1 for word in words if _NON_CJK_RE.search(word)) if others else 0
    return cjk_letters / 2 + mixed


# How far _units_upto looks first into a paragraph: the cap (LONG_PARAGRAPH_UNITS) in words
# of six letters and a space, and a third more; in one that opens in CJK, the cap in CJK
# letters (two to a unit) and room for digits and punctuation.
_UNITS_WINDOW = 192
_CJK_UNITS_WINDOW = 64


def _units_upto(text: str, cap: float, letters: re.Pattern[str] | None = None) -> float:
    """_units(text) when it is below `cap`, else a number of at least `cap`: the words of a
    long paragraph are counted only as far as it takes to reach it. `letters`: as _units.

    The units of a prefix are no more than the text's: the word the prefix cuts counts
    no more CJK letters, and a full unit only if the whole word does."""
    if letters is not None:
        if cap == LONG_PARAGRAPH_UNITS and _LONG_TEXT_RE[letters].match(text) is not None:
            return cap
        return float(len(letters.findall(text)))
    # An ASCII text (an O(1) test, not a scan) holds no CJK letter.
    if not text.isascii() and _CJK_RE.search(text, 0, _CJK_UNITS_WINDOW):
        # Each CJK letter is half a unit at least: a bound from the head, found without
        # telling which words are CJK only (the whole text is counted exactly).
        if len(text) > _CJK_UNITS_WINDOW:
            head = text[:_CJK_UNITS_WINDOW]
            # The CJK characters of the head, found by a plain class (a scan in C): its CJK
            # letters when all are alphanumeric (no CJK character is a decimal digit), as
            # they are but in unassigned code points.
            cjk = "".join(_CJK_RUN_RE.findall(head))
            cjk_letters = len(cjk) if cjk.isalnum() else \
                sum(map(len, _LETTERS_RE.findall(head))) \
                - sum(map(len, _OTHER_LETTERS_RE.findall(head)))
            if cjk_letters / 2 >= cap:
                return cjk_letters / 2
    elif len(text) > _UNITS_WINDOW:
        head_units = _units(text[:_UNITS_WINDOW])
        if head_units >= cap:
            return head_units
    return _units(text)


def _is_link_line(text: str, links: Sequence[tuple[int, int]]) -> bool:
    """Whether links (its link_spans) and handles fill LINK_SHARE of the line."""
    if not links and "@" not in text:
        return False  # nothing covered
    visible = len("".join(text.split()))
    if visible == 0:
        return False
    handles = handle_spans(text)
    covered = sum(e - s for s, e in links) + sum(e - s for s, e in handles)
    if covered < LINK_SHARE * visible:
        return False
    # A sentence that cites its source ("Revenue rose 12% to $3.4 billion (https://…)", 详见
    # http://…): the words around the links state a figure, as no list of links does.
    rest = text
    for start, end in sorted([*links, *handles], reverse=True):
        rest = rest[:start] + " " + rest[end:]
    return not (_ANY_DIGIT_RE.search(rest) is not None and _units(rest) >= CITING_WORDS)


def _is_running_text(text: str, units: float) -> bool:
    """Enough words, punctuated like prose rather than like a headline.

    A paragraph ends with sentence or clause punctuation; a headline ends bare even when it
    holds a colon ("Port-Clair: the mayor runs again"), unless it is too long to be one.
    """
    if units < DENSE_UNITS:
        return False
    stripped = text.rstrip().rstrip(CLOSERS)
    if stripped[-1:] in (*TERMINALS, *CLAUSE_PUNCTUATION):
        return True
    # any(ch in CLAUSE_PUNCTUATION for ch in text), in C (its marks are single characters)
    inner = not _CLAUSE_MARKS.isdisjoint(text) or _INNER_STOP_RE.search(text)
    return units >= LONG_PARAGRAPH_UNITS and bool(inner)


def _is_table_row(text: str) -> bool:
    """A row of a table: "| Revenue | $12.3B |", cells between tabs, or cells glued together
    ("Revenue$12.3B$4.5B") as a table pasted from a web page comes out."""
    stripped = text.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return True
    if "\t" in stripped and len([cell for cell in stripped.split("\t") if cell.strip()]) >= 2:
        return True
    # Glued cells hold a currency sign: most paragraphs need no scan.
    return any(sign in stripped for sign in _CELL_SIGNS) and any(
        not _CURRENCY_PREFIX_RE.search(stripped, 0, m.start())
        for m in _GLUED_SIGN_RE.finditer(stripped))


def _table_rows(paragraphs: Sequence[str]) -> list[bool]:
    """Which paragraphs are table rows; consecutive lines with the same number of "|" and a
    number among them are a table without outer bars ("Revenue | $12.3B")."""
    rows = [_is_table_row(p) for p in paragraphs]
    bars = [p.count("|") for p in paragraphs]
    for i in range(len(paragraphs) - 1):
        pair = paragraphs[i : i + 2]
        if bars[i] and bars[i] == bars[i + 1] and any(ch.isdigit() for p in pair for ch in p):
            rows[i] = rows[i + 1] = True
    return rows


def _cue_key(text: str) -> str:
    """A line as cues see it: no bullet marker, folded, no decoration around it."""
    return fold_cue(text[bullet_body(text) or 0 :]).strip(CUE_DECORATION)


def _ends_cue(text: str, cue: str) -> bool:
    """Whether a line that begins with `cue` has a word boundary after it."""
    if len(text) == len(cue) or not cue[-1].isalnum() or is_cjk(cue[-1]):
        return True
    return not text[len(cue)].isalnum()


def _start_cue(key: str, cues: FurnitureCues) -> tuple[str, str] | None:
    """(reason, rest of the line) for the longest start cue `key` begins with."""
    by_first = cues.starts_by_first
    for cue, reason in by_first.get(key[:1], by_first[""]):
        if key.startswith(cue) and _ends_cue(key, cue):
            return reason, key[len(cue) :].strip(CUE_DECORATION)
    return None


def _counter(key: str, cues: FurnitureCues) -> str | None:
    """The reason of a field that is a number and a counter word: "1,204 views", "阅读 12"."""
    core = key.strip(COUNT_CHARS)
    if core == key or not any(ch.isdigit() for ch in key):
        return None
    return cues.counters.get(core.strip())


def _field_reason(field: str, cues: FurnitureCues) -> str | None:
    key = _cue_key(field)
    if key in cues.lines:
        return cues.lines[key]
    start = _start_cue(key, cues)
    return start[0] if start else _counter(key, cues)


def _row_reason(body: str, cues: FurnitureCues) -> str | None:
    """A row of short fields between separators where a field is a cue: "Share | Tweet",
    "By X • April 19, 2025 • 4 views", "Home / News / Local" (the first cue names it)."""
    if len(body) > HEADING_CHARS * 2 or _units(body) > ROW_MAX_WORDS:
        return None
    fields = [f.strip() for f in _ROW_SPLIT_RE.split(body) if f.strip()]
    if len(fields) < 2 or any(_units(f) > ROW_FIELD_WORDS for f in fields):
        return None
    return next((r for r in (_field_reason(f, cues) for f in fields) if r), None)


def _own_reason(text: str, body: int | None, repeat_key: str, dense: bool,
                links: Sequence[tuple[int, int]], cues: FurnitureCues,
                phrases: Sequence[tuple[str, str]]) -> tuple[str | None, bool]:
    """(reason, opens a list) from the paragraph's own cues, links and separators;
    `body` is its bullet_body, `repeat_key` its _key and `phrases` those of cues.phrases
    its page may hold (_page_phrases), in their order.

    A whole-line cue or a notice phrase counts anywhere; a line that begins with a cue
    ("Baca juga: …", "Publié le 3 mars") only when it is not running text. A list heading
    is a list cue with at most a few words after it ("More from the newsroom"), or a footer.
    """
    # fold_cue of the line without its bullet marker: its _key, whose words are the same.
    body_fold = _fold_of_key(repeat_key)
    # The line as _cue_key reads it.
    key = body_fold.strip(CUE_DECORATION)
    if key in cues.lines:
        reason = cues.lines[key]
        return reason, reason in LIST_REASONS
    if phrases:
        folded = fold_cue(text) if body else body_fold
        for phrase, reason in phrases:
            if phrase in folded:
                return reason, reason == "footer-legal"
    if not dense:
        start = _start_cue(key, cues)
        if start is not None:
            reason, rest = start
            short = _units(rest) <= HEADING_EXTRA_WORDS and not any(ch.isdigit() for ch in rest)
            return reason, reason == "footer-legal" or (reason in LIST_REASONS and short)
        field = _counter(key, cues) or _row_reason(text[body or 0 :], cues)
        if field is not None:
            return field, False
    return ("link-list" if _is_link_line(text, links) else None), False


@functools.cache
def _phrase_probes(phrases: tuple[tuple[str, str], ...]
                   ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """For each phrase, its longest piece between spaces and colons: a text whose fold_cue
    holds the phrase holds the piece once case-folded (fold_cue's other changes touch
    only spaces and colons, and casefold maps each character on its own). Then the
    distinct pieces, and those of them that are ASCII (all an ASCII text may hold)."""
    probes = tuple(max(re.split("[ :]", phrase), key=len) for phrase, _ in phrases)
    distinct = tuple(dict.fromkeys(probes))
    return probes, distinct, tuple(probe for probe in distinct if probe.isascii())


def _page_phrases(page: str, cues: FurnitureCues) -> tuple[tuple[str, str], ...]:
    """The phrases of cues.phrases a paragraph of the page (its paragraphs joined by
    newlines) may hold, in their order: those whose probe (_phrase_probes) the page holds
    case-folded. The rest are in no paragraph; a phrase kept is still looked for in each.
    One scan of the page a distinct probe (none for a probe with a character an ASCII page
    lacks), not one of each paragraph a phrase, and no fold_cue of the page; most pages
    hold no probe, and are done with once the probes are scanned."""
    probes, distinct, ascii_probes = _phrase_probes(cues.phrases)
    folded = page.casefold()
    present = {probe for probe in (ascii_probes if folded.isascii() else distinct)
               if probe in folded}
    if not present:
        return ()
    return tuple(item for item, probe in zip(cues.phrases, probes, strict=True)
                 if probe in present)


def _key(text: str, body: int | None) -> str:
    """A paragraph's text for spotting repeats: no bullet marker (`body` is its
    bullet_body), case or spacing."""
    return " ".join(text[body or 0 :].casefold().split())


def _fold_of_key(key: str) -> str:
    """fold_cue of a text whose _key is `key`: fold_cue's replacement of one character by
    another, neither a space, is the same before or after spaces are joined."""
    if "：" in key:
        key = key.replace("：", ":")
    return key.replace(" :", ":") if " :" in key else key


def _topic_words(paragraphs: Sequence[str],
                 letters: Sequence[re.Pattern[str] | None] | None = None
                 ) -> tuple[frozenset[str], list[frozenset[str]]]:
    """The names of running-text `paragraphs` (words capitalised in most of their
    mid-sentence uses: names and acronyms) and the content tokens of each: the words that
    say what a paragraph is about (names, long words, Han bigrams).

    Short common words ("dans", "with", "yang") would make every line of the same language
    look related, so they are left out; CJK text has no spaces, so Han characters count
    in pairs and katakana and Hangul by run. In CJK text, only the words of other scripts
    are counted as names.

    Each paragraph is read by whole-text patterns and counting in C (its words found,
    case-folded at once, counted, put in a set); what depends on a word alone (its case,
    whether it is a token) is decided once per distinct word of all the paragraphs, not
    at each use. `letters`: the _paragraph_letters of `paragraphs`, if known."""
    if letters is None:
        letters = [_non_cjk_letters(text) for text in paragraphs]
    counts: Counter[str] = Counter()  # every word as written: its case, at each use
    fold_of: dict[str, str] = {}
    openers: list[str] = []  # the words that open a sentence, counted neither way
    distinct: list[set[str]] = []
    extras: list[set[str]] = []  # Han bigrams, katakana and Hangul runs
    for text, own_letters in zip(paragraphs, letters, strict=True):
        cjk = own_letters is None
        pattern = _OTHER_LETTERS_RE if own_letters is None else own_letters
        words = pattern.findall(text)
        # casefold maps each character on its own: the words folded at once, and split again.
        folded = " ".join(words).casefold().split(" ") if words else []
        counts.update(words)
        fold_of.update(zip(words, folded, strict=True))
        distinct.append(set(folded))
        extras.append(_cjk_tokens(text) if cjk else set())
        # An initial where a letter stands opens a word: no terminal, bullet, opener or
        # space is a letter.
        openers.extend(hit.group() for start in _initials(text)
                       if (hit := pattern.match(text, start)) is not None)
    capital: dict[str, int] = {}
    lower: dict[str, int] = {}
    for word, n in counts.items():
        folded_word = fold_of[word]
        if word[0].isupper():
            capital[folded_word] = capital.get(folded_word, 0) + n
        elif folded_word[0].islower():
            lower[folded_word] = lower.get(folded_word, 0) + n
    for word in openers:
        folded_word = fold_of[word]
        if word[0].isupper():
            capital[folded_word] -= 1
        elif folded_word[0].islower():
            lower[folded_word] -= 1
    names = frozenset(w for w, n in capital.items() if n > lower.get(w, 0))
    # A word is a token when it is long, a name, or of a script without case (which has
    # no names to spot; no ASCII word is one: its folded letters are all lower case).
    tokens = {f for f in set[str]().union(*distinct)
              if len(f) >= LONG_WORD or (len(f) >= 2 and (
                  f in names or (len(f) >= UNCASED_WORD and f == f.upper())))}
    return names, [frozenset(tokens.intersection(words).union(more))
                   for words, more in zip(distinct, extras, strict=True)]


def _cjk_tokens(text: str) -> set[str]:
    """The CJK tokens of `text`: Han characters in pairs, katakana and Hangul runs of two
    letters or more (case-folded). Runs of one script are read from the whole text, not
    word by word: a run of letters lies within one word."""
    found: set[str] = set()
    for run in _letter_runs(text, _HAN_RUN_RE, _HAN_LETTERS_RE):
        folded = run.casefold()
        found.update(map(operator.add, folded, folded[1:]))  # Han characters in pairs
    for runs, letters in ((_KATA_RUN_RE, _KATA_LETTERS_RE), (_HANGUL_RUN_RE, _HANGUL_LETTERS_RE)):
        for run in _letter_runs(text, runs, letters):
            folded = run.casefold()
            if len(folded) >= 2:
                found.add(folded)
    return found


def _letter_runs(text: str, runs: re.Pattern[str], letters: re.Pattern[str]) -> list[str]:
    """letters.findall(text): the runs of a script's letters; found as runs of the script's
    characters (a scan in C) when those are all letters (no CJK character is a decimal
    digit, so a letter is what isalnum accepts), as they are but in unassigned code points."""
    found = runs.findall(text)
    return found if "".join(found).isalnum() or not found else letters.findall(text)


def _letters_of(text: str) -> re.Pattern[str]:
    """A pattern that finds the letter words of `text` as _LETTERS_RE does, the fastest
    one that can: ASCII letters, letters below U+0250, or the Unicode class."""
    if text.isascii():  # (an O(1) test)
        return _ASCII_LETTERS_RE
    return _LETTERS_RE if _LATER_LETTER_RE.search(text) else _LATIN_LETTERS_RE


def _non_cjk_letters(text: str) -> re.Pattern[str] | None:
    """_letters_of(text) for a text without CJK characters; None for one that holds one."""
    if text.isascii():
        return _ASCII_LETTERS_RE
    if _CJK_RE.search(text):
        return None
    return _LETTERS_RE if _LATER_LETTER_RE.search(text) else _LATIN_LETTERS_RE


def _paragraph_letters(paragraphs: Sequence[str], page: str) -> list[re.Pattern[str] | None]:
    """For each paragraph, _non_cjk_letters of it or a pattern that finds the same words;
    `page` joins the paragraphs. A page without CJK is searched once, not each paragraph
    three times (_units_upto, _units, _topic_words): no paragraph holds CJK, and the
    page's pattern finds the words of each (_LETTERS_RE those of any text without CJK)."""
    page_letters = _non_cjk_letters(page)
    if page_letters is None:
        return [_non_cjk_letters(text) for text in paragraphs]
    return [_ASCII_LETTERS_RE if text.isascii() else page_letters for text in paragraphs]


def _initials(text: str) -> set[int]:
    """Where the words that open a sentence of `text` begin (see _OPENING_RE)."""
    opening = _OPENING_RE.match(text)
    assert opening is not None  # it matches the empty string
    return {opening.end(), *(m.end() for m in _INITIAL_RE.finditer(text))}


def _lines(paragraphs: Sequence[str], links: Sequence[Sequence[tuple[int, int]]],
           cues: FurnitureCues, page: str, letters: Sequence[re.Pattern[str] | None]
           ) -> list[_Line]:
    """The signals of each paragraph; `page` joins them by newlines, `letters` are their
    _paragraph_letters."""
    # _is_running_text weighs units only up to LONG_PARAGRAPH_UNITS.
    denses = [_is_running_text(p, _units_upto(p, LONG_PARAGRAPH_UNITS, own_letters))
              for p, own_letters in zip(paragraphs, letters, strict=True)]
    tables = _table_rows(paragraphs)
    bodies = [bullet_body(p) for p in paragraphs]
    keys = [_key(p, body) for p, body in zip(paragraphs, bodies, strict=True)]
    repeats = Counter(keys)
    phrases = _page_phrases(page, cues)
    owns = [(None, False) if table
            else _own_reason(text, body, key, dense, own_links, cues, phrases)
            for text, body, key, table, dense, own_links in zip(paragraphs, bodies, keys,
                                                                tables, denses, links,
                                                                strict=True)]
    return [_Line(dense=dense, table=table, repeated=repeats[key] > 1, own=own,
                  heading=heading)
            for dense, table, key, (own, heading) in zip(denses, tables, keys, owns,
                                                         strict=True)]


def _paragraph_tokens(paragraphs: Sequence[str], lines: Sequence[_Line],
                      letters: Sequence[re.Pattern[str] | None]) -> list[frozenset[str]]:
    """The content tokens of each paragraph (see _topic_words; `letters`: their
    _paragraph_letters); only running text is ever weighed by topic, so only its words are
    read (the others have none)."""
    dense = [i for i, line in enumerate(lines) if line.dense]
    _, read = _topic_words([paragraphs[i] for i in dense], [letters[i] for i in dense])
    found = iter(read)
    nothing: frozenset[str] = frozenset()
    return [next(found) if line.dense else nothing for line in lines]


# --- lists of furniture -----------------------------------------------------------------------


def _is_story(line: _Line) -> bool:
    """Running text that is no furniture of its own: what a page's topic is read from."""
    return line.dense and line.own is None and not line.repeated and not line.table


def _overlap(tokens: frozenset[str], vocabulary: Counter[str], *, own: bool) -> float:
    """The share of `tokens` found in another paragraph counted into `vocabulary`.

    `own` says whether the paragraph itself was counted into `vocabulary`.
    """
    if not tokens:
        return 0.0
    need = 2 if own else 1
    return sum(1 for t in tokens if vocabulary.get(t, 0) >= need) / len(tokens)


@dataclass(frozen=True)
class _Topic:
    """What the story says before a list heading: its vocabulary, and the share of it a
    paragraph must hold to be on topic (relative to the story's own paragraphs, since how
    much vocabulary paragraphs share depends on the language and the article's length)."""

    vocabulary: Counter[str]
    bar: float

    def off_topic(self, tokens: frozenset[str]) -> bool:
        """Whether a paragraph of these content tokens is off the topic."""
        return _overlap(tokens, self.vocabulary, own=False) < self.bar


def _topic(tokens: Sequence[frozenset[str]], story: Sequence[int], heading: int) -> _Topic:
    """The topic of the story paragraphs nearest before `heading` (`story` is sorted), from
    the content `tokens` of each paragraph."""
    members = story[max(0, bisect.bisect_left(story, heading) - TOPIC_PARAGRAPHS) :]
    members = [i for i in members if i < heading]
    vocabulary: Counter[str] = Counter()
    for i in members:
        vocabulary.update(tokens[i])
    if not members:
        return _Topic(vocabulary, 0.0)
    shares = [_overlap(tokens[i], vocabulary, own=True) for i in members]
    return _Topic(vocabulary, TOPIC_RELATIVE * median(shares))


def _in_list(line: _Line) -> bool | None:
    """Whether a paragraph after a list heading still belongs to the list: furniture, a
    headline, a short or repeated line, or a teaser of another post. A table, or running
    text on the story's topic (the story resuming), ends it. None for running text of no
    other signal: only its topic tells (_Topic.off_topic)."""
    if line.table:
        return False
    return True if line.own is not None or line.repeated or not line.dense else None


def boilerplate_reasons(
    text: str, spans: Sequence[tuple[int, int]], cues: FurnitureCues | None = None
) -> tuple[str | None, ...]:
    """For each paragraph span of `text`, why it is site furniture, or None for story text.

    A paragraph is furniture by its own cue (see _own_reason) or as a member of a list: a
    list heading ("Related posts", "À lire aussi", "Komentar") is followed by headlines,
    short lines and teasers of other posts until a table or a paragraph of running text on
    the topic of the story before the heading. A footer ("All rights reserved", a site
    disclaimer) ends the page: the lines after it are furniture only if they run to the end
    of the document. With no story text before a heading, its list ends at the first
    paragraph of running text.
    """
    return _reasons(text, spans, _links_by_paragraph(text, spans), cues or furniture_cues())


def _reasons(text: str, spans: Sequence[tuple[int, int]],
             links: Sequence[Sequence[tuple[int, int]]], cues: FurnitureCues
             ) -> tuple[str | None, ...]:
    """boilerplate_reasons, given the link_spans of each paragraph."""
    paragraphs = [text[s:e] for s, e in spans]
    page = "\n".join(paragraphs)
    letters = _paragraph_letters(paragraphs, page)
    lines = _lines(paragraphs, links, cues, page, letters)
    story = [i for i, line in enumerate(lines) if _is_story(line)]
    reasons = [line.own for line in lines]
    # The words of the page are read only when a paragraph must be weighed by topic: most
    # lists hold no running text of their own (on corpus, two versions of five ask; the
    # other three were 24 M instructions of segmentation's 139 M).
    tokens: list[frozenset[str]] | None = None
    i = 0
    while i < len(lines):
        if not lines[i].heading:
            i += 1
            continue
        topic: _Topic | None = None
        end = i + 1
        while end < len(lines):
            listed = _in_list(lines[end])
            if listed is None:
                if tokens is None:
                    tokens = _paragraph_tokens(paragraphs, lines, letters)
                if topic is None:
                    topic = _topic(tokens, story, i)
                listed = topic.off_topic(tokens[end])
            if not listed:
                break
            end += 1
        if lines[i].own != "footer-legal" or end == len(lines):
            member = LIST_REASONS[lines[i].own or ""]
            for k in range(i + 1, end):
                if lines[k].heading:
                    member = LIST_REASONS[lines[k].own or ""]
                reasons[k] = reasons[k] or member
        i = max(end, i + 1)
    return tuple(reasons)


# --- segments -------------------------------------------------------------------------------


def _kind(paragraph: str, bullet: bool, sentences: int) -> SegmentKind:
    if bullet:
        return "bullet"
    if sentences == 1 and len(paragraph) < HEADING_CHARS and not _ends_sentence(paragraph):
        return "heading"
    return "sentence"


def segment(doc: Document) -> tuple[Segment, ...]:
    """Split a document into sentences, bullet items and headings, furniture flagged.

    Every segment's text is doc.text[start:end]; a bullet's marker is left out.
    """
    text = doc.text
    spans = [(p.start, p.end) for p in doc.paragraphs]
    # Links are found once: they make furniture (link lines) and protect their dots.
    links = _links_by_paragraph(text, spans)
    reasons = _reasons(text, spans, links, furniture_cues())
    segments: list[Segment] = []
    for index, (paragraph, reason, own_links) in enumerate(
            zip(doc.paragraphs, reasons, links, strict=True)):
        line = text[paragraph.start : paragraph.end]
        body = bullet_body(line)
        skip = body or 0
        pieces = _sentence_spans(text, paragraph.start + skip, paragraph.end,
                                 [(s - skip, e - skip) for s, e in own_links if s >= skip]
                                 if own_links else own_links)
        kind = _kind(line, body is not None, len(pieces))
        segments.extend(
            Segment(
                start=s,
                end=e,
                text=text[s:e],
                lang=paragraph.lang,
                kind=kind,
                boilerplate=reason is not None,
                paragraph=index,
                boilerplate_reason=reason,
            )
            for s, e in pieces
        )
    return tuple(segments)

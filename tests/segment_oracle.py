"""The segmenter as it stood before its fast paths (commit c4295f9): a reference oracle for
   tests/test_segment_fast.py, which checks that the fast segmenter gives the same segments,
   boilerplate reasons and links. Not imported by the package; keep it unchanged."""

# ruff: noqa

from __future__ import annotations

import bisect
import re
import statistics
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import NamedTuple

from reconcile.detect import CJK_CLASS, HAN_CLASS, HANGUL_CLASS, is_cjk, is_han, is_hangul, is_kana
from reconcile.lang import FurnitureCues, fold_cue, furniture_cues, tablecache
from reconcile.model import Document, Segment, SegmentKind

# --- characters -----------------------------------------------------------------------------

CJK_TERMINALS = "。！？｡"
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
# A line is a link line when links and handles fill this share of its visible characters.
LINK_SHARE = 0.4
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
# A dot or colon with a run character after it: what a link's trimmed token holds (its
# last character is never a dot or colon, which are trimmed).
_DOT_INSIDE_RE = re.compile(f"[.:]{_ASCII_CHARS}")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
# The same words in an ASCII text (its only letters), matched faster than the Unicode class.
_ASCII_LETTERS_RE = re.compile(r"[A-Za-z]+")
_TERMINAL_RE = re.compile(f"[{re.escape(TERMINALS)}]")
# Where a sentence opens, so a capital there says nothing of names: after the start, a
# terminal or a bullet, and any spaces and opening quotes.
_INITIAL_RE = re.compile(
    f"(?:^|[{re.escape(TERMINALS + BULLET_SYMBOLS + DASH_BULLETS)}])"
    f"[\\s{re.escape(OPENERS)}]*"
)
# CJK characters; single-script stretches, named as _script_of names them (katakana is
# U+30A0-30FF only). Wide classes: kept compiled on disk (lang/tablecache.py).
_CJK_RE, _SCRIPT_RUN_RE = tablecache.patterns(__name__, (
    f"[{CJK_CLASS}]",
    f"(?P<han>[{HAN_CLASS}]+)|(?P<kata>[\u30a0-\u30ff]+)"
    "|(?P<hira>[\u3040-\u309f\u31f0-\u31ff\uff66-\uff9d]+)"
    f"|(?P<hangul>[{HANGUL_CLASS}]+)|(?P<other>[^{CJK_CLASS}]+)",
))
# A run of CJK letters, and a letter word of CJK letters only (what _units counts).
_CJK_LETTERS_RE, _CJK_WORD_RE = tablecache.patterns(__name__ + ".units", (
    f"(?:(?=[^\\W\\d_])[{CJK_CLASS}])+",
    f"(?<![^\\W\\d_])(?:(?=[^\\W\\d_])[{CJK_CLASS}])+(?![^\\W\\d_])",
))
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# (the separators as the segmenter reads them now: full-width bars and brackets, dashes, the
# ideographic space)
_ROW_SPLIT_RE = re.compile(r"\s[•·/>»›＞—–]\s|[|｜]|\u3000")
# Table cells pasted without spaces: "Revenue$12.3B$4.5B", "12%$4.5B".
_CELL_SIGNS = "$€£¥"
_GLUED_CELLS_RE = re.compile(f"[^\\W\\d_][{_CELL_SIGNS}]\\d|\\d[%A-Za-z]?[{_CELL_SIGNS}]\\d")
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


def _dotted_runs(text: str) -> Iterator[tuple[int, int]]:
    """The spans _DOTTED_RUN_RE.finditer finds (every whole run of _ASCII_CHARS holding a
    dot or a colon), found from each run's first dot or colon: back to the run's start,
    then on to its end. Each character is looked at a bounded number of times."""
    pos = 0
    while (dot := _DOT_OR_COLON_RE.search(text, pos)) is not None:
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
    if _DOT_INSIDE_RE.search(text) is None:
        return spans  # every dot or colon ends its run: no link
    for run in _dotted_runs(text):
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
    else:
        pos = _numbering_end(text)
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
    if any(ch in CJK_TERMINALS for ch in run):
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


def _sentence_ends(text: str) -> Iterator[int]:
    """Offsets in `text` (one paragraph) where a sentence ends."""
    protected = _mask(len(text), link_spans(text))
    i, n = 0, len(text)
    while i < n:
        found = _TERMINAL_RE.search(text, i)
        if found is None:
            break
        i = found.start()
        if protected[i]:
            i += 1
            continue
        stop = i
        while stop < n and text[stop] in TERMINALS:
            stop += 1
        after = stop
        while after < n and text[after] in CLOSERS:
            after += 1
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
    piece = text[start:stop]
    spans: list[tuple[int, int]] = []
    begin = 0
    for cut in [*_sentence_ends(piece), len(piece)]:
        s, e = _trim(piece, begin, cut)
        begin = cut
        if s < e and any(ch.isalnum() for ch in piece[s:e]):
            spans.append((start + s, start + e))
    return spans


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINALS


# --- what the boilerplate rule knows about a paragraph --------------------------------------


class _Word(NamedTuple):
    """One word occurrence: its folded form, its script, and how it was capitalised.

    Immutable; a named tuple rather than a frozen dataclass because every word of every
    running-text paragraph makes one, and a tuple is several times cheaper to build."""

    folded: str
    script: str  # "han", "kata", "hira", "hangul" or "other"
    capital: bool
    initial: bool


@dataclass(frozen=True)
class _Line:
    """The signals of one paragraph."""

    dense: bool
    table: bool
    repeated: bool  # the same text stands elsewhere on the page (cards of a post list)
    own: str | None  # the furniture reason of the line itself, if any
    heading: bool  # opens a list of furniture ("Related posts", a footer)
    tokens: frozenset[str]


def _units(text: str) -> float:
    """Words in `text`; two CJK characters count as one word.

    A letter word counts half a unit per CJK character, plus one unless it is all CJK;
    summed over the text, that is half its CJK letters plus its words that are not all
    CJK (halves add up exactly in a float)."""
    words = len((_ASCII_LETTERS_RE if text.isascii() else _LETTERS_RE).findall(text))
    if not _CJK_RE.search(text):
        return float(words)  # one unit a word
    cjk_letters = sum(map(len, _CJK_LETTERS_RE.findall(text)))  # by runs: few matches
    return cjk_letters / 2 + (words - len(_CJK_WORD_RE.findall(text)))


# How far _units_upto looks first: twice the longest cap in words of ten letters or more.
_UNITS_WINDOW = 400


def _units_upto(text: str, cap: float) -> float:
    """_units(text) when it is below `cap`, else a number of at least `cap`: the words of a
    long Latin-script paragraph are counted only as far as it takes to reach it."""
    if len(text) > _UNITS_WINDOW and not _CJK_RE.search(text):
        # The words of a prefix are no more than the text's (a word the window cuts
        # counts once either way).
        letters = _ASCII_LETTERS_RE if text.isascii() else _LETTERS_RE
        words = len(letters.findall(text, 0, _UNITS_WINDOW))
        if words >= cap:
            return float(words)
    return _units(text)


def _is_link_line(text: str) -> bool:
    visible = len("".join(text.split()))
    if visible == 0:
        return False
    spans = [*link_spans(text), *handle_spans(text)]
    if sum(e - s for s, e in spans) < LINK_SHARE * visible:
        return False
    # the words around the links stating a figure make it a sentence citing its source
    rest = text
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    return not (re.search(r"\d", rest) is not None and _units(rest) >= 4)


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
    inner = any(ch in CLAUSE_PUNCTUATION for ch in text) or _INNER_STOP_RE.search(text)
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
    return any(sign in stripped for sign in _CELL_SIGNS) \
        and _GLUED_CELLS_RE.search(stripped) is not None


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
    for cue, reason in cues.starts:
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


def _own_reason(text: str, dense: bool, cues: FurnitureCues) -> tuple[str | None, bool]:
    """(reason, opens a list) from the paragraph's own cues, links and separators.

    A whole-line cue or a notice phrase counts anywhere; a line that begins with a cue
    ("Baca juga: …", "Publié le 3 mars") only when it is not running text. A list heading
    is a list cue with at most a few words after it ("More from the newsroom"), or a footer.
    """
    body = bullet_body(text)
    folded = fold_cue(text)
    # The line as _cue_key reads it, from the fold above when it has no bullet marker.
    key = (fold_cue(text[body:]) if body else folded).strip(CUE_DECORATION)
    if key in cues.lines:
        reason = cues.lines[key]
        return reason, reason in LIST_REASONS
    for phrase, reason in cues.phrases:
        if phrase in folded:
            return reason, reason == "footer-legal"
    if not dense:
        start = _start_cue(key, cues)
        if start is not None:
            reason, rest = start
            short = _units(rest) <= HEADING_EXTRA_WORDS and not any(ch.isdigit() for ch in rest)
            return reason, reason == "footer-legal" or (reason in LIST_REASONS and short)
        field = _counter(key, cues) or _row_reason(text[bullet_body(text) or 0 :], cues)
        if field is not None:
            return field, False
    return ("link-list" if _is_link_line(text) else None), False


def _key(text: str) -> str:
    """A paragraph's text for spotting repeats: no bullet marker, case or spacing."""
    return " ".join(text[bullet_body(text) or 0 :].casefold().split())


def _script_of(ch: str) -> str:
    if is_han(ch):
        return "han"
    if is_kana(ch):
        return "kata" if "\u30a0" <= ch <= "\u30ff" else "hira"
    if is_hangul(ch):
        return "hangul"
    return "other"


def _script_runs(word: str) -> Iterator[tuple[str, str, int]]:
    """(run, script, offset) for each single-script stretch of a letters-only word."""
    if not _CJK_RE.search(word):
        yield word, "other", 0  # the common case, without a look at every character
        return
    for match in _SCRIPT_RUN_RE.finditer(word):
        yield match.group(), str(match.lastgroup), match.start()


def _words(text: str) -> list[_Word]:
    words: list[_Word] = []
    initials = {m.end() for m in _INITIAL_RE.finditer(text)}
    if not _CJK_RE.search(text):  # the common case, without a look at every word
        make = _Word._make  # a tuple built in C, not through the generated __new__
        return [make((word.casefold(), "other", word[0].isupper(), m.start() in initials))
                for m in _LETTERS_RE.finditer(text) for word in (m.group(),)]
    for match in _LETTERS_RE.finditer(text):
        word = match.group()
        if not _CJK_RE.search(word):
            words.append(_Word(word.casefold(), "other", word[0].isupper(),
                               match.start() in initials))
            continue
        for run, script, offset in _script_runs(word):
            words.append(
                _Word(
                    folded=run.casefold(),
                    script=script,
                    capital=run[0].isupper(),
                    initial=offset == 0 and match.start() in initials,
                )
            )
    return words


def _name_like(paragraph_words: Sequence[Sequence[_Word]]) -> frozenset[str]:
    """Words capitalised in most of their mid-sentence uses: names and acronyms."""
    capital: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for words in paragraph_words:
        for word in words:
            if word.script != "other" or word.initial:
                continue
            if word.capital:
                capital[word.folded] += 1
            elif word.folded[0].islower():
                lower[word.folded] += 1
    return frozenset(w for w, n in capital.items() if n > lower[w])


def _content_tokens(words: Sequence[_Word], names: frozenset[str]) -> frozenset[str]:
    """The words that say what a paragraph is about: names, long words, Han bigrams.

    Short common words ("dans", "with", "yang") would make every line of the same language
    look related, so they are left out; CJK text has no spaces, so Han characters count
    in pairs and katakana and Hangul by run.
    """
    tokens: set[str] = set()
    for word in words:
        text = word.folded
        if word.script == "han":
            tokens.update(text[i : i + 2] for i in range(len(text) - 1))
        elif word.script in ("kata", "hangul"):
            if len(text) >= 2:
                tokens.add(text)
        elif word.script == "other":
            cased = text != text.upper()
            if (text in names and len(text) >= 2) or len(text) >= LONG_WORD:
                tokens.add(text)
            elif not cased and len(text) >= UNCASED_WORD:
                tokens.add(text)  # scripts without case have no names to spot
    return frozenset(tokens)


def _lines(paragraphs: Sequence[str], cues: FurnitureCues) -> list[_Line]:
    # _is_running_text weighs units only up to LONG_PARAGRAPH_UNITS.
    denses = [_is_running_text(p, _units_upto(p, LONG_PARAGRAPH_UNITS)) for p in paragraphs]
    tables = _table_rows(paragraphs)
    keys = [_key(p) for p in paragraphs]
    repeats = Counter(keys)
    result: list[_Line] = []
    for text, key, table, dense in zip(paragraphs, keys, tables, denses, strict=True):
        own, heading = (None, False) if table else _own_reason(text, dense, cues)
        result.append(_Line(dense=dense, table=table, repeated=repeats[key] > 1, own=own,
                            heading=heading, tokens=frozenset()))
    if not any(line.heading for line in result):
        return result  # topics are weighed only after a list heading: no words to read
    # Only running text is ever weighed by topic, so only its words are read.
    words = [_words(p) if dense else [] for p, dense in zip(paragraphs, denses, strict=True)]
    names = _name_like(words)
    return [replace(line, tokens=_content_tokens(own_words, names))
            for line, own_words in zip(result, words, strict=True)]


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
    return sum(1 for t in tokens if vocabulary[t] >= need) / len(tokens)


@dataclass(frozen=True)
class _Topic:
    """What the story says before a list heading: its vocabulary, and the share of it a
    paragraph must hold to be on topic (relative to the story's own paragraphs, since how
    much vocabulary paragraphs share depends on the language and the article's length)."""

    vocabulary: Counter[str]
    bar: float

    def off_topic(self, line: _Line) -> bool:
        return _overlap(line.tokens, self.vocabulary, own=False) < self.bar


def _topic(lines: Sequence[_Line], story: Sequence[int], heading: int) -> _Topic:
    """The topic of the story paragraphs nearest before `heading` (`story` is sorted)."""
    members = story[max(0, bisect.bisect_left(story, heading) - TOPIC_PARAGRAPHS) :]
    members = [i for i in members if i < heading]
    vocabulary: Counter[str] = Counter()
    for i in members:
        vocabulary.update(lines[i].tokens)
    if not members:
        return _Topic(vocabulary, 0.0)
    shares = [_overlap(lines[i].tokens, vocabulary, own=True) for i in members]
    return _Topic(vocabulary, TOPIC_RELATIVE * statistics.median(shares))


def _in_list(line: _Line, topic: _Topic) -> bool:
    """Whether a paragraph after a list heading still belongs to the list: furniture, a
    headline, a short or repeated line, or a teaser of another post. A table, or running
    text on the story's topic (the story resuming), ends it."""
    if line.table:
        return False
    return line.own is not None or line.repeated or not line.dense or topic.off_topic(line)


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
    lines = _lines([text[s:e] for s, e in spans], cues or furniture_cues())
    story = [i for i, line in enumerate(lines) if _is_story(line)]
    reasons = [line.own for line in lines]
    i = 0
    while i < len(lines):
        if not lines[i].heading:
            i += 1
            continue
        topic = _topic(lines, story, i)
        end = i + 1
        while end < len(lines) and _in_list(lines[end], topic):
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
    reasons = boilerplate_reasons(text, spans)
    segments: list[Segment] = []
    for index, (paragraph, reason) in enumerate(zip(doc.paragraphs, reasons, strict=True)):
        line = text[paragraph.start : paragraph.end]
        body = bullet_body(line)
        pieces = sentence_spans(text, paragraph.start + (body or 0), paragraph.end)
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

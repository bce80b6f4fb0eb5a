"""Documents → Segments: sentences and bullet items, with site furniture marked boilerplate."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reconcile.detect import is_cjk, is_han, is_hangul, is_kana
from reconcile.model import Document, Segment, SegmentKind

# --- characters -----------------------------------------------------------------------------

CJK_TERMINALS = "。！？｡"
TERMINALS = ".!?…" + CJK_TERMINALS
# Closing quotes and brackets that belong to the sentence they follow.
CLOSERS = "\"'”’»›)]}）］｝」』】〕》〉"
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
    "vs", "etc", "approx", "ca", "cf", "resp", "incl", "excl", "esp", "dept", "univ", "est",
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

# --- boilerplate tuning ---------------------------------------------------------------------

# A paragraph with this many words (two CJK characters count as one) that ends with sentence
# or clause punctuation is running text; fewer is a line of furniture or a heading.
DENSE_UNITS = 10.0
# An unpunctuated line this long is still prose (headlines are shorter).
LONG_PARAGRAPH_UNITS = 2 * DENSE_UNITS
# What a short line costs the article-body span: a few headings between paragraphs are
# absorbed, a long run of short lines ends the body.
SHORT_PENALTY = 2.0
# A link line or widget row weighs like a missing paragraph: a share bar between two
# paragraphs does not split the article, but it separates the article from what follows.
FURNITURE_PENALTY = DENSE_UNITS
# A dense paragraph is off-topic (a related-post teaser, a site disclaimer) when the share
# of its content words found in the core of the body (the paragraphs between the first and
# the third quarter of its text) is below this fraction of a typical core paragraph's share.
# Off-topic paragraphs may not stretch the body.
TOPIC_RELATIVE = 0.4
CORE_FROM = 0.25
CORE_TO = 0.75
# After the body a line is kept if it shares this many content words with the body, or this
# share of them (before the body, one shared word is enough).
RELATED_MIN_SHARED = 2
RELATED_MIN_OVERLAP = 0.5
# A run of this many headline-like lines at the end of a document is a list of links,
# related headlines or widgets, even when they mention the story.
TRAILING_RUN = 3
# A headline-like line is shorter than this or lacks final punctuation.
HEADLINE_CHARS = 60
# A line is a link line when links and handles fill this share of its visible characters.
LINK_SHARE = 0.4
# Widget fields ("By X • April 19, 2025 • 4 views") have at most this many words each.
WIDGET_FIELD_WORDS = 4
WIDGET_MAX_WORDS = 14
# A word this long is content even when it is not a name; in scripts without case (Arabic,
# Thai, Devanagari) names cannot be spotted, so shorter words count.
LONG_WORD = 7
UNCASED_WORD = 4
# A heading is a single unpunctuated sentence shorter than this; widget rows are at most
# twice as long.
HEADING_CHARS = 80

_ASCII_RUN_RE = re.compile(r"[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%\-]+")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_WIDGET_SPLIT_RE = re.compile(r"\s[•·/]\s|\|")
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


def link_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses and bare domains in `text` (linear time)."""
    spans: list[tuple[int, int]] = []
    for match in _ASCII_RUN_RE.finditer(text):
        start, end = _trim_run(text, *match.span())
        token = text[start:end]
        if len(token) < 4:
            continue
        url = _url_start(token)
        if url >= 0:
            spans.append((start + url, end))
        elif _is_email(token) or _is_domain(token):
            spans.append((start, end))
    return spans


def handle_spans(text: str) -> list[tuple[int, int]]:
    """Spans of social-media handles ("@name") that are not part of an e-mail address."""
    spans: list[tuple[int, int]] = []
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
        # 「...。」と言った: a quote that ends with 。 inside a sentence does not end it.
        return not has_closer or nxt.isspace() or nxt in OPENERS
    if nxt.isspace():
        visible = _next_visible(text, after)
        if visible >= len(text):
            return True
        following = text[visible]
        # "approx. five", "Acme. , selon": the sentence goes on.
        if following.islower() or following in CLAUSE_PUNCTUATION:
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


def _sentence_ends(text: str) -> Iterator[int]:
    """Offsets in `text` (one paragraph) where a sentence ends."""
    protected = _mask(len(text), link_spans(text))
    i, n = 0, len(text)
    while i < n:
        if text[i] not in TERMINALS or protected[i]:
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


@dataclass(frozen=True)
class _Word:
    """One word occurrence: its folded form, its script, and how it was capitalised."""

    folded: str
    script: str  # "han", "kata", "hira", "hangul" or "other"
    capital: bool
    initial: bool


@dataclass(frozen=True)
class _Profile:
    """The signals of one paragraph."""

    units: float
    dense: bool
    headline: bool
    statement: bool
    link: bool
    widget: bool
    repeated: bool
    tokens: frozenset[str]


def _units(text: str) -> float:
    """Words in `text`; two CJK characters count as one word."""
    words = 0.0
    for match in _LETTERS_RE.finditer(text):
        cjk = sum(1 for ch in match.group() if is_cjk(ch))
        words += cjk / 2 + (1 if cjk < len(match.group()) else 0)
    return words


def _is_link_line(text: str) -> bool:
    visible = sum(1 for ch in text if not ch.isspace())
    if visible == 0:
        return False
    covered = sum(e - s for s, e in link_spans(text)) + sum(e - s for s, e in handle_spans(text))
    return covered >= LINK_SHARE * visible


def _is_widget(text: str) -> bool:
    """A row of short fields between separators: "By X • April 19, 2025 • 4 views"."""
    if len(text) > HEADING_CHARS * 2:
        return False
    body = text[bullet_body(text) or 0 :]
    parts = _WIDGET_SPLIT_RE.split(body)
    if len(parts) < 2 or _units(body) > WIDGET_MAX_WORDS:
        return False
    fields = [p for p in parts if p.strip()]
    return bool(fields) and all(_units(f) <= WIDGET_FIELD_WORDS for f in fields)


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


def _is_statement(text: str) -> bool:
    """Ends with a full stop: a sentence, where headlines and menus end bare or with "?"."""
    stripped = text.rstrip().rstrip(CLOSERS)
    return stripped.endswith(STATEMENT_ENDS) and not stripped.endswith("..")


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
    start = 0
    for i in range(1, len(word) + 1):
        if i == len(word) or _script_of(word[i]) != _script_of(word[start]):
            yield word[start:i], _script_of(word[start]), start
            start = i


def _is_initial(text: str, pos: int) -> bool:
    """Whether the word at `pos` opens a sentence, where a capital says nothing of names."""
    i = pos - 1
    while i >= 0 and (text[i].isspace() or text[i] in OPENERS):
        i -= 1
    return i < 0 or text[i] in TERMINALS or text[i] in BULLET_SYMBOLS or text[i] in DASH_BULLETS


def _words(text: str) -> list[_Word]:
    words: list[_Word] = []
    for match in _LETTERS_RE.finditer(text):
        for run, script, offset in _script_runs(match.group()):
            words.append(
                _Word(
                    folded=run.casefold(),
                    script=script,
                    capital=run[0].isupper(),
                    initial=offset == 0 and _is_initial(text, match.start()),
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


def _profiles(paragraphs: Sequence[str]) -> list[_Profile]:
    keys = [_key(p) for p in paragraphs]
    repeats = Counter(keys)
    words = [_words(p) for p in paragraphs]
    names = _name_like(words)
    tokens = [_content_tokens(w, names) for w in words]
    profiles: list[_Profile] = []
    for text, key, own in zip(paragraphs, keys, tokens, strict=True):
        units = _units(text)
        repeated = repeats[key] > 1
        profiles.append(
            _Profile(
                units=units,
                # A repeated line is a headline list's title, not running text.
                dense=_is_running_text(text, units) and not repeated,
                headline=len(text) < HEADLINE_CHARS or not _ends_sentence(text),
                statement=_is_statement(text),
                link=_is_link_line(text),
                widget=_is_widget(text),
                repeated=repeated,
                tokens=own,
            )
        )
    return profiles


# --- the article body -------------------------------------------------------------------------


def _max_span(weights: Sequence[float]) -> tuple[int, int] | None:
    """The contiguous run with the largest positive sum (Kadane), or None if none is positive."""
    best: tuple[float, int, int] | None = None
    total, start = 0.0, 0
    for i, weight in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += weight
        if total > 0 and (best is None or total > best[0]):
            best = (total, start, i)
    return None if best is None else (best[1], best[2])


def _dense_members(profiles: Sequence[_Profile], span: tuple[int, int]) -> list[int]:
    return [i for i in range(span[0], span[1] + 1) if profiles[i].dense]


def _vocabulary(profiles: Sequence[_Profile], members: Sequence[int]) -> Counter[str]:
    """In how many of the `members` paragraphs each content token appears."""
    counts: Counter[str] = Counter()
    for i in members:
        counts.update(profiles[i].tokens)
    return counts


def _overlap(tokens: frozenset[str], vocabulary: Counter[str], *, own: bool) -> tuple[int, float]:
    """(shared, share) of `tokens` found in another paragraph counted into `vocabulary`.

    `own` says whether the paragraph itself was counted into `vocabulary`.
    """
    if not tokens:
        return 0, 0.0
    need = 2 if own else 1
    shared = sum(1 for t in tokens if vocabulary[t] >= need)
    return shared, shared / len(tokens)


def _topic_shares(profiles: Sequence[_Profile], core: Sequence[int]) -> list[float]:
    """For each paragraph, the share of its content words found in the core's other paragraphs."""
    vocabulary = _vocabulary(profiles, core)
    inside = set(core)
    return [_overlap(p.tokens, vocabulary, own=i in inside)[1] for i, p in enumerate(profiles)]


def _body_weights(profiles: Sequence[_Profile], on_topic: Sequence[bool]) -> list[float]:
    """What each paragraph adds to (running text) or takes from (furniture) the body."""
    weights: list[float] = []
    for profile, topical in zip(profiles, on_topic, strict=True):
        if profile.link or profile.widget:
            weights.append(-FURNITURE_PENALTY)
        elif profile.dense:
            weights.append(profile.units if topical else -profile.units)
        else:
            weights.append(-SHORT_PENALTY)
    return weights


def _core(profiles: Sequence[_Profile], members: Sequence[int]) -> list[int]:
    """The dense paragraphs in the middle half of the body's text, weighed by size.

    Teasers and disclaimers cling to the edges of the body; the middle is the article.
    """
    total = sum(profiles[i].units for i in members)
    core: list[int] = []
    seen = 0.0
    for i in members:
        units = profiles[i].units
        # Keep a paragraph if any of it lies between the first and the third quarter.
        if seen + units > total * CORE_FROM and seen < total * CORE_TO:
            core.append(i)
        seen += units
    return core


def _find_body(profiles: Sequence[_Profile]) -> tuple[int, int] | None:
    """First and last paragraph of the article body, or None when nothing is running text.

    The body is the run of paragraphs richest in running text: dense paragraphs count for
    their size, short lines a little against it, link lines and widget rows more. A second pass
    counts against it the dense paragraphs that share little vocabulary with the middle of
    the body (teasers of other posts, a site's disclaimer), so they cannot stretch it.
    """
    first = _max_span(_body_weights(profiles, [True] * len(profiles)))
    if first is None:
        return None
    core = _core(profiles, _dense_members(profiles, first))
    shares = _topic_shares(profiles, core)
    # How much vocabulary paragraphs share depends on the language (Chinese character pairs
    # are mostly noise) and on the article's length, so the bar is relative to the core's
    # own paragraphs.
    bar = TOPIC_RELATIVE * statistics.median(shares[i] for i in core) if core else 0.0
    on_topic = [share >= bar for share in shares]
    return _max_span(_body_weights(profiles, on_topic)) or first


def _related(profile: _Profile, vocabulary: Counter[str]) -> bool:
    """Whether a line outside the body talks about what the body talks about.

    A short sentence ("Caldera declined to comment.") needs one shared word; a bare line,
    which may be another story's headline, needs more.
    """
    shared, share = _overlap(profile.tokens, vocabulary, own=False)
    if profile.statement and shared > 0:
        return True
    return shared >= RELATED_MIN_SHARED or (shared > 0 and share >= RELATED_MIN_OVERLAP)


def _tail_start(profiles: Sequence[_Profile], related: Sequence[bool], body_end: int) -> int:
    """Index of the first paragraph of the trailing furniture (len(profiles) if none).

    The tail starts at the first line after the body that is a link, a widget, a repeat or
    unrelated to the body, or where a closing run of headline-like lines starts.
    """
    count = len(profiles)
    run_start = count
    while run_start - 1 > body_end and profiles[run_start - 1].headline:
        run_start -= 1
    closing_run = run_start if count - run_start >= TRAILING_RUN else count
    for i in range(body_end + 1, closing_run):
        p = profiles[i]
        if p.link or p.widget or p.repeated or not related[i]:
            return i
    return closing_run


def boilerplate_flags(text: str, spans: Sequence[tuple[int, int]]) -> tuple[bool, ...]:
    """For each paragraph span of `text`, whether it is site furniture rather than article.

    Inside the article body (see _find_body) only link lines and widget rows are furniture.
    Before it, a line is kept when it shares a content word with the body (a title, a
    dateline naming the story's people). After it, the first furniture line, or a closing
    run of headline-like lines, starts a tail that is furniture to the end: sites append
    related posts, comment boxes and menus, and the article does not resume after them.
    """
    profiles = _profiles([text[s:e] for s, e in spans])
    body = _find_body(profiles)
    if body is None:
        return tuple(p.link or p.widget for p in profiles)
    first, last = body
    vocabulary = _vocabulary(profiles, _dense_members(profiles, body))
    related = [_related(p, vocabulary) for p in profiles]
    tail = _tail_start(profiles, related, last)
    flags: list[bool] = []
    for i, p in enumerate(profiles):
        furniture = p.link or p.widget
        if i < first:
            # Above the article one shared word keeps a line: a title in Title Case turns
            # every word into a name, and menus and status lines share none.
            furniture = furniture or _overlap(p.tokens, vocabulary, own=False)[0] == 0
        elif i > last:
            furniture = furniture or i >= tail
        flags.append(furniture)
    return tuple(flags)


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
    flags = boilerplate_flags(text, spans)
    segments: list[Segment] = []
    for index, (paragraph, furniture) in enumerate(zip(doc.paragraphs, flags, strict=True)):
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
                boilerplate=furniture,
                paragraph=index,
            )
            for s, e in pieces
        )
    return tuple(segments)

"""Entity mentions in text: alias tables, exact and near-miss matching, unknown names."""

from __future__ import annotations

import itertools
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import attrgetter, itemgetter
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from reconcile.errors import InputError
from reconcile.lang import cldrcache, tablecache

ENTITY_KINDS: tuple[str, ...] = ("person", "org", "product", "place")
# Names found by their shape only (capitals, quotes, katakana) get this prefix and score.
UNKNOWN_PREFIX = "name:"
SHAPE_SCORE = 0.5

# Near-miss spellings. Personal names drift when transliterated back from another script
# (a final syllable changes, letters swap), so they get a looser rule than organisations
# and places, whose spellings are fixed and whose near neighbours are usually other words.
NEAR_MIN_LENGTH = 5
NEAR_RATIO = 85.0
NEAR_RATIO_PERSON = 80.0
NEAR_RATIO_PERSON_PREFIX = 70.0
_NEAR_RATIO_PERSON_LEAST = min(NEAR_RATIO_PERSON, NEAR_RATIO_PERSON_PREFIX)
NEAR_PERSON_PREFIX = 5

QUOTE_MAX_WORDS = 4
QUOTE_MAX_CHARS = 40
QUOTE_MAX_CJK_CHARS = 12

_ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]*")
# CJK radicals to unified ideographs (kana included), Hangul, compatibility ideographs and
# half-width katakana: scripts written without spaces between words.
_CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
# (Wide classes: kept compiled on disk, lang/tablecache.py.)
_WORD_RE, _WORD_CHAR_RE, _CJK_RE, _WORD_SPLIT_RE = tablecache.patterns(__name__, (
    rf"[^\W_{_CJK}]+", rf"[^\W_{_CJK}]", rf"[{_CJK}]", rf"([^\W_{_CJK}]+)"))
# _WORD_SPLIT_RE (_WORD_RE's words as a group, to split a text at them) for an ASCII text,
# and for one without a word character past U+024F (_LATER_WORD_CHAR_RE): its characters
# below U+0250 as ranges, matched faster than the class's category tests (no CJK
# character is below U+0250).
_ASCII_WORD_SPLIT_RE = re.compile(r"([A-Za-z0-9]+)")
_LATIN_WORD_SPLIT_RE = re.compile("([0-9A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba"
                                  "\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+)")
_LATER_WORD_CHAR_RE = re.compile(r"[^\W_\x00-\u024f]")
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")  # beyond the Basic Multilingual Plane
_KATAKANA = "\u30a1-\u30fa\u30fc-\u30fe\uff66-\uff9f"
_KATAKANA_CHAR_RE = re.compile(rf"[{_KATAKANA}]")
# A katakana word starts with a letter, not with the long-vowel mark.
_KATAKANA_RUN_RE = re.compile(rf"[\u30a1-\u30fa\uff66-\uff9d][{_KATAKANA}]{{2,}}")
# (opening mark, pattern, whether its quote marks are straight and so do not say which one
# opens): a pattern is searched only in a text that holds its opening mark (a test in C;
# most sentences quote nothing).
_QUOTE_RES = (
    ("“", re.compile(r"“([^”\n]{1,60})”"), False),
    ("«", re.compile(r"«([^»\n]{1,60})»"), False),
    ("「", re.compile(r"「([^」\n]{1,60})」"), False),
    ("『", re.compile(r"『([^』\n]{1,60})』"), False),
    ('"', re.compile(r'"([^"\n]{1,60})"'), True),
)
_QUOTE_TRIM = " \t\u00a0\u3000.,;:!?。、，！？…"
_QUOTE_INNER_BREAKS = frozenset(',;:!?()[]。、，；：！？（）「」『』“”«»"')
# Punctuation a single-character gap between two words may hold inside one name, with the
# form it takes in a lookup key ("Jean‑Luc" and "Jean-Luc" are the same name).
_GAP_MARKS = {
    "-": "-",
    "\u2010": "-",
    "\u2011": "-",
    "'": "'",
    "\u2019": "'",
    ".": ".",
    "&": "&",
}
_RUN_GAPS = frozenset({" ", "\u00a0", "-", "\u2010", "\u2011"})
_SENTENCE_ENDS = frozenset(".!?。！？…\n\r")
_OPENERS = frozenset("\"'“‘«「『(（[【–—-•·*‣▪●►")


@dataclass(frozen=True)
class Entity:
    """A person, organisation, product or place and every name it goes by."""

    id: str
    kind: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class EntityMention:
    """One mention of an entity; text[start:end] == surface. `entity` is the canonical id."""

    start: int
    end: int
    surface: str
    entity: str
    score: float


# A word (case-folded) → the entity it is a near miss of and the score, or None: what
# _nearest found for it with one alias table (find_entities' `near`).
NearMemo = dict[str, tuple[str, float] | None]


class _Near(NamedTuple):
    """A name that near-miss spellings may resolve to."""

    key: str
    entity: str
    person: bool


@dataclass(frozen=True)
class _Index:
    """Lookups precomputed from the entities, so that matching is a few dict probes a word."""

    folded: Mapping[str, str]
    capitals: Mapping[str, str]
    # Casefolded first words, first two words, ... of every Latin name: a multi-word lookup
    # stops as soon as the words so far cannot begin a name.
    prefixes: frozenset[str]
    # The prefixes that begin a longer one: a lookup that reaches any other stops there,
    # without joining the next word (most names found are of one word).
    continued: frozenset[str]
    max_words: int
    # Folded CJK names → entity id, and for a first character (as folded, or its upper
    # case) followed by the name's second character, the lengths of the names they begin,
    # longest first (a name of one character: under its first character alone). A hit is
    # looked up once per length, not compared name by name, and only the lengths of the
    # names that go on with the text's next character are tried (of the first character
    # alone, some three lengths a hit, nearly all in vain).
    cjk: Mapping[str, str]
    cjk_lengths: Mapping[str, tuple[int, ...]]
    cjk_first: re.Pattern[str] | None
    near: Mapping[tuple[int, str], tuple[_Near, ...]]
    stopwords: Mapping[str, frozenset[str]]
    # What _stopwords_for returns, by language ("" for any other): merged once, not for
    # every text read.
    merged_stopwords: Mapping[str, frozenset[str]]


@dataclass(frozen=True)
class AliasTable:
    """Entities sorted by id, with the immutable lookups that find_entities uses."""

    entities: tuple[Entity, ...]
    index: _Index = field(compare=False, repr=False)


class _Word(NamedTuple):
    start: int
    end: int
    text: str


class _Words(NamedTuple):
    """The words of a text, as three lists: word i is text[starts[i]:ends[i]] == texts[i]."""

    starts: list[int]
    ends: list[int]
    texts: list[str]

    def at(self, i: int) -> _Word:
        return _new(_Word, (self.starts[i], self.ends[i], self.texts[i]))


class _Candidate(NamedTuple):
    """An EntityMention while the tiers are matched and claimed: made by tuple.__new__ (in
    C), where a frozen dataclass sets each field through object.__setattr__ (some 9,000
    instructions a mention; a cold diff makes some 600 and keeps only their entities)."""

    start: int
    end: int
    surface: str
    entity: str
    score: float


_new = tuple.__new__
_FIRST = itemgetter(0)


@dataclass(frozen=True)
class _Spec:
    """One [entity.<id>] table as read from one file, before merging."""

    path: str
    id: str
    kind: str | None
    names: tuple[str, ...]


# ---- loading ---------------------------------------------------------------------------


def default_alias_paths() -> tuple[Path, ...]:
    """The general alias table shipped with the package."""
    return (Path(__file__).parent / "data" / "aliases.toml",)


def load_aliases(paths: Sequence[Path] = ()) -> AliasTable:
    """The shipped table merged with user files; later files add names and override kinds.

    Built once for a set of user entities and kept with the language tables (the shipped
    table holds every country under its CLDR names: some thousand names to index)."""
    user = [spec for path in paths for spec in _read_alias_file(Path(path))]
    key = repr([(s.id, s.kind, s.names) for s in user])
    return tablecache.cached_for("aliases", "merged", key,
                                 lambda: alias_table(_merge([*_shipped_specs(), *user])))


def alias_table(entities: Iterable[Entity]) -> AliasTable:
    """Build the lookups for `entities` (ids and names unique, as load_aliases makes them)."""
    ordered = tuple(sorted(entities, key=lambda e: e.id))
    return AliasTable(ordered, _build_index(ordered, _shipped_stopwords()))


@lru_cache(maxsize=1)
def _shipped_specs() -> tuple[_Spec, ...]:
    files = tuple(spec for path in default_alias_paths() for spec in _read_alias_file(path))
    return (*_territory_specs(files), *files)


def _territory_specs(files: Sequence[_Spec]) -> tuple[_Spec, ...]:
    """Every country and territory under its CLDR names in the supported languages, so
    that "aux Philippines" and "di Filipina" name one place. One the shipped table lists
    already (by any of these names) keeps that entity's id and gains these names."""
    from reconcile.lang import territory_names

    owner = {_name_key(name): spec.id for spec in files for name in spec.names}
    specs = []
    for code, names in sorted(territory_names().items()):
        usable = tuple(name for name in names if _name_key(name) is not None)
        known = sorted({owner[key] for key in map(_name_key, usable) if key in owner})
        if usable:
            entity_id = known[0] if len(known) == 1 else f"territory-{code.lower()}"
            specs.append(_Spec("CLDR territory names", entity_id, "place", usable))
    return tuple(specs)


@lru_cache(maxsize=1)
def _shipped_stopwords() -> Mapping[str, frozenset[str]]:
    path = Path(__file__).parent / "data" / "stopwords.toml"
    data = _read_toml(path)
    lists = {
        lang: frozenset(word.casefold() for word in words)
        for lang, words in sorted(data.items())
        if isinstance(words, list) and all(isinstance(word, str) for word in words)
    }
    return MappingProxyType(lists)


def _read_toml(path: Path) -> dict[str, object]:
    # Parsed through the cache of parsed data files (keyed by the bytes): reading the
    # parse back is far quicker than parsing names in many scripts again every run.
    try:
        return cldrcache.parsed_toml(path.read_bytes())
    except OSError as error:
        raise InputError(str(path), f"cannot read alias file: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise InputError(str(path), f"not UTF-8 text: {error.reason}") from error
    except ValueError as error:  # tomllib.TOMLDecodeError: a bad file is never kept
        raise InputError(str(path), f"malformed TOML: {error}") from error


def _read_alias_file(path: Path) -> tuple[_Spec, ...]:
    data = _read_toml(path)
    where = str(path)
    for key in data:
        if key != "entity":
            raise InputError(where, f"{key}: unknown key (expected [entity.<id>] tables)")
    tables = data.get("entity", {})
    if not isinstance(tables, dict):
        raise InputError(where, "entity: expected tables [entity.<id>]")
    specs = tuple(_read_entity(where, entity_id, body) for entity_id, body in tables.items())
    _check_unique_names(where, specs)
    return specs


def _read_entity(where: str, entity_id: str, body: object) -> _Spec:
    label = f"entity.{entity_id}"
    if not _ID_RE.fullmatch(entity_id):
        raise InputError(where, f"{label}: id must be lowercase letters, digits, '.', '_', '-'")
    if not isinstance(body, dict):
        raise InputError(where, f"{label}: expected a table with kind and names")
    for key in body:
        if key not in ("kind", "names"):
            raise InputError(where, f"{label}.{key}: unknown key (expected kind, names)")
    kind = body.get("kind")
    if kind is not None and not (isinstance(kind, str) and kind in ENTITY_KINDS):
        raise InputError(where, f"{label}.kind: expected one of {', '.join(ENTITY_KINDS)}")
    names = body.get("names")
    if not isinstance(names, list) or not names:
        raise InputError(where, f"{label}.names: expected a non-empty list of strings")
    for number, name in enumerate(names):
        if not isinstance(name, str) or _name_key(name) is None:
            raise InputError(where, f"{label}.names[{number}]: not a matchable name: {name!r}")
    return _Spec(where, entity_id, kind, tuple(names))


def _check_unique_names(where: str, specs: Sequence[_Spec]) -> None:
    # Across files a later entity may take a name over; inside one file that is a mistake.
    owner: dict[tuple[str, str] | None, str] = {}
    for spec in specs:
        for name in spec.names:
            other = owner.setdefault(_name_key(name), spec.id)
            if other != spec.id:
                raise InputError(
                    where, f"entity.{spec.id}.names: {name!r} is also a name of entity.{other}"
                )


def _merge(specs: Sequence[_Spec]) -> tuple[Entity, ...]:
    kinds: dict[str, str] = {}
    names: dict[str, list[str]] = {}
    owner: dict[tuple[str, str] | None, str] = {}
    for spec in specs:
        if spec.kind is not None:
            kinds[spec.id] = spec.kind
        elif spec.id not in kinds:
            raise InputError(spec.path, f"entity.{spec.id}.kind: missing for a new entity")
        mine = names.setdefault(spec.id, [])
        for name in spec.names:
            key = _name_key(name)
            previous = owner.get(key)
            if previous == spec.id:
                continue
            if previous is not None:
                names[previous] = [n for n in names[previous] if _name_key(n) != key]
            owner[key] = spec.id
            mine.append(name)
    return tuple(Entity(i, kinds[i], tuple(names[i])) for i in sorted(kinds))


# ---- keys and lookups ------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _name_key(name: str) -> tuple[str, str] | None:
    """How a name is looked up: ("cjk", folded), ("capitals", key) or ("folded", key)."""
    name = name.strip()
    if _CJK_RE.search(name):
        return ("cjk", name.casefold())
    words = [_Word(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(name)]
    key = _words_key(name, words)
    if key is None:
        return None
    letters = [c for c in name if c.isalpha()]
    # Acronyms match only in capitals: lower-cased they are ordinary words ("us", "eu").
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return ("capitals", key)
    return ("folded", key.casefold())


def _words_key(text: str, words: Sequence[_Word]) -> str | None:
    if not words:
        return None
    parts = [words[0].text]
    for before, after in itertools.pairwise(words):
        gap = _gap_key(text[before.end : after.start])
        if gap is None:
            return None
        parts.extend((gap, after.text))
    return "".join(parts)


def _gap_key(gap: str) -> str | None:
    """The normalized separator between two words of one name, or None if they cannot be."""
    core = gap.strip()
    if not core:
        # Spaces and one line break (a name wrapped across lines); a blank line ends it.
        return " " if gap.count("\n") <= 1 else None
    if len(core) == 1 and "\n" not in gap:
        return _GAP_MARKS.get(core)
    return None


def _build_index(entities: Sequence[Entity], stopwords: Mapping[str, frozenset[str]]) -> _Index:
    folded: dict[str, str] = {}
    capitals: dict[str, str] = {}
    cjk: dict[str, list[tuple[str, str]]] = {}
    near: dict[tuple[int, str], list[_Near]] = {}
    prefixes: set[str] = set()
    max_words = 1
    for entity in entities:
        for name in entity.names:
            key = _name_key(name)
            if key is None:
                continue
            family, text = key
            if family == "cjk":
                # Register both cases of a Latin first letter ("Yコンビネーター").
                for first in {text[0], text[0].upper()}:
                    cjk.setdefault(first + text[1:2], []).append((text, entity.id))
                continue
            (capitals if family == "capitals" else folded)[text] = entity.id
            prefixes.update(_word_prefixes(text.casefold()))
            max_words = max(max_words, len(_WORD_RE.findall(text)))
            if family == "folded" and _near_worthy(text):
                group = (text.count(" ") + 1, text[0])
                near.setdefault(group, []).append(_Near(text, entity.id, entity.kind == "person"))
    firsts = "".join(sorted({key[0] for key in cjk}))
    return _Index(
        folded=MappingProxyType(folded),
        capitals=MappingProxyType(capitals),
        prefixes=frozenset(prefixes),
        continued=frozenset(p[:end] for p in prefixes for end in range(1, len(p))
                            if p[:end] in prefixes),
        max_words=max_words,
        cjk=MappingProxyType({name: entity for v in cjk.values() for name, entity in v}),
        cjk_lengths=MappingProxyType(
            {c: tuple(sorted({len(name) for name, _ in v}, reverse=True))
             for c, v in cjk.items()}),
        cjk_first=re.compile(f"[{re.escape(firsts)}]") if firsts else None,
        near=MappingProxyType({g: tuple(sorted(v)) for g, v in near.items()}),
        stopwords=stopwords,
        merged_stopwords=MappingProxyType(_merged_stopwords(stopwords)),
    )


def _merged_stopwords(lists: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    english = lists.get("en", frozenset())
    merged = {base: words | english for base, words in lists.items()}
    merged[""] = frozenset().union(*lists.values())
    return merged


def _word_prefixes(key: str) -> Iterator[str]:
    for word in _WORD_RE.finditer(key):
        yield key[: word.end()]


def _near_worthy(key: str) -> bool:
    # Only plain one- or two-word names are worth comparing near misses against.
    words = key.split(" ")
    return len(key) >= NEAR_MIN_LENGTH and len(words) <= 2 and all(w.isalpha() for w in words)


def _stopwords_for(index: _Index, lang: str | None) -> frozenset[str]:
    merged = index.merged_stopwords
    # The code's first part ("pt" of "pt-BR" or "pt_BR"), split without `re`: every
    # sentence asks.
    base = lang.replace("_", "-").split("-", 1)[0].lower() if lang else ""
    return merged[base] if base in index.stopwords else merged[""]


# ---- finding ---------------------------------------------------------------------------


def capitalized_words(text: str) -> frozenset[str]:
    """Words `text` capitalizes mid-sentence: likely names, in any Latin-script language.

    The versions of a story share their names, so one version's mid-sentence "Globex"
    shows that another's sentence-initial "Globex" is a name too (`find_entities`)."""
    # Only capitalized words (_capitalized) are found, by the regex engine alone when it
    # has their pattern: a text's other words cost no Python step.
    patterns = _capitalized_word_re(cldrcache.cache_dir())
    pattern = None if patterns is None else patterns[0] if text.isascii() \
        or _ASTRAL_RE.search(text) is None else patterns[1]
    hits = pattern.finditer(text) if pattern is not None else (
        m for m in _WORD_RE.finditer(text)
        if m.end() - m.start() >= 2 and text[m.start()].isupper())
    # A word is taken once one of its uses is mid-sentence: its other uses are not looked
    # at (a story repeats its names).
    found: set[str] = set()
    for hit in hits:
        word = hit.group()
        if word not in found and not _starts_sentence_at(text, hit.start()):
            found.add(word)
    return frozenset(found)


@lru_cache(maxsize=4)
def _capitalized_word_re(folder: Path | None
                         ) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The words of _WORD_RE that _capitalized takes: two letters or more, the first upper
    case; as two patterns, for texts without a character beyond the Basic Multilingual
    Plane and for any text. Upper case has no class in `re`, so its letters are listed,
    read from this Python's Unicode data once (a tenth of a second) and kept with the
    language tables in `folder` (lang/tablecache.py); None without a cache folder, where
    listing them in every run would cost more than reading a story word by word."""
    if folder is None:
        return None
    key = f"{__name__}\0capitalized-by-plane\0{unicodedata.unidata_version}"
    return tablecache.cached("patterns", key, _build_capitalized_word_re)


def _build_capitalized_word_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    uppers = [c for c in range(sys.maxunicode + 1)
              if chr(c).isupper() and _WORD_CHAR_RE.match(chr(c))]
    # The Basic Multilingual Plane's letters make one class `re` tests by a table lookup;
    # with the few beyond it, it would test a list of ranges at every character.
    basic = _char_class([c for c in uppers if c <= 0xFFFF])
    astral = _char_class([c for c in uppers if c > 0xFFFF])
    first = f"(?:[{basic}]|(?=[\U00010000-\U0010ffff])[{astral}])" if astral else f"[{basic}]"
    # An upper-case letter no word letter precedes (the lookbehind reads it with the letter
    # just taken), then the rest of its word.
    rest = rf"(?<![^\W_{_CJK}].)[^\W_{_CJK}]+"
    # A pattern that opens with one class is searched by a scan in C for that class's
    # characters; the alternation above is tried at every position (a text with no
    # character beyond the plane, as most are, is read by the first: the corpus's
    # capitalized words in 0.7 ms instead of 1.9 ms).
    return re.compile(f"[{basic}]{rest}"), re.compile(f"{first}{rest}")


def _char_class(codes: Sequence[int]) -> str:
    """The inside of a character class holding `codes` (sorted), as ranges."""
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
                   for lo, hi in ranges)


def find_entities(
    text: str, aliases: AliasTable, lang: str | None = None,
    names: frozenset[str] = frozenset(), *, near: NearMemo | None = None,
) -> tuple[EntityMention, ...]:
    """Mentions of entities in `text`, sorted by start, never overlapping.

    In order of trust: names from the alias table (score 1), near-miss spellings of Latin
    names in it (score < 1), then names found by shape only (quoted short phrases,
    capitalized words, katakana words) which resolve to "name:<folded form>" (SHAPE_SCORE).
    Within a tier the longest candidate wins. `lang` chooses the stopword lists (that
    language and English; all of them when None or unknown). A sentence's first word is
    taken for a name only when it is capitalized mid-sentence in `text` or is in `names`
    (see capitalized_words). `near` keeps the near-miss lookups of a caller that reads
    many texts with the same table (a version's sentences name the same people again):
    what a word is a near miss of depends only on the word and the table.
    """
    return tuple([EntityMention(*found) for found in _find(text, aliases, lang, names, near)])


def entity_ids(
    text: str, aliases: AliasTable, lang: str | None = None,
    names: frozenset[str] = frozenset(), *, near: NearMemo | None = None,
) -> frozenset[str]:
    """The entities of find_entities' mentions (the same arguments), without making the
    mentions."""
    return frozenset([found.entity for found in _find(text, aliases, lang, names, near)])


def _find(text: str, aliases: AliasTable, lang: str | None, names: frozenset[str],
          near: NearMemo | None) -> tuple[_Candidate, ...]:
    index = aliases.index
    stopwords = _stopwords_for(index, lang)
    pattern = _words_split_re(text)
    words = _split_words(text, pattern)
    texts = words.texts
    # The capitalized words (_capitalized), in order: the near-miss and shape tiers look
    # at no other word (one in six), and their first letters are tested in C.
    capital = [i for i in compress(count(), map(str.isupper, map(_FIRST, texts)))
               if len(texts[i]) >= 2]
    taken = _claim((), [*_exact_word_mentions(text, words, index),
                        *_cjk_mentions(text, index)])
    taken = _claim(taken, _near_mentions(text, words, _free(words, capital, taken), index,
                                         stopwords, {} if near is None else near))
    taken = _claim(taken, _unstopped(_quoted_mentions(text), stopwords))
    free = _free(words, capital, taken)
    shaped = _capitalized_mentions(text, words, capital, free, stopwords, names)
    if pattern is _WORD_SPLIT_RE:  # else no word letter past U+024F: no katakana
        shaped = itertools.chain(shaped, _katakana_mentions(text))
    return _claim(taken, _unstopped(shaped, stopwords))


def _split_words(text: str, pattern: re.Pattern[str]) -> _Words:
    """_WORD_RE's words in `text`, given the pattern _words_split_re chose for it."""
    # Lists made in C: the text split at its words (gap, word, gap, ..., gap) and the
    # running lengths of the pieces, which are where each word starts and ends. (Match
    # objects read by map, or a _Word a word, cost 7 M instructions more in a cold diff,
    # some 3,400 words.)
    pieces = pattern.split(text)
    bounds = list(accumulate(map(len, pieces)))
    return _Words(bounds[0:-1:2], bounds[1::2], pieces[1::2])


def _words_split_re(text: str) -> re.Pattern[str]:
    """The fastest pattern that splits `text` at _WORD_RE's words (see
    _ASCII_WORD_SPLIT_RE)."""
    if text.isascii():
        return _ASCII_WORD_SPLIT_RE
    return _WORD_SPLIT_RE if _LATER_WORD_CHAR_RE.search(text) else _LATIN_WORD_SPLIT_RE


def _unstopped(
    mentions: Iterable[_Candidate], stopwords: frozenset[str]
) -> Iterator[_Candidate]:
    return (m for m in mentions if m.surface.casefold() not in stopwords)


_BY_SPAN = attrgetter("start", "end")


def _claim(
    taken: tuple[_Candidate, ...], candidates: Iterable[_Candidate]
) -> tuple[_Candidate, ...]:
    """Add candidates longest first, skipping any that overlaps a mention already kept."""
    ordered = sorted(candidates, key=lambda m: (m.start - m.end, m.start, m.entity))
    if not ordered:  # most sentences have no candidate of a tier
        return taken  # already sorted by start and end: () or what _claim returned
    busy = bytearray(max((m.end for m in (*taken, *ordered)), default=0))
    for mention in taken:
        busy[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    kept = list(taken)
    for mention in ordered:
        if 1 not in busy[mention.start : mention.end]:
            busy[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
            kept.append(mention)
    return tuple(sorted(kept, key=_BY_SPAN))


def _free(words: _Words, capital: list[int], taken: Sequence[_Candidate]) -> list[int]:
    """The indexes, in order, of the capitalized words (`capital`, see _capitalized) that
    no mention of `taken` (sorted by start and end, as _claim returns them) covers yet:
    the words the near-miss and shape tiers may take."""
    if not taken:
        return capital
    starts, ends = words.starts, words.ends
    free = []
    cursor = 0
    for i in capital:
        while cursor < len(taken) and taken[cursor].end <= starts[i]:
            cursor += 1
        if cursor == len(taken) or taken[cursor].start >= ends[i]:
            free.append(i)
    return free


def _exact_word_mentions(text: str, words: _Words, index: _Index) -> Iterator[_Candidate]:
    prefixes, continued = index.prefixes, index.continued
    capitals, names = index.capitals, index.folded
    starts, ends, texts = words
    reach, length = index.max_words, len(texts)
    # Most words begin no name (the loop below would stop at once): they are passed over
    # in C.
    for first in list(compress(count(), map(prefixes.__contains__, map(str.casefold, texts)))):
        start = starts[first]
        key = texts[first]
        for last in range(first, min(first + reach, length)):
            if last > first:
                gap = _gap_key(text[ends[last - 1] : starts[last]])
                if gap is None:
                    break
                key = f"{key}{gap}{texts[last]}"
            folded = key.casefold()
            if folded not in prefixes:
                break
            surface = text[start : ends[last]]
            entity = capitals.get(key)
            # A surface in lower case only is an ordinary word ("apple"), never a name.
            if entity is None and surface != surface.lower():
                entity = names.get(folded)
            if entity is not None:
                yield _new(_Candidate, (start, ends[last], surface, entity, 1.0))
            if folded not in continued:
                break


def _cjk_mentions(text: str, index: _Index) -> Iterator[_Candidate]:
    if index.cjk_first is None or text.isascii():  # (an O(1) test) these names hold CJK
        return
    lengths = index.cjk_lengths
    for hit in index.cjk_first.finditer(text):
        first, start = hit.group(), hit.start()
        # The text's next character as a name's second one (folded; several characters
        # when it folds to more, which begin no name: a name's slice folds letter for
        # letter, see below).
        after = text[start + 1 : start + 2].casefold()
        for length in (*lengths.get(first + after, ()), *lengths.get(first, ())):
            end = start + length
            name = text[start:end].casefold()
            entity = index.cjk.get(name)
            # (A name this character begins: the folded name's first letter or its upper
            # case, as the index registers it.)
            if entity is not None and first in (name[0], name[0].upper()) \
                    and len(name) == length and _separate(text, start, end):
                yield _new(_Candidate, (start, end, text[start:end], entity, 1.0))


def _separate(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is not glued to a neighbour of the same spaced script."""
    return not (start > 0 and _joined(text[start - 1], text[start])) and not (
        end < len(text) and _joined(text[end - 1], text[end])
    )


def _joined(left: str, right: str) -> bool:
    # Latin words and katakana words are delimited; Han characters are not, so a Han edge
    # may touch anything.
    return bool(
        (_WORD_CHAR_RE.match(left) and _WORD_CHAR_RE.match(right))
        or (_KATAKANA_CHAR_RE.match(left) and _KATAKANA_CHAR_RE.match(right))
    )


def _near_mentions(
    text: str,
    words: _Words,
    free: list[int],
    index: _Index,
    stopwords: frozenset[str],
    memo: NearMemo,
) -> Iterator[_Candidate]:
    """`free`: the indexes of the words to look at, in order (_free)."""
    starts, ends = words.starts, words.ends
    for i, after in itertools.pairwise([*free, -1]):
        spans = [(starts[i], ends[i])]
        # Two words may form a two-word name ("Firstname Lastname").
        if after == i + 1 and text[ends[i] : starts[after]] == " ":
            spans.append((starts[i], ends[after]))
        for start, end in spans:
            query = text[start:end].casefold()
            if query in stopwords:
                continue
            if query not in memo:
                memo[query] = _nearest(query, index)
            found = memo[query]
            if found is not None:
                yield _new(_Candidate, (start, end, text[start:end], found[0], found[1]))


def _nearest(query: str, index: _Index) -> tuple[str, float] | None:
    """The entity whose name `query` is a near miss of, with a score below 1."""
    if len(query) < NEAR_MIN_LENGTH:
        return None
    group = index.near.get((query.count(" ") + 1, query[0]), ())
    if not group:
        return None
    masks = _char_masks(query)  # once for the query, not for every name it is held to
    # Best ratio; a tie goes to the alphabetically first id, so output is stable (the
    # least pair, found in one pass: no list of them all sorted).
    score, entity = min((-_near_ratio(query, near, masks), near.entity) for near in group)
    if score == 0:
        return None
    return entity, min(-score / 100.0, 0.99)


def _near_ratio(query: str, near: _Near, masks: Mapping[str, int] | None = None) -> float:
    """indel_ratio of the two, or 0 when the pair does not pass the near-miss rule.
    `masks`: _char_masks(query), when the caller holds them."""
    # The two lengths bound the ratio from above (all of the shorter one matched): most
    # names of a group are too long or too short to pass, and are told so without the
    # subsequence. The bound is computed as indel_ratio computes a ratio, so it is the
    # same float that ratio would be at best (the formula only grows with the match).
    shorter, total = min(len(query), len(near.key)), len(query) + len(near.key)
    best = (1.0 - (total - 2 * shorter) / total) * 100 if total else 100.0
    if best < (_NEAR_RATIO_PERSON_LEAST if near.person else NEAR_RATIO):
        return 0.0
    ratio = indel_ratio(query, near.key) if masks is None else \
        _masked_ratio(masks, len(query), near.key)
    if ratio >= (NEAR_RATIO_PERSON if near.person else NEAR_RATIO):
        return ratio
    # (The shared prefix is measured last: only a person's name with a ratio close enough
    # needs it, and most pairs are neither.)
    if near.person and ratio >= NEAR_RATIO_PERSON_PREFIX \
            and _common_prefix(query, near.key) >= NEAR_PERSON_PREFIX:
        return ratio
    return 0.0


def indel_ratio(a: str, b: str) -> float:
    """rapidfuzz's fuzz.ratio (100 × the normalized Indel similarity), the same float:
    2 × the longest common subsequence over the total length, as 100 × (1 − distance /
    total). Names are short and a story compares about a hundred, so loading rapidfuzz
    (about 30 M instructions, a twentieth of a cold diff's imports) costs far more than
    this. The subsequence's length is found bit-parallel (Hyyrö 2004): one integer
    operation per character of the longer string."""
    if not a and not b:
        return 100.0
    if len(a) < len(b):
        a, b = b, a
    return _masked_ratio(_char_masks(b), len(b), a)


def _char_masks(pattern: str) -> dict[str, int]:
    """Each character of `pattern` → the bits of its positions (_masked_ratio's pattern)."""
    masks: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    return masks


def _masked_ratio(masks: Mapping[str, int], length: int, text: str) -> float:
    """indel_ratio of a pattern of `length` characters, given as its _char_masks, and
    `text` (the subsequence is the same whichever of the two is the pattern; the shorter
    one is the quicker)."""
    total = length + len(text)
    full = (1 << length) - 1
    row = full  # bit i clear: pattern[i] is matched in the subsequence found so far
    for ch in text:
        mask = masks.get(ch)
        if mask is not None:
            matched = row & mask
            row = ((row + matched) | (row - matched)) & full
    common = length - row.bit_count()
    return (1.0 - (total - 2 * common) / total) * 100


def _common_prefix(a: str, b: str) -> int:
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


def _capitalized(word: _Word) -> bool:
    return len(word.text) >= 2 and word.text[0].isupper()


def _quoted_mentions(text: str) -> Iterator[_Candidate]:
    for opener, pattern, straight in _QUOTE_RES:
        if opener not in text:
            continue
        for hit in pattern.finditer(text):
            inner = hit.group(1)
            # Between straight quotes, content that starts or ends with a space is the
            # stretch between two quotations, not a quotation.
            if straight and inner != inner.strip():
                continue
            start = hit.start(1) + len(inner) - len(inner.lstrip(_QUOTE_TRIM))
            end = hit.end(1) - (len(inner) - len(inner.rstrip(_QUOTE_TRIM)))
            surface = text[start:end]
            if _quotable(surface):
                entity = UNKNOWN_PREFIX + " ".join(surface.casefold().split())
                yield _new(_Candidate, (start, end, surface, entity, SHAPE_SCORE))


def _quotable(surface: str) -> bool:
    # A name is short and has no inner punctuation; Chinese and Japanese have no spaces to
    # count words by, so their limit is in characters.
    if not any(c.isalpha() for c in surface) or _QUOTE_INNER_BREAKS.intersection(surface):
        return False
    if _CJK_RE.search(surface):
        return len(surface) <= QUOTE_MAX_CJK_CHARS
    return len(surface) <= QUOTE_MAX_CHARS and len(surface.split()) <= QUOTE_MAX_WORDS


def _capitalized_mentions(
    text: str, words: _Words, capital: list[int], free: list[int],
    stopwords: frozenset[str], names: frozenset[str],
) -> Iterator[_Candidate]:
    """`capital` and `free`: indexes of words, see _find and _free."""
    for run in _capital_runs(text, words, free, stopwords):
        # A sentence's first word is capitalized whatever it is; it counts only when the
        # text also capitalizes it mid-sentence (or it is one of `names`).
        first = run[0]
        kept = run[1:] if _starts_sentence(text, first) and first.text not in names \
            and not _capitalized_midsentence(text, words, capital, first.text) else run
        if kept:
            start, end = kept[0].start, kept[-1].end
            key = _words_key(text, kept) or text[start:end]
            yield _new(_Candidate, (start, end, text[start:end],
                                    UNKNOWN_PREFIX + key.casefold(), SHAPE_SCORE))


def _capitalized_midsentence(text: str, words: _Words, capital: list[int],
                             word: str) -> bool:
    """Whether `text` capitalizes `word` (`capital`: the indexes of its capitalized words,
    see _capitalized) where it opens no sentence. Asked of a sentence's first word only,
    so only its own uses are looked at."""
    starts, texts = words.starts, words.texts
    return any(texts[i] == word and not _starts_sentence_at(text, starts[i])
               for i in capital)


def _capital_runs(
    text: str, words: _Words, free: list[int], stopwords: frozenset[str]
) -> Iterator[list[_Word]]:
    """Maximal runs of free capitalized words (`free`: their indexes, see _free), not
    stopwords, joined by a space or hyphen."""
    # Only the free words are visited (most words are not): a run goes on only to the
    # next word (index `last` + 1), so any other word between two free ones ends it.
    run: list[_Word] = []
    last = -2
    for i in free:
        word = words.at(i)
        if word.text.casefold() in stopwords:
            continue  # not usable: the next free word is not i + 1 of the run's last
        if run and i == last + 1 and text[run[-1].end : word.start] in _RUN_GAPS:
            run.append(word)
        else:
            if run:
                yield run
            run = [word]
        last = i
    if run:
        yield run


def _starts_sentence(text: str, word: _Word) -> bool:
    return _starts_sentence_at(text, word.start)


def _starts_sentence_at(text: str, start: int) -> bool:
    """Whether a word starting at `start` opens a sentence (only openers and spaces of
    the line before it, back to a sentence end or the text's start)."""
    i = start - 1
    while i >= 0 and (text[i] in _OPENERS or (text[i].isspace() and text[i] not in "\n\r")):
        i -= 1
    return i < 0 or text[i] in _SENTENCE_ENDS


def _katakana_mentions(text: str) -> Iterator[_Candidate]:
    if text.isascii():  # (an O(1) test) no katakana
        return
    for hit in _KATAKANA_RUN_RE.finditer(text):
        yield _new(_Candidate, (hit.start(), hit.end(), hit.group(),
                                UNKNOWN_PREFIX + hit.group(), SHAPE_SCORE))

"""What a number counts or measures: a cross-language concept lexicon and its lookup.

The lexicon is data (`lang/data/concepts/`): `_catalogue.toml` names every concept once (an
English snake_case id, grouped by class), and one file per language lists the words that name
each concept next to a number. Words come in two roles:

- *nouns* name the counted or measured thing ("deaths", "homes", "km", 死者, 房屋); one may
  stand right after the number or, for a measure or total, right before it ("a depth of 10 km",
  "death toll of 12", 死者2146人);
- *predicates* say what happened to it ("killed", "evacuated", 死亡, "deep"); they refine a
  generic noun ("12 people were killed" → dead, "10 km deep" → depth) or stand on their own
  next to the number ("12 killed", "killed 12 people", 死亡2146人, 2146人死亡).

CJK counters (人, 栋, 户 …) are hints only: they name the concept when nothing better is found.
Latin-script text is matched word by word (case-folded, so always on word boundaries); CJK
text character by character. Every phrase match is longest-first.

The rule `concept_near` applies, in order (the first that holds wins):
1. a stop word right after the number (years, days …: a time, not a count) → None;
2. a measure named right before the number ("magnitude 6.5 earthquake") → that measure;
3. a specific concept after the number, reached over function words (and, in Latin scripts, up
   to `gap` unknown words before a noun: "2,000 Syrian refugees"; or auxiliaries before a
   predicate: "2,140 were killed") → that concept;
4. a generic one after it ("people", "km") followed, over auxiliaries, by a predicate
   ("were killed", "deep") → the predicate's concept;
5. a specific concept right before the number, over function words and qualifiers
   ("killed 12 people", "death toll rose to 12"), unless a unit of measure follows the
   number ("seized 12 tonnes") → that concept;
6. the generic concept after the number, else the counter hint, else None.

Before the number, a lone CJK character never names a concept (it is too often the tail of a
longer word), and a possessive particle (的, の) right before it ends the search. Where a
function or currency word is longer than a concept word at the same place, it wins.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from reconcile.lang import cldrcache, get_profile, tablecache

# How far (in characters) around the number the lookup reads; a clause is rarely longer.
_REACH = 80
# An elided article (l', d', qu') is a word of its own, so "d'habitants" reads as d' + habitants.
_LATIN_TOKEN = re.compile(r"[^\W\d_]{1,2}['’](?=\w|$)|\w+(?:[-'’]\w+)*|\S")

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    """One lexicon phrase: the concept it names and in which roles."""

    concept: str
    noun: bool
    predicate: bool


@dataclass(frozen=True)
class Lexicon:
    """The compiled concept words of one language (phrases are token tuples)."""

    cjk: bool
    entries: Mapping[Phrase, Entry]
    counters: Mapping[Phrase, str]
    skip: frozenset[Phrase]
    # Particles that, right before a number, make it modify what follows (城市的5万人: the
    # 50,000 people of the cities), so no word before names what it counts.
    skip_before: frozenset[Phrase]
    aux: frozenset[Phrase]
    stop: frozenset[Phrase]
    longest: int
    gap: int
    window: int
    # What _before passes over (skip | aux), made once rather than for every number.
    passable: frozenset[Phrase] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "passable", self.skip | self.aux)


@dataclass(frozen=True)
class _Match:
    """A lexicon phrase found at tokens[start:end]. (A docstring of its own: a dataclass
    without one is given its signature as one, through inspect, when it is made.)"""

    entry: Entry
    start: int
    end: int


def _read(name: str) -> dict[str, Any]:
    # The folder beside the package's modules: importlib.resources would load its readers
    # (zipfile and more) on every run for these files.
    ref = Path(__file__).parent / "lang" / "data" / "concepts" / f"{name}.toml"
    if not ref.is_file():
        return {}
    return cldrcache.parsed_toml(ref.read_bytes())


@lru_cache(maxsize=1)
def _catalogue() -> Mapping[str, str]:
    """Concept id → class, from the catalogue."""
    classes: dict[str, list[str]] = _read("_catalogue").get("classes", {})
    return MappingProxyType({cid: cls for cls, ids in classes.items() for cid in ids})


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    return frozenset(_read("_catalogue").get("generic", {}).get("ids", []))


def concept_ids() -> tuple[str, ...]:
    """Every concept id of the catalogue, sorted."""
    return tuple(sorted(_catalogue()))


def concept_class(concept: str) -> str | None:
    """The class of a concept ('casualty', 'measure', 'money' …), None if unknown."""
    return _catalogue().get(concept)


def is_generic(concept: str) -> bool:
    """Whether a concept is a generic head ('people', 'distance') that words may refine."""
    return concept in _generic()


def documented_gaps(lang: str) -> frozenset[str]:
    """Concepts the catalogue says a language has no words for (each with a reason there)."""
    gaps: dict[str, dict[str, str]] = _read("_catalogue").get("gaps", {})
    return frozenset(gaps.get(_code(lang), {}))


def _code(lang: str) -> str:
    return lang.lower().split("-")[0].split("_")[0]


def _tokens(text: str, cjk: bool) -> list[str]:
    if cjk:
        # Latin words inside CJK text (km, COVID) stay whole; everything else is a character.
        return [t.casefold() if t.isascii() else t for t in _LATIN_TOKEN.findall(text)
                for t in ([t] if t.isascii() else list(t))]
    return [t.casefold().replace("’", "'") for t in _LATIN_TOKEN.findall(text)]


def _phrases(words: list[str], cjk: bool, shared: dict[Any, Any] | None = None
             ) -> list[Phrase]:
    """The token tuples of `words`; with `shared`, one object per distinct token and per
    distinct phrase (kept in `shared`), so that the lexicon kept on disk stores each once
    and is read back faster."""
    found = [p for p in (tuple(_tokens(str(w), cjk)) for w in words) if p]
    if shared is None:
        return found
    return [shared.setdefault(q, q)
            for q in (tuple([shared.setdefault(t, t) for t in p]) for p in found)]


@lru_cache(maxsize=32)
def lexicon(lang: str) -> Lexicon:
    """The compiled concept lexicon of a language (empty for a language without data), kept
    on disk between runs (lang/tablecache.py)."""
    return tablecache.cached("concepts", lang, lambda: _build_lexicon(lang))


def _build_lexicon(lang: str) -> Lexicon:
    code = _code(lang)
    data = _read(code) if code and not code.startswith("_") else {}
    cjk = get_profile(code or "en").cjk
    known = _catalogue()
    entries: dict[Phrase, Entry] = {}
    # One object per distinct entry (a few hundred for thousands of phrases): the lexicon
    # kept on disk is then read back in half the time.
    interned: dict[Entry, Entry] = {}
    shared: dict[Any, Any] = {}  # tokens and phrases, one object each (_phrases)
    for role in ("nouns", "predicates"):
        for concept, words in data.get(role, {}).items():
            if concept not in known:
                raise ValueError(f"concepts/{code}.toml: unknown concept {concept!r}")
            for phrase in _phrases(words, cjk, shared):
                old = entries.get(phrase)
                if old is not None and old.concept != concept:
                    raise ValueError(f"concepts/{code}.toml: {' '.join(phrase)!r} names both "
                                     f"{old.concept} and {concept}")
                noun = role == "nouns" or (old is not None and old.noun)
                pred = role == "predicates" or (old is not None and old.predicate)
                entry = Entry(concept, noun, pred)
                entries[phrase] = interned.setdefault(entry, entry)
    counters = {p: str(c) for word, c in data.get("counters", {}).items()
                for p in _phrases([word], cjk, shared)}
    profile = get_profile(code or "en")
    # Scale and currency words sit between a number and its noun ("5 billion dollars in …").
    scale_words = [*profile.scales, *profile.short_scales, *profile.currency_words,
                   *profile.currency_symbols]
    words = data.get("words", {})
    skip = frozenset(_phrases([*words.get("skip", []), *scale_words], cjk, shared))
    aux = frozenset(_phrases(words.get("aux", []), cjk, shared))
    stop = frozenset(_phrases(words.get("stop", []), cjk, shared))
    phrase_sets = [*entries, *counters, *skip, *aux, *stop]
    return Lexicon(
        cjk=cjk,
        entries=MappingProxyType(entries),
        counters=MappingProxyType(counters),
        skip=skip,
        skip_before=frozenset(_phrases(words.get("not_before", []), cjk, shared)),
        aux=aux,
        stop=stop,
        longest=max((len(p) for p in phrase_sets), default=1),
        gap=int(words.get("gap", 0)),
        window=int(words.get("window", 6)),
    )


@functools.cache
def concepts_of(lang: str) -> Mapping[str, str]:
    """Surface (as tokenised and case-folded; CJK without spaces) → concept id, for a language."""
    lex = lexicon(lang)
    sep = "" if lex.cjk else " "
    return MappingProxyType({sep.join(p): e.concept for p, e in lex.entries.items()})


def counter_hints(lang: str) -> Mapping[str, str]:
    """CJK counter → the concept it hints at (a hint, not an identity)."""
    return MappingProxyType({"".join(p): c for p, c in lexicon(lang).counters.items()})


# Classes of concepts that name no counted thing: an amount's nouns (售价, 收入) or a
# measure's, which a counter's noun is not (约12款售价…的车型 counts the models).
_UNCOUNTED = frozenset({"money", "economy", "measure"})


def noun_at(text: str, pos: int, lang: str) -> str | None:
    """The longest noun of two characters or more of the concept lexicon of a CJK
    language that starts right at `pos` and names things counted (12家医院 → 医院, 30所学校 →
    学校), as written; None for a Latin-script language or where none starts there. (One
    character alone is too often the start of another word: 21所國小 are primary schools,
    not countries.)"""
    lex = lexicon(lang)
    if not lex.cjk or not lex.entries:
        return None
    window = text[pos:pos + lex.longest]
    for n in range(len(window), 1, -1):
        entry = lex.entries.get(tuple(window[:n]))
        if entry is not None and entry.noun:
            return window[:n] if concept_class(entry.concept) not in _UNCOUNTED else None
    return None


def _forward(tokens: list[str], i: int, table: Mapping[Phrase, Any] | frozenset[Phrase],
             longest: int) -> int:
    """The end of the longest phrase of `table` starting at token i, or i when none does."""
    for n in range(min(longest, len(tokens) - i), 0, -1):
        if tuple(tokens[i:i + n]) in table:
            return i + n
    return i


def _backward(tokens: list[str], end: int, table: Mapping[Phrase, Any] | frozenset[Phrase],
              longest: int) -> int:
    """The start of the longest phrase of `table` ending at token `end`, or `end` when none."""
    for n in range(min(longest, end), 0, -1):
        if tuple(tokens[end - n:end]) in table:
            return end - n
    return end


def _is_currency_sign(token: str) -> bool:
    return len(token) == 1 and unicodedata.category(token) == "Sc"


def _barrier(token: str) -> bool:
    """A number or punctuation mark ends the search (currency signs do not)."""
    if any(ch.isnumeric() for ch in token):
        return True
    return len(token) == 1 and unicodedata.category(token)[0] in "PSZ" and \
        not _is_currency_sign(token)


def _entry_at(lex: Lexicon, tokens: list[str], i: int) -> _Match | None:
    end = _forward(tokens, i, lex.entries, lex.longest)
    if end == i:
        return None
    return _Match(lex.entries[tuple(tokens[i:end])], i, end)


def _after(lex: Lexicon, tokens: list[str]) -> tuple[_Match | None, str | None, bool]:
    """The concept phrase after the number, the counter hint on the way, and a stop flag."""
    i = unknown = 0
    hint: str | None = None
    auxiliary = False
    limit = min(len(tokens), lex.window)
    while i < limit:
        found = _entry_at(lex, tokens, i)
        end = _forward(tokens, i, lex.skip, lex.longest)
        if found is not None and end > found.end:
            # A longer function or currency word wins (人民币 is not 人 'people').
            found = None
        if found is not None:
            # Unknown words may precede a counted noun ("Syrian refugees"), an auxiliary
            # only a predicate ("2,140 were killed").
            counted = found.entry.noun and concept_class(found.entry.concept) != "measure"
            if (unknown and not counted) or (auxiliary and not found.entry.predicate):
                return None, hint, False
            return found, hint, False
        if _forward(tokens, i, lex.stop, lex.longest) > i:
            return None, hint, hint is None
        counter_end = _forward(tokens, i, lex.counters, lex.longest)
        if counter_end > i and hint is None:
            hint = lex.counters[tuple(tokens[i:counter_end])]
            i = counter_end
            continue
        if end > i:
            i = end
            continue
        end = _forward(tokens, i, lex.aux, lex.longest)
        if end > i and not unknown:
            auxiliary = True
            i = end
            continue
        if _barrier(tokens[i]) or unknown >= lex.gap:
            break
        unknown += 1
        i += 1
    return None, hint, False


def _refined(lex: Lexicon, tokens: list[str], head: _Match) -> str | None:
    """A predicate right after a generic head, over auxiliaries: 'people [were] killed'."""
    i = head.end
    for _ in range(4):
        end = _forward(tokens, i, lex.aux, lex.longest)
        if end == i:
            break
        i = end
    found = _entry_at(lex, tokens, i)
    if found is not None and found.entry.predicate and not is_generic(found.entry.concept) \
            and concept_class(found.entry.concept) not in _NOT_REFINING:
        return found.entry.concept
    return None


# A count of people or things is not refined into an amount of money by the verb after it
# ("300 people spent the night", "people raised their hands"): such a predicate names what
# was done with money, which a count does not measure.
_NOT_REFINING = frozenset({"money"})


def _before(lex: Lexicon, tokens: list[str]) -> str | None:
    """A specific concept ending right before the number, over function words and qualifiers."""
    end = len(tokens)
    if _backward(tokens, end, lex.skip_before, lex.longest) < end:
        return None
    passable = lex.passable
    for _ in range(6):
        start = _backward(tokens, end, lex.entries, lex.longest)
        skipped = _backward(tokens, end, passable, lex.longest)
        # One CJK character before a number is too often the tail of a longer word
        # (全球 'worldwide' ends in 球 'ball'), so it names nothing there.
        if start < end and skipped >= start and not (lex.cjk and end - start < 2):
            entry = lex.entries[tuple(tokens[start:end])]
            # A generic head names nothing specific; a bare measure predicate ("high", 高)
            # before a number is a comparison, not the name of the measure.
            bare_measure = not entry.noun and concept_class(entry.concept) == "measure"
            return None if is_generic(entry.concept) or bare_measure else entry.concept
        start = skipped
        if start == end and end and _is_currency_sign(tokens[end - 1]):
            start = end - 1
        if start == end:
            return None
        end = start
    return None


def _numeric_core(surface: str) -> tuple[int, int]:
    """Offsets (within the surface) of its first and past its last numeric character."""
    marks = [i for i, ch in enumerate(surface) if ch.isnumeric()]
    if not marks:
        return 0, len(surface)
    return marks[0], marks[-1] + 1


def concept_near(sentence: str, start: int, end: int, lang: str) -> str | None:
    """The concept the number at sentence[start:end] counts or measures, or None when unsure.

    The span may include its scale word, unit, counter or qualifier ('3 millions', '2146人'):
    only its numeric core is the number; the words around it are read as context.
    """
    lex = lexicon(lang)
    if not lex.entries:
        return None
    head, tail = _numeric_core(sentence[start:end])
    before = _tokens(sentence[max(0, start + head - _REACH):start + head], lex.cjk)
    after = _tokens(sentence[start + tail:start + tail + _REACH], lex.cjk)
    found, hint, stopped = _after(lex, after)
    if stopped:
        return None
    prior = _before(lex, before)
    if prior is not None and concept_class(prior) == "measure":
        return prior
    if found is not None and not is_generic(found.entry.concept):
        return found.entry.concept
    if found is not None:
        refined = _refined(lex, after, found)
        if refined is not None:
            return refined
    # A verb or noun before the number names a count ('killed 12 people'), never a measure
    # ('seized 12 tonnes' stays a weight).
    if prior is not None and (found is None or concept_class(found.entry.concept) != "measure"):
        return prior
    if found is not None:
        return found.entry.concept
    return hint


__all__ = [
    "Entry",
    "Lexicon",
    "concept_class",
    "concept_ids",
    "concept_near",
    "concepts_of",
    "counter_hints",
    "documented_gaps",
    "is_generic",
    "lexicon",
]

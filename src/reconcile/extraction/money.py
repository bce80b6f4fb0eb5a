"""Money context: currency marks around a number, and the rules that need them.

Three rules read a word as money only when money is already in sight:

- A one-letter short scale ("5M", "4,8 T", "12 M€") multiplies the number only when a
  currency stands before the number or right after the letter. Alone, "5 M" or "100m" may
  be metres, so the letter is not read (and the glued form is then no claim at all).
- A currency word that is also a unit of measure ("pounds", "livres", "ポンド": the
  profile's `currency_needs_context`) is money only after a money cue of the language
  ("cost", "paid", "prix" …) shortly before the number. Otherwise the word is left to the
  unit readers ("50 pounds" of weight); this module owns only the money side.
- A currency name written before a number in Chinese or Japanese ("新台币100元") names the
  currency of a generic unit after it (元): the name wins.

A symbol glued to letters is the currency they spell when they are an ISO code ("AUD$45",
"$CAD"), else an unknown currency ("$C"): no claim rather than a guessed dollar. And a
word that names money but not which currency (fr "roupies", zh "卢比": CLDR gives
both to the Indian rupee and the Indonesian rupiah) takes the one candidate currency that
the same document states unambiguously elsewhere; otherwise the amount is no claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from reconcile.detect import is_cjk
from reconcile.extraction.expr import Expr, evolve
from reconcile.extraction.lexicon import BEFORE_CONNECTOR, BEFORE_CURRENCY, Lexicon, lexicon
from reconcile.extraction.phrases import alternation, back_spaces, is_word, skip_spaces
from reconcile.lang import tablecache

# How far before a number a money cue still speaks of it (characters).
CUE_WINDOW = 60
# How far back the first end of a range may start ("$1,234.5M – 2B"), in characters.
RANGE_WINDOW = 24
_NUMBER_CHARS = frozenset("0123456789０１２３４５６７８９.,'’\u00a0\u202f\u2009 ")


def symbol_before(text: str, start: int, lex: Lexicon) -> tuple[int, str] | None:
    """A currency symbol or ISO code right before a number ("$5", "Rp 4,8", "USD 300"):
    (its start, currency). A symbol glued to letters is the currency those letters name
    when they are an ISO code ("AUD$45"), else an unknown currency: (its start, "")."""
    p = back_spaces(text, start, 1)
    hit = lex.currency_before.before(text, p)
    if hit is None:
        return None
    begin, code = hit[0], str(hit[1])
    if begin > 0 and not is_word(text[begin]) and is_word(text[begin - 1]) \
            and not text[begin - 1].isdigit():
        prefix = lex.currency_before.before(text, begin)
        if prefix is not None and _is_code(text[prefix[0]:begin]):
            return prefix[0], str(prefix[1])
        return begin, ""
    return begin, code


def symbol_after(text: str, q: int, lex: Lexicon) -> tuple[int, str] | None:
    """A currency symbol or ISO code after a number at q: (its end, currency). A symbol
    that runs into letters is the currency they name when they are an ISO code ("$CAD"),
    else an unknown one ("$C" …): (its end, "")."""
    sym = lex.currency_before.at(text, q)
    if sym is None or one_letter_symbol(text, q, sym[0]):
        return None
    end = sym[0]
    if 0 < end < len(text) and not is_word(text[end - 1]) and is_word(text[end]) \
            and not text[end].isdigit():
        suffix = lex.currency_before.at(text, end)
        if suffix is not None and _is_code(text[end:suffix[0]]):
            return suffix[0], str(suffix[1])
        return end, ""
    return end, str(sym[1])


def one_letter_symbol(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a symbol of one letter ("R", the rand's): read before a
    number only ("R412"), never after one ("in several R libraries"), and not before a
    single digit ("R0": a name)."""
    return end - start == 1 and text[start].isalpha()


def _is_code(word: str) -> bool:
    return len(word) == 3 and word.isascii() and word.isalpha() and word.isupper()


def money_before(text: str, start: int, lex: Lexicon) -> bool:
    """A currency before a number: its own symbol or code ("$5"), a CJK name ("港币5"), or
    that of the first end of a range it closes ("$5-10B", "Rp 4 – 5 T")."""
    p = back_spaces(text, start)
    # The tables that may have a phrase ending right before the number (spaces skipped):
    # symbol_before and the connector find nothing where their bit is off.
    gate = lex.before_gate.mask(text, p)
    if (gate & BEFORE_CURRENCY and symbol_before(text, start, lex) is not None) \
            or cjk_name_before(text, start, lex):
        return True
    conn = lex.connectors.before(text, p) if gate & BEFORE_CONNECTOR else None
    if conn is None:
        return False
    p = back_spaces(text, conn[0])
    floor = max(0, p - RANGE_WINDOW)
    letters = p
    while letters > floor and text[letters - 1].isascii() and text[letters - 1].isalpha() \
            and p - letters < 3:
        letters -= 1  # the first end's own scale letter: "$5M-10M"
    q = letters
    while q > floor and text[q - 1] in _NUMBER_CHARS:
        q -= 1
    q = skip_spaces(text, q)
    if q >= letters or not text[q].isdigit():
        return False
    return symbol_before(text, q, lex) is not None


def money_after(text: str, pos: int, lex: Lexicon) -> bool:
    """A currency symbol, code or word right after pos (one space at most): "M€", "M USD"."""
    q = skip_spaces(text, pos, 1)
    sym = lex.currency_before.at(text, q)
    return (sym is not None and not one_letter_symbol(text, q, sym[0])) \
        or lex.currency_after.at(text, q) is not None


def money_cue_before(text: str, start: int, lex: Lexicon, end: int | None = None) -> bool:
    """A money cue of the language shortly before a number ("It cost 50 pounds"), or, in a
    verb-final language (`currency_cues_after`), shortly after its currency word at `end`
    ("23億ポンドを支出する")."""
    if lex.money_cues is None:
        return False
    if lex.money_cues.search(text, max(0, start - CUE_WINDOW), start) is not None:
        return True
    if end is None or not lex.profile.currency_cues_after:
        return False
    stop = _CLAUSE_END.search(text, end, end + CUE_WINDOW)  # the cue's own clause only
    return lex.money_cues.search(
        text, end, stop.start() if stop else end + CUE_WINDOW) is not None


_CLAUSE_END = re.compile(r"[、，,。；;！？!?]")


def cjk_name_before(text: str, start: int, lex: Lexicon) -> tuple[int, str] | None:
    """A currency name right before a number in a CJK language ("港币100元"): (its start,
    currency). Generic units (元) and one-character names never count: "紀元400年" is an era."""
    if not lex.profile.cjk:
        return None
    p = back_spaces(text, start, 1)
    hit = lex.currency_after.before(text, p)
    if hit is None:
        return None
    name = text[hit[0]:p]
    if len(name) < 2 or not is_cjk(name[-1]) or name in lex.profile.currency_generic:
        return None
    return hit[0], str(hit[1])


# How far before a number a territory name may stand to give a generic unit its currency:
# a few words of the noun phrase ("加拿大新版 5 元": Canada's new 5-yuan bill).
TERRITORY_GAP = 4


def territory_before(text: str, start: int, lex: Lexicon) -> str | None:
    """The currency of a territory named shortly before a number in the same phrase (only
    CJK letters and spaces between), for a generic unit after it (元)."""
    if lex.territories is None:
        return None
    window_start = max(0, start - TERRITORY_GAP - 12)
    last = None
    for m in lex.territories.finditer(text, window_start, start):
        last = m
    if last is None:
        return None
    gap = text[last.end():start]
    # "加拿大新版 5 元和 100 元": an amount coordinated before this one shares its territory.
    prof = lex.profile
    earlier = _coordinated_amounts(tuple(sorted(prof.currency_generic)),
                                   tuple(sorted(prof.coordinators))).search(gap)
    if earlier is not None:
        gap = gap[:earlier.start()]
    if len(gap.strip()) > TERRITORY_GAP or not all(is_cjk(c) or c.isspace() for c in gap):
        return None
    return prof.territory_currencies.get(last.group())


@lru_cache(maxsize=8)
def _coordinated_amounts(units: tuple[str, ...], joins: tuple[str, ...]) -> re.Pattern[str]:
    if not units or not joins:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:[0-9][0-9.,]*\s*(?:{alternation(units)})\s*(?:{alternation(joins)})"
                      rf"\s*)+$")


_WORD_START = re.compile(r"(?<![\w])\w")


def exchange_quotes(text: str, exprs: list[Expr], lex: Lexicon,
                    words: frozenset[str]) -> list[Expr]:
    """A bare number quoted against a currency ("the yen weakened to 162.40 per dollar",
    "rupiah melemah ke 16.500 per dolar AS": [rates] quote_per, then a currency word) is
    an amount of the other currency its sentence names before it (JPY 162.40), as
    "162,40 yens pour un dollar" and 1ドル＝162円40銭 are; without one it is left as it is.
    `words` are the text's letter_words."""
    if not lex.profile.rate_quote_per or not lex.quote_gate.open(text, words):
        return exprs
    out = []
    for e in exprs:
        if e.currency or e.percent or e.duration or e.quantity or e.multiplier \
                or e.date or e.relative or e.counter:
            out.append(e)
            continue
        per = lex.quote_per.at(text, skip_spaces(text, e.end))
        against = lex.currency_after.at(text, skip_spaces(text, per[0])) \
            if per is not None else None
        subject = _currency_named_before(text, e.start, lex, against[1]) \
            if against is not None and isinstance(against[1], str) else None
        if subject and e.currency_candidates:
            # "the Mexican peso … to 16.42 pesos per dollar": the ambiguous word is the
            # subject's currency when it may be (else it stays unknown)
            out.append(evolve(e, currency=subject, unknown_currency=False,
                              currency_candidates=()) if subject in e.currency_candidates
                       else e)
            continue
        out.append(evolve(e, currency=subject) if subject else e)
    return out


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def instrument_counts(text: str, exprs: list[Expr], lex: Lexicon) -> list[Expr]:
    """A few things qualified by a currency word ("two yen loans", "three dollar bonds":
    [currency_context] instrument_nouns after the currency word) are a count of those
    things, no amount of two yen: a small whole number, with no scale word."""
    nouns = lex.profile.currency_instrument_nouns
    if not nouns:
        return exprs
    out = []
    for e in exprs:
        if e.currency and not e.scaled and e.high is None and e.end > e.num_end \
                and e.value == e.value.to_integral_value() and 1 < e.value < 10 \
                and not text[e.num_end:e.end].strip()[:1].isdigit():
            m = _NEXT_WORD.match(text, e.end)
            if m is not None and m.group(1).casefold() in nouns:
                out.append(evolve(e, currency=None, end=e.num_end))
                continue
        out.append(e)
    return out


def _currency_named_before(text: str, start: int, lex: Lexicon, other: str) -> str | None:
    """The last currency named by its word before `start` that is not `other` ("the yen
    weakened to …"): the currency a quote against `other` is of. Not one a quote before
    was against ("… 148.20 per dollar, and to 163.40 against the euro": the yen), nor a
    word several currencies share ("la livre": sterling or the Turkish lira)."""
    prof = lex.profile
    found = None
    for m in _WORD_START.finditer(text, 0, start):
        hit = lex.currency_after.at(text, m.start())
        if hit is None or hit[0] > start or not isinstance(hit[1], str) or not hit[1] \
                or hit[1] == other:
            continue
        word = text[m.start():hit[0]].casefold()
        if word in prof.currency_defaulted or word in prof.currency_ambiguous \
                or word in prof.currency_needs_context \
                or lex.quote_per.before(text, back_spaces(text, m.start())) is not None:
            continue
        found = hit[1]
    return found


def stated_currencies(exprs: Iterable[Expr]) -> frozenset[str]:
    """The currencies a document states unambiguously (by symbol, code or full name; a
    generic unit alone, 元, names none)."""
    return frozenset(e.currency for e in exprs
                     if e.currency and not e.unknown_currency and not e.currency_candidates)


def named_countries_currencies(text: str, langs: Iterable[str],
                               candidates: Iterable[str], *,
                               currency_names: bool = False) -> frozenset[str]:
    """The candidate currencies whose country the text names, by its CLDR name in one of
    `langs` ("roupies" in a story that names l'Indonésie: IDR; one that names both India
    and Indonesia about as often names two, and the word stays unknown). A country the
    text names at least _DOMINANT times as often as any other, and three times or more,
    is the story's ("shillings" in a story of Kenya that names Tanzania once: KES). With
    `currency_names`, a currency's own full names name its country too (« le peso
    mexicain … 16,42 pesos »: settling an ambiguous word; not when weighing which country
    is the story's, where "dollars américains" names no story of the United States)."""
    folded = text.casefold()
    counts = {code: sum(_names(folded, name) for lang in langs
                        for name in _country_names(code, lang, currency_names))
              for code in candidates}
    named = sorted(((n, code) for code, n in counts.items() if n), reverse=True)
    if len(named) > 1 and named[0][0] >= _DOMINANT_MIN \
            and named[0][0] >= _DOMINANT * named[1][0]:
        return frozenset({named[0][1]})
    return frozenset(code for _, code in named)


# How much more often than any other the story's own country is named (named_countries_currencies).
_DOMINANT = 3
_DOMINANT_MIN = 3


def _names(folded: str, name: str) -> int:
    """How often the casefolded text names `name` (a whole word in a spaced script: "Oman"
    is not in "Romania")."""
    if name not in folded:
        return 0
    if is_cjk(name[0]):
        return folded.count(name)
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", folded))


def _country_names(code: str, lang: str, currency_names: bool = False) -> tuple[str, ...]:
    """The CLDR names, casefolded, in `lang` of the countries whose tender is `code`, the
    other names the language's data gives them ([currency_context] country_names), and
    with `currency_names` the currency's own full names (« le peso mexicain s'est
    apprécié … 16,42 pesos pour un dollar »)."""
    return (*_country_names_by_currency(lang).get(code, ()),
            *_other_country_names(lang).get(code, ()),
            *(_full_currency_names(lang).get(code, ()) if currency_names else ()))


@lru_cache(maxsize=8)
def _full_currency_names(lang: str) -> dict[str, tuple[str, ...]]:
    """The currency words of `lang` of two words or more ("peso mexicain", "dollars
    américains"), casefolded, by currency."""
    names: dict[str, tuple[str, ...]] = {}
    for word, code in sorted(lexicon(lang).currency_after.entries.items()):
        if isinstance(code, str) and " " in word.strip():
            names[code] = (*names.get(code, ()), word.casefold())
    return names


@lru_cache(maxsize=8)
def _other_country_names(lang: str) -> dict[str, tuple[str, ...]]:
    """[currency_context] country_names by the currencies of their countries: built from
    babel's territory currencies and kept on disk (lang/tablecache.py, keyed by the year,
    as the tender of a territory is today's), so a run reads it back without loading
    babel."""
    from datetime import date

    return tablecache.cached("country-currencies", f"{lang}/{date.today().year}",
                             lambda: _build_other_country_names(lang))


def _build_other_country_names(lang: str) -> dict[str, tuple[str, ...]]:
    from babel.numbers import get_territory_currencies

    names: dict[str, tuple[str, ...]] = {}
    for territory, spelled in sorted(lexicon(lang).profile.country_names.items()):
        for code in get_territory_currencies(territory):
            names[code] = (*names.get(code, ()), *spelled)
    return names


@lru_cache(maxsize=8)
def _country_names_by_currency(lang: str) -> dict[str, list[str]]:
    """Each currency's countries, by their CLDR names in `lang` (casefolded): built once
    from babel and kept on disk (lang/tablecache.py: a run reads it back without loading
    babel), as building it reads every territory's currencies (a quarter of a second)."""
    from datetime import date

    # The tender of a territory is today's: the year in the key renews the entry (the
    # names of every locale of the language, as built below).
    return tablecache.cached("currency-countries", f"{lang}/{date.today().year}",
                             lambda: _build_country_names(lang))


def _build_country_names(lang: str) -> dict[str, list[str]]:
    from babel import Locale
    from babel.numbers import get_territory_currencies

    from reconcile.lang import cldr_locales

    # Every locale of the language: Chinese names a country in either script (菲律宾,
    # 菲律賓).
    locales = cldr_locales(lang)
    countries: dict[str, list[str]] = {}
    for territory in sorted(Locale("en").territories):
        if len(territory) == 2 and territory.isalpha():
            spelled = sorted({loc.territories[territory].casefold() for loc in locales
                              if territory in loc.territories})
            for code in get_territory_currencies(territory) if spelled else ():
                countries.setdefault(code, []).extend(spelled)
    return countries


def money_by_document(text: str, e: Expr, lex: Lexicon, known: frozenset[str]) -> Expr:
    """A bare number before a currency word that is also a weight or a book ("20,50
    livres", `[currency_context] needs_context`), left a count for want of a money cue,
    is money where the document reads that word's currency (or one of the currencies that
    share the word: `defaulted`) elsewhere, and exactly one of them: "de 90 pence, à 20,50
    livres" in a story that states pounds sterling is GBP 20.50, as "up 90 pence to 20.50
    pounds" is (a weight or money, unsure, read by the document)."""
    if e.date is not None or e.origin not in ("digits", "han"):
        return e
    if e.unsure and e.quantity is not None and e.unit_at >= 0 and not e.currency:
        at = e.unit_at  # "20.50 pounds" unsure between money and a weight
    elif e.has_unit:
        return e
    else:
        at = skip_spaces(text, e.end, 1)
    hit = lex.currency_after.at(text, at)
    if hit is None and e.scaled and (link := lex.linkers.at(text, at)) is not None:
        at = skip_spaces(text, link[0], 1)  # "20 millions de livres"
        hit = lex.currency_after.at(text, at)
    if hit is None:
        return e
    word = text[at:hit[0]].casefold()
    if word not in lex.profile.currency_needs_context:
        return e
    alternatives = lex.profile.currency_defaulted.get(word, ())
    named = [code for code in dict.fromkeys((str(hit[1]), *alternatives)) if code in known]
    if len(named) != 1:
        return e
    # (a word with a default keeps its alternatives: resolve_currency settles it as it
    # settles the same word read with a cue)
    return evolve(e, end=hit[0], currency=str(hit[1]) if alternatives else named[0],
                  currency_candidates=alternatives, quantity=None, unsure=False, unit_at=-1)


def resolve_currency(e: Expr, stated: frozenset[str]) -> Expr:
    """An ambiguous currency word becomes the one candidate the document states; with none
    or several stated, it stays unknown (and is no claim). A generic unit alone (元, read
    as its default currency) becomes the one regional candidate the document states when
    it never states the default: "新台幣" elsewhere makes "千億元" Taiwan dollars."""
    if e.currency and e.currency_candidates and not e.unknown_currency:
        regional = [code for code in e.currency_candidates if code in stated]
        if len(regional) != 1 or e.currency in stated:
            return e
        return evolve(e, currency=regional[0], currency_candidates=())
    if not e.unknown_currency or not e.currency_candidates or e.currency:
        return e
    named = [code for code in e.currency_candidates if code in stated]
    if len(named) != 1:
        return e
    return evolve(e, currency=named[0], unknown_currency=False)

"""Language profiles: what the extractor knows of each language, from CLDR plus a supplement.

CLDR (through babel) supplies number symbols, compact scale words (million, milliard, juta,
万, 億, 亿 …), month names, currency names and symbols, and duration unit words. What CLDR
lacks (qualifier phrases, range connectors, number words, relative dates, counters) lives in
one small TOML file per language in `lang/data/`. Adding a language is adding a data file.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, cast

from reconcile.detect import is_cjk
from reconcile.lang import cldrcache, tablecache
from reconcile.languages import supported_languages
from reconcile.model import Qualifier

if TYPE_CHECKING:  # babel is loaded only when a profile is built (lang/tablecache.py)
    from babel import Locale

RelativeRef = Literal["text", "now"]
DurationUnit = Literal["year", "month", "week", "day", "hour", "minute", "second"]

# Which CLDR locales feed a profile: Chinese text may be Simplified or Traditional.
_DURATION_KEYS: tuple[DurationUnit, ...] = ("year", "month", "week", "day", "hour", "minute",
                                           "second")
_SPACES = "\u00a0\u202f\u2009 "
# Numbers whose plural categories cover every CLDR plural rule of our languages (one, two,
# few, many, other …), so get_currency_name(code, count) yields every plural spelling.
_PLURAL_SAMPLES: tuple[int | Decimal, ...] = (0, 1, 2, 3, 5, 11, 21, 100, 1000000,
                                              Decimal("1.5"), Decimal("0.5"))


@dataclass(frozen=True)
class RelativeSpec:
    """A relative date phrase: `offset` `unit`s from its reference (the text or 'now')."""

    phrase: str
    unit: str
    offset: int
    ref: RelativeRef


@dataclass(frozen=True)
class SpelledWords:
    """Spelled-out number words by grammatical role (keys casefolded, hyphens as spaces).

    roles: word → (role, value); role is unit, teen, ten, hundred, scale, ten_mult,
    teen_suffix, fraction, part (a fraction only counted by the number before it:
    "tiga perempat"), inexact (a fraction with no exact decimal value) or ten_ordinal (an
    ordinal word that is also a unit: after a tens word, the two are an ordinal).
    connectors: word → the roles it may follow inside a number.
    """

    roles: Mapping[str, tuple[str, Decimal]]
    connectors: Mapping[str, frozenset[str]]
    tens_take_teens: frozenset[str]
    bare: frozenset[str]
    one_prefixes: tuple[str, ...]
    fraction_links: frozenset[str]
    fraction_joins: frozenset[str]
    scale_fraction_joins: frozenset[str]
    # The first word of every entry above: a word not in it (nor glued to a one-prefix)
    # cannot start a number word, so most words of a text are skipped at a glance.
    first_words: frozenset[str] = frozenset()
    # The last letter word of every entry with a numeric role, and the one-prefix forms
    # ("seratus"): a text holding none of them has no spelled number at all.
    gate: frozenset[str] = frozenset()


def spelled_key(word: str) -> str:
    """A spelled-number word or phrase as SpelledWords keys it: hyphens as spaces, spaces
    collapsed, case folded."""
    return " ".join(word.replace("-", " ").split()).casefold()


def _spelled(table: Mapping[str, Any], scales: Mapping[str, Decimal]) -> SpelledWords:
    roles: dict[str, tuple[str, Decimal]] = {}
    if table:
        # The scale words of the profile (CLDR's "million", "juta" …) are part of the grammar.
        for word, value in scales.items():
            if word.isalpha() and not any(is_cjk(ch) for ch in word):
                roles[spelled_key(word)] = ("scale", value)
    for section, role in (("units", "unit"), ("teens", "teen"), ("tens", "ten"),
                          ("hundreds", "hundred"), ("ten_multipliers", "ten_mult"),
                          ("teen_suffixes", "teen_suffix"), ("fractions", "fraction"),
                          ("fraction_parts", "part")):
        for word, value in table.get(section, {}).items():
            roles[spelled_key(word)] = (role, Decimal(str(value)))
    # Fractions with no exact decimal value (a third): the words around them give no claim.
    for word in table.get("inexact_fractions", []):
        roles[spelled_key(word)] = ("inexact", Decimal(0))
    # Ordinal words that are also units ("second"), and the ordinals that end a spelled
    # ordinal ("twenty first", « vingt et unième », "one hundred and fiftieth"): after a
    # tens or hundreds word, an ordinal (a word that is also a fraction keeps that role).
    for word in table.get("ordinals_after_tens", []):
        roles.setdefault(spelled_key(word), ("ten_ordinal", Decimal(0)))

    def keys(name: str) -> frozenset[str]:
        return frozenset(spelled_key(w) for w in table.get(name, []))

    connectors = {spelled_key(k): frozenset(v) for k, v in table.get("connectors", {}).items()}
    links, joins = keys("fraction_links"), keys("fraction_joins")
    scale_joins = keys("scale_fraction_joins")
    entries = {*roles, *connectors, *links, *joins, *scale_joins}
    return SpelledWords(
        roles=MappingProxyType(roles),
        connectors=MappingProxyType(connectors),
        tens_take_teens=keys("tens_take_teens"),
        bare=keys("bare"),
        one_prefixes=tuple(p.casefold() for p in table.get("one_prefixes", [])),
        fraction_links=links,
        fraction_joins=joins,
        scale_fraction_joins=scale_joins,
        first_words=frozenset(key.split(" ")[0] for key in entries if key),
        gate=_spelled_gate(roles, tuple(p.casefold() for p in table.get("one_prefixes", []))),
    )


def _spelled_gate(roles: Mapping[str, tuple[str, Decimal]],
                  prefixes: tuple[str, ...]) -> frozenset[str]:
    gate: set[str] = set()
    for key, (role, _) in roles.items():
        if role == "ten_ordinal":
            continue  # no number without a tens word before it
        words = re.findall(r"[^\W\d_]+", key)
        if words:
            gate.add(words[-1])
        if role in ("hundred", "scale", "ten_mult", "teen_suffix"):
            gate.update(prefix + key for prefix in prefixes)
    return frozenset(gate)


@dataclass(frozen=True)
class NonClaimWords:
    """Words around a number that make it a non-claim: clock times, ages, references."""

    clock_after: Mapping[str, bool]
    clock_before: tuple[str, ...] = ()
    # After a CJK day of the month (11日午後, 11日晚): a time of day, the day a date, no
    # amount.
    day_time_after: tuple[str, ...] = ()
    clock_hhmm: tuple[str, ...] = ()
    clock_before_hhmm: tuple[str, ...] = ()
    # Before the first hour of two ("de 8 heures à 17 heures": opening hours, two times of
    # day when the second is later), where a word of clock_before_hhmm stands before the
    # second.
    clock_from: tuple[str, ...] = ()
    # After "hh h mm": a word that makes it a span of time ("2 h 11 min"), no time of day.
    clock_span_after: tuple[str, ...] = ()
    # Times of day to the minute or second ("{h}時{m}分{s}秒", "{at} {h} h {m} min"): no
    # claim, where the minutes and seconds would otherwise read as a span of time; {at} is
    # a word of clock_before_hhmm.
    clock_templates: tuple[str, ...] = ()
    age_before: tuple[str, ...] = ()
    # A person noun or pronoun before an age ("les plus de 55 ans", "those over 65"): the
    # number is an age unless a counted noun follows it ("aucun des plus de 300 passagers").
    age_person: tuple[str, ...] = ()
    # A noun of people and a comparison before a number ("people under 25", "children
    # under 12"): the number is their age whatever word follows ("people under 25 rose":
    # no count of "rose"), unless a percent, a currency or a scale word does.
    age_people: tuple[str, ...] = ()
    # Verbs of having an age before "N years" ("l'artiste avait 29 ans"): an age only with
    # the age word after the number ("il y avait 3 000 personnes" counts).
    age_verbs: tuple[str, ...] = ()
    # A short verb of having that also ends "there is" ([nonclaims] age_have: « elle a 20
    # ans »): an age with the age word after the number, no word of `age_have_not_after`
    # right before it (« il y a 20 ans »: 20 years ago) and no word of `age_at_not_before`
    # after the age word (« a 20 ans de retard »: a span).
    age_have: tuple[str, ...] = ()
    age_have_not_after: frozenset[str] = frozenset()
    # A preposition of a moment of life before "N years" ([nonclaims] age_at: « il est mort à
    # 88 ans »): an age with the age word after the number and no "de" after it (« à 2 ans
    # de la retraite », « condamné à 5 ans de prison » are spans).
    age_at: tuple[str, ...] = ()
    age_at_not_before: frozenset[str] = frozenset()
    age_at_not_after: frozenset[str] = frozenset()
    age_after: tuple[str, ...] = ()
    # A number + this word set off by commas after a name is an age ("Dr X, 29 ans, a été").
    age_apposition: tuple[str, ...] = ()
    # Between an article and a capitalised noun (a nationality) and a number + an
    # age_apposition word: an age ("un Allemand de 86 ans").
    age_name_link: tuple[str, ...] = ()
    # A change of an age ("raise the retirement age from 62 to 64", `l'âge légal … de 62 à 64
    # ans`, `usia pensiun dari 62 tahun menjadi 64 tahun`): an age noun, then within its
    # clause a word of `age_change_from` before the first number and one of `age_change_to`
    # before the second; both are ages.
    age_change_nouns: tuple[str, ...] = ()
    age_change_from: tuple[str, ...] = ()
    age_change_to: tuple[str, ...] = ()
    reference_words: tuple[str, ...] = ()
    # Digits as the size of a figure ("double-digit growth", « à deux chiffres », 2桁の伸び):
    # the number counts the figure's digits, no claim.
    digit_words: tuple[str, ...] = ()
    # Words between a house number and its street word (« au 12 de la rue »).
    street_links: tuple[str, ...] = ()
    score_words: tuple[str, ...] = ()
    # A vote's tally, two numbers around {a} and {b} ("{a} votes to {b}", "{a} voix contre
    # {b}", "{a}比{b}"): a score, as "52-48" is, no count.
    tallies: tuple[str, ...] = ()
    # The same period a year before, the base of a year-on-year change ("up 12% from the
    # same period a year earlier", « la même période de l'an dernier »): one of
    # `base_periods` then one of `base_offsets`, no date and no span of a year, as 前年同期
    # is none.
    base_periods: tuple[str, ...] = ()
    base_offsets: tuple[str, ...] = ()
    # Words right before a telephone number ("call", "appeler le", "menghubungi"): a run of
    # digit groups after them is no amount, even one that reads as a grouped number.
    phone_before: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuantityWords:
    """Unit words of measured quantities, each mapped to a pint unit string (or 'magnitude',
    'percentage point'); keys as written (case matters: 'M' is no 'm'; the extractor
    matches words longer than three characters in any case); `cues` keys in lower case.

    `after`: words after the number ("km", "miles per hour"); `prefixes`: words before it
    ("magnitude 6.2"); `circumfixes`: a word before the number that gives the unit word
    after it its meaning (時速 … キロ: km/h); `cues`: unit words read only when one of the
    cue words stands in the sentence (度 as a temperature); `money_strong`, `money`, `mass`:
    cue words deciding a unit word that also names a currency ("pounds"); `mass_readings`:
    unit words that are a mass when a `mass` cue stands in the sentence nearer the number
    than any `length` cue (キロ: km, but kg where the sentence speaks of weight: 重さ9.5トン
    … 高度約400キロ is an altitude); `negative`: words before a temperature that make
    it negative (minus, 零下, 氷点下); `exact`: words of `after` matched only as written,
    whatever their length ("Mbps"); `any_case`: short words of `after` matched in any case
    ("GHz", "Ghz"); `letters`: one-letter symbols of `after` ("m") read only when spaced
    from the number and followed by no word but one of `letter_then` ("3.50 m wide");
    `fraction_of`: words after a spelled fraction that make it a fraction of something
    ("setengah dari"), not of the unit before it; `glued_fractions`: fraction characters
    glued to a unit word that add to the number (三年半, 1時間半), unless one of
    `glued_not_before` follows them (公里半径 is a radius); `fraction_bridges`: counters
    between a number and a glued fraction before a duration word (两个半月: 2.5 months);
    `cue_readings`: a unit word read as another unit where one of that unit's cues stands
    in the sentence nearer than any of the word's own `cues` (zh 度: °C, but a kWh where
    the sentence speaks of electricity: 年發電量約50億度).
    """

    after: Mapping[str, str]
    prefixes: Mapping[str, str]
    circumfixes: Mapping[str, Mapping[str, str]]
    cues: Mapping[str, tuple[str, ...]]
    money_strong: tuple[str, ...]
    money: tuple[str, ...]
    mass: tuple[str, ...]
    mass_readings: Mapping[str, str]
    negative: tuple[str, ...]
    # Words after a temperature that put it below zero ("12 degrés sous zéro", "10 degrees
    # below zero"): `negative_after`.
    negative_after: tuple[str, ...] = ()
    cue_readings: Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(
        default_factory=lambda: MappingProxyType({}))
    length: tuple[str, ...] = ()
    exact: frozenset[str] = frozenset()
    any_case: frozenset[str] = frozenset()
    letters: frozenset[str] = frozenset()
    letter_then: tuple[str, ...] = ()
    # Words that may follow one letter only ("500 g of cocaine"; "2 m of votes" is no
    # length): `letter_then_for`.
    letter_then_for: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({}))
    fraction_of: tuple[str, ...] = ()
    glued_fractions: Mapping[str, Decimal] = field(default_factory=lambda: MappingProxyType({}))
    # Words between the two numbers of a size ("146 by 114 cm", 146×114公分: [quantities]
    # dimension_links): the unit after the second is the first's too.
    dimension_links: tuple[str, ...] = ()
    # ... unless one of these follows the unit (`dimension_not_before`: "4x100 metres relay").
    dimension_not_before: tuple[str, ...] = ()
    glued_not_before: tuple[str, ...] = ()
    fraction_bridges: tuple[str, ...] = ()
    # Words between a unit of length and a time unit that make them a speed ("120 km per
    # hour", "120 km par heure", "120 km per jam").
    per_words: tuple[str, ...] = ()
    # Verbs that may stand between a circumfix's first word and the number (时速达90公里:
    # "reaching 90 km/h").
    circumfix_gaps: tuple[str, ...] = ()
    # Prefixes read only before a number written with decimals, as one-letter ones are
    # (規模7.0 is a magnitude, 規模5億 a size): [quantities] decimal_prefixes.
    decimal_prefixes: frozenset[str] = frozenset()
    # Unit words that are another word before these ([quantities.not_before]: zh 升 is a
    # litre, but 升至/升到 "rose to": 日圓從150.35升至148.20).
    not_before: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class LanguageProfile:
    """Everything language-specific the extractor needs; lookups are keyed in lower case."""

    code: str
    decimal: str
    group: str
    cjk: bool
    scales: Mapping[str, Decimal]
    short_scales: Mapping[str, Decimal]
    fused_scales: Mapping[str, Decimal]
    number_words: Mapping[str, int]
    articles: frozenset[str]
    linkers: tuple[str, ...]
    han_digits: Mapping[str, int]
    han_units: Mapping[str, int]
    counters: Mapping[str, str]
    ordinal_prefixes: tuple[str, ...]
    ordinal_suffixes: tuple[str, ...]
    several: Mapping[str, tuple[Decimal, Decimal]]
    # Characters that make a CJK several-word the second half of a noun (人数 "the number
    # of people", 无数 "countless", 半数 "half"): no vague amount there.
    several_noun_heads: frozenset[str]
    # Words that begin with a several word and are none (數位: digital).
    several_noun_words: tuple[str, ...]
    currency_words: Mapping[str, str]
    currency_symbols: Mapping[str, str]
    currency_needs_context: frozenset[str]
    # Words of needs_context that a scale word before makes money without a cue ("190
    # trillion won"; "2 million pounds" may be of beef).
    currency_scaled_enough: frozenset[str]
    currency_scaled_not_before: frozenset[str]
    currency_ambiguous: Mapping[str, tuple[str, ...]]
    # Symbols several currencies share ("Rs"), with those currencies: an amount after one
    # takes the candidate the document states elsewhere, else it is no claim.
    currency_symbols_shared: Mapping[str, tuple[str, ...]]
    currency_generic: frozenset[str]
    # A generic unit alone (元) stays its default currency unless the document names one of
    # these and not the default ([currency_context] regional: 新台幣 makes 元 the TWD).
    currency_generic_regional: tuple[str, ...]
    money_cues: tuple[str, ...]
    percent_signs: tuple[str, ...]
    percent_words: tuple[str, ...]
    percent_prefixes: tuple[str, ...]
    qualifiers_before: Mapping[str, Qualifier]
    qualifiers_after: Mapping[str, Qualifier]
    range_connectors: tuple[str, ...]
    range_openers: tuple[str, ...]
    range_between: Mapping[str, str]
    # A link between two numbers that makes a range when a closing word follows the second
    # (zh 介于20万和30万之间, ja 20と30の間): link → closing words ([ranges] between_after).
    range_between_after: Mapping[str, tuple[str, ...]]
    durations: Mapping[str, tuple[str, int | Decimal]]
    multiplier_suffixes: tuple[str, ...]
    multiplier_words: Mapping[str, int | float]
    multiplier_several: tuple[str, ...]
    # ... those that also say how often ([multipliers] several_how_often: "several times"):
    # a multiple only when compared.
    multiplier_how_often: tuple[str, ...]
    # Words before a number that make it a multiplier ([multipliers] prefixes: "multiplied
    # by 3", "multipliées par trois", "by a factor of three").
    multiplier_prefixes: tuple[str, ...]
    months: Mapping[str, int]
    date_year: str
    date_month: str
    # A calendar other than the Gregorian ([dates] lunar_before: 农历, 旧暦; lunar_after: the
    # day form 初一): a date so marked is none we can compare.
    lunar_before: tuple[str, ...]
    lunar_after: tuple[str, ...]
    date_day: str
    date_end_of: tuple[str, ...]
    relative: Mapping[str, RelativeSpec]
    count_skip: frozenset[str]
    determiners: frozenset[str]
    # Numerals of a pair that, with the counter and noun of a pair the story named before,
    # refer to those two (兩家銀行合計… after 兩家銀行將合併): [counts] pair_references.
    pair_references: tuple[str, ...]
    # Words joining a part to its whole ("seven of the nine"): a determiner after one and
    # a number names no known things.
    partitive: frozenset[str]
    # "a combined workforce of 51,000": the counted noun before the number, after one of
    # these articles and behind one of these links; `noun_of_not` are nouns that make the
    # number no count ("at the age of 58").
    noun_of_articles: frozenset[str]
    noun_of_links: frozenset[str]
    # Of those, the links that only take a number of thousands ("at"):
    # [counts] noun_of_large_links.
    noun_of_large_links: frozenset[str]
    noun_of_not: frozenset[str]
    # A particle between a bare number and the noun it counts in an unspaced script
    # ("87のコミュニティー", "14の村"): [counts] genitive.
    count_genitive: str
    # ... but not before these (12、13の両日: two days of a month): [counts] genitive_not.
    count_genitive_not: tuple[str, ...]
    # A tally whose two numbers count things, by the counter they count ([counts] tallies:
    # votes = ["{a} votes to {b}", ...]): "by 289 votes to 262" is 289 votes and 262 votes,
    # as 賛成289票、反対262票 is (a tally without its counted word stays a score).
    count_tallies: tuple[tuple[str, tuple[str, ...]], ...]
    # A bare number glued to a word of the script counts it (14病院, 37炭鉱: [counts] glued),
    # unless the word starts with one of `count_glued_not` (a counter or suffix read
    # elsewhere, or a word that makes the number a name or an ordinal: 16世, 2進数, 3型).
    count_glued: bool
    count_glued_not: tuple[str, ...]
    # ... nor a word that ends with one of these (an ordinal: 通算15勝目, the 15th win).
    count_glued_not_ending: tuple[str, ...]
    spelled: SpelledWords
    weekdays: frozenset[str]
    vague: Mapping[str, tuple[Decimal, Decimal]]
    casualty_words: frozenset[str]
    # Verbs of killing or injuring right before a number: "kills 14, injures 38" (victims
    # counted though no noun follows; a capitalised verb of a title names no product).
    casualty_verbs: frozenset[str]
    casualty_counters: Mapping[str, str]
    counters_not: tuple[str, ...]
    # A Han numeral and a counter that make a word of their own: no count (四处: everywhere;
    # 九州: Kyushu) ([counters_not] han_words).
    counters_han_words: frozenset[str]
    tenths: Mapping[str, tuple[int, int]]
    tenths_not: tuple[str, ...]
    hundredths: tuple[str, ...]
    # 3割2分5厘 = 32.5 %: a thousandth-word after the hundredth's, with one more digit.
    thousandths: tuple[str, ...]
    # 七成六 = 76 %: a lone digit right after a tenth-word counts hundredths ([percent]
    # hundredth_digit), where the language writes no hundredth word.
    hundredth_digit: bool
    qualifier_false_friends: tuple[str, ...]
    # Bound words that compare amounts, not spans of time ([qualifiers] comparatives):
    # "higher than a year earlier" bounds no duration.
    qualifier_comparatives: frozenset[str]
    # Bound words that also read "during" before a span of time ([qualifiers] periods):
    # "$5 billion over five years" is the period of the amount, not more than five years.
    qualifier_periods: frozenset[str]
    qualifier_gap_blockers: tuple[str, ...]
    # Words that qualify a multiplier or share after the genitive that closes their clause's
    # base ("接近2020年24起的三倍": nearly three times the 24 of 2020; "约占GDP的8%"):
    # [qualifiers] across_of, with across_of_link (的).
    qualifier_across_of: Mapping[str, str]
    qualifier_across_of_link: str
    # Qualifiers that take no word between them and the number ([qualifiers] no_gap): the
    # word makes a compound noun (最高気温 is the day's high, 最低賃金 the minimum wage).
    qualifier_no_gap: frozenset[str]
    # Words before a qualifier that make it an adjective ([qualifiers] record_before):
    # 過去最高 is the highest ever, no upper bound.
    qualifier_record_before: tuple[str, ...]
    # Comparison verbs after a number ([qualifiers] compared_after: を上回る) that bound no
    # number right after a word of `reference_before` (2019年の7泊を上回った: the 2019
    # figure is stated exactly, the later one exceeds it).
    qualifier_compared_after: frozenset[str]
    qualifier_reference_before: tuple[str, ...]
    # Nouns of a limit right after a number ([qualifiers] limit_after: 超过法律规定的3%上限):
    # the limit's own figure, stated exactly; the comparison before it bounds another.
    qualifier_limit_after: tuple[str, ...]
    nonclaims: NonClaimWords
    quantities: QuantityWords
    # Numeric dates: field order ("dmy", "mdy", "ymd") and separators of CLDR's short
    # date pattern ('M/d/yy' → "mdy", ("/",)).
    date_order: str = ""
    date_separators: tuple[str, ...] = ()
    date_day_markers: tuple[str, ...] = ()
    date_links: tuple[str, ...] = ()
    date_day_links: tuple[str, ...] = ()
    # Words between a month or quarter without a year and a relative year after it ("the
    # third quarter of next year"): the relative year is the month's.
    date_relative_year_links: tuple[str, ...] = ()
    # A day of a month said relatively, in a spaced script ([date_forms] relative_day_before
    # and relative_day_links): the word before the day ("the", "le", "tanggal") and the
    # links between the day and the relative month, each with the words of that phrase it
    # stands for ("du" for "de le": "le 20 du mois prochain" is a day of "le mois
    # prochain"; "the 20th of next month"; "tanggal 20 bulan depan").
    date_relative_day_before: tuple[str, ...] = ()
    date_relative_day_links: Mapping[str, str] = field(
        default_factory=lambda: MappingProxyType({}))
    # Words that open a new clause ("but", "mais", "tetapi"): a month after one is not of
    # the year said relatively before it.
    date_clause_breaks: frozenset[str] = frozenset()
    # Words that bring a paragraph back from a flashback to the story's time ([date_forms]
    # present_markers: "now", "this time", 今回, 这次).
    date_present_markers: tuple[str, ...] = ()
    # Words that end a dateline after its date besides a dash (纽约2025年11月14日电——):
    # [date_forms] dateline_after.
    date_dateline_after: tuple[str, ...] = ()
    # What may follow a CJK year written with its last two digits besides a month (24年度,
    # 23年比): [date_forms] short_year_after.
    date_short_year_after: tuple[str, ...] = ()
    # Such a year alone, with no month: what may not follow or precede it (a span):
    # [date_forms] short_year_not_before, short_year_not_after; none: never read alone.
    date_short_year_not_before: tuple[str, ...] = ()
    date_short_year_not_after: tuple[str, ...] = ()
    # ... unless one of these follows the year, a point in time (期間は30年から: from 2030).
    date_short_year_point_after: tuple[str, ...] = ()
    # Particles after such a year that mark it as a time (18年に, 16年の): it is a year
    # further from the story's date too ([date_forms] short_year_case_after).
    date_short_year_case_after: tuple[str, ...] = ()
    # Words joining a two-digit year to a full year before it (2016年大会と20年大会)
    date_coordinators: tuple[str, ...] = ()
    # Two days of one month joined ("3 and 4 February", "3月4日和5日"): the words after
    # the second day of a month-first pair that still end it ("March 4 and 5
    # respectively"), and the CJK words joining a second day (和, と).
    date_pair_after: tuple[str, ...] = ()
    date_day_and: tuple[str, ...] = ()
    # "from October 13 to 15 in five regions": the links of a span of days after a month
    # and an opener, and the words after its last day that end it ([date_pairs] span_links,
    # after_span_day).
    date_span_links: tuple[str, ...] = ()
    date_after_span_day: frozenset[str] = frozenset()
    # Words that make two days of one month two dates, not the span of both ("on March 4
    # and 5 respectively", 分别于3月4日与5日): [date_pairs] after_second_day and
    # respectively_before.
    date_respectively_before: tuple[str, ...] = ()
    # A year written with its last two digits and the year marker, no month (CJK: 成立于98年,
    # 19年，…, 零七年): a year whose century the story's time gives, no span of 98 years,
    # right after a word of `before`, right before one of `after`, opening its sentence
    # before one of `opening_after`, or written digit by digit with a zero (Han); never
    # before a word of `not_after` (19年来: over 19 years) ([short_years];
    # extract._cued_short_year).
    short_year_before: tuple[str, ...] = ()
    short_year_after: tuple[str, ...] = ()
    short_year_opening_after: tuple[str, ...] = ()
    short_year_not_after: tuple[str, ...] = ()
    # Words after a day, a month and two digits that make the digits its year written short
    # ("born on 3 Aug 96 in Leeds"; "On 3 August 40 were killed" counts): [short_years]
    # after_day_month.
    short_year_words_after: frozenset[str] = frozenset()
    # Era words that make any number a year of the common era ("400 A.D.", "l'an 400",
    # "tahun 400", "公元400年"): before the number, and after it.
    era_before: tuple[str, ...] = ()
    era_after: tuple[str, ...] = ()
    # Words that put a year before the common era ("500 BC", 紀元前500年): no claim.
    era_bc_before: tuple[str, ...] = ()
    era_bc_after: tuple[str, ...] = ()
    era_bc_repeat: tuple[str, ...] = ()  # its short form before a range's second year
    # Bounds of a span of time only ("dans les 14 jours"): elsewhere the words mean
    # something else ("dans les 3 pays": in the three countries).
    qualifiers_before_spans: Mapping[str, Qualifier] = field(
        default_factory=lambda: MappingProxyType({}))
    # Unit words that hold a bound (一个多月: more than a month; 个 + 多 + 月).
    qualifiers_in_units: Mapping[str, Qualifier] = field(
        default_factory=lambda: MappingProxyType({}))
    # Words between the two numbers of a proportion ("one in five", "un adulte sur cinq",
    # 5人に1人): neither number is a count.
    ratio_links: tuple[str, ...] = ()
    # Words right before the whole of a CJK proportion that make any whole one
    # (每二十人中有一人); without them only a round whole does (up to ten, or 100, 1000).
    ratio_every: tuple[str, ...] = ()
    # A CJK proportion whose whole names its noun: a counter of `ratio_noun_counters`, a
    # noun of a few characters, then a link of `ratio_noun_links` (每五名農民中約有一人).
    ratio_noun_counters: tuple[str, ...] = ()
    ratio_noun_links: tuple[str, ...] = ()
    # Prepositions after a number that open a place or a time, not the counted noun
    # ("3 millions en France": no noun counted), save those that join a range.
    count_stop: frozenset[str] = frozenset()
    # The links through which a number with a scale word counts a noun ([counts]
    # scaled_links: « 2 millions de fans »); without one, after an amount of money in its
    # sentence, it is money in that currency (« jusqu'à 32 millions supplémentaires »).
    scaled_links: tuple[str, ...] = ()
    # A half after a count's noun or counter ([counts] half_after: « trois saisons et
    # demie », 三個半賽季): a count and a half, no whole count.
    count_half_after: tuple[str, ...] = ()
    date_decades: tuple[str, ...] = ()
    date_periods: tuple[str, ...] = ()
    eras: Mapping[str, tuple[int, int | None]] = field(
        default_factory=lambda: MappingProxyType({}))
    era_first_year: tuple[str, ...] = ()
    relative_not_before: tuple[str, ...] = ()
    # Words of "from" after a relative year, with a number right after them or between a
    # genitive and them (前年から4.5ポイント, 前年の64.2％から): the base of a change, no date
    # ([relative_exclude] from_words, genitive).
    relative_from_words: tuple[str, ...] = ()
    # ... and words that make it one right before a number only ([relative_exclude]
    # object_words: 前年を23ポイント下回った)
    relative_object_words: tuple[str, ...] = ()
    relative_genitive: str = ""
    relative_week_not_before: tuple[str, ...] = ()
    # Words right before a relative week that make it a weekend ([relative_exclude]
    # week_preceders: "akhir pekan itu", that weekend), no date, as "that weekend" is none.
    relative_week_not_after: tuple[str, ...] = ()
    # Words before a relative date that make it part of a season's name, no date
    # ([relative_exclude] preceders: "musim panas tahun lalu", last summer).
    relative_not_after: tuple[str, ...] = ()
    # Comparison words before a relative month that make it the base of a change ("up 5%
    # from the previous month", 较上月): [relative_exclude] month_preceders.
    relative_month_not_after: tuple[str, ...] = ()
    date_asides_before: tuple[str, ...] = ()
    date_asides_after: tuple[str, ...] = ()
    # Words around a bare year that make it a modifier ("a 2016 review", "2010年的研究"): such
    # a year names no time of the story, and later relative dates do not resolve against it.
    year_modifier_before: tuple[str, ...] = ()
    year_modifier_after: tuple[str, ...] = ()
    # ... and words later in the year's clause, within a few characters (CJK: a place
    # between, 1962年にヨーテボリで創業した): [date_forms] year_modifier_within.
    year_modifier_within: tuple[str, ...] = ()
    year_modifier_within_links: tuple[str, ...] = ()
    unit_false_friends: tuple[str, ...] = ()
    # CJK counter forms: a suffix after a counter that makes an ordinal (2回目: the second
    # time); words just before or after a Han "one" + duration that make it no length of
    # time (同一天: the same day, 一年一度: yearly).
    counter_ordinal_after: tuple[str, ...] = ()
    duration_one_not_before: tuple[str, ...] = ()
    duration_one_not_after: tuple[str, ...] = ()
    # Characters after a unit of time that make it the start of another word, no span
    # ([cjk_count_forms] duration_not_before: 一个月球日 is "one lunar day", 月球 the moon;
    # [durations_exclude] not_before: "15,3 juta jam tangan", watches, no hours).
    duration_not_before: tuple[str, ...] = ()
    # Words before a Han numeral that make it a weekday ([cjk_count_forms] weekday_before:
    # 周二晚间 is Tuesday evening, no two nights).
    weekday_before: tuple[str, ...] = ()
    # Currency words with a default that other currencies' CLDR names share ([currency_context]
    # defaulted: "livres" is GBP, but TRY in a document that states "livres turques"): the
    # other currencies, one of which the document's stated currencies make it.
    currency_defaulted: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({}))
    # Words before a number that divide by it ("divisés par deux": halved): a multiplier of
    # its inverse ([multipliers] divisors).
    multiplier_divisors: tuple[str, ...] = ()
    # Words after "N times" that make it the inverse ([multipliers] inverse_after: "two times
    # slower", « deux fois moins rapide », "dua kali lebih lambat": 0.5).
    multiplier_inverse_after: tuple[str, ...] = ()
    # Verbs of growth before "N times" that make it N + 1 times ([multipliers] plus_one_after:
    # 增加了两倍 is three times, as 增加了一倍 is twice).
    multiplier_plus_one_after: tuple[str, ...] = ()
    # The [shares] table as the data file writes it (extraction/shares.py reads it).
    share_data: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    # Numeral characters the extractor does not read (financial forms 壹 贰 佰 仟): a Han number
    # touching one is read as nothing, not as its readable part; `han_unread_before` only
    # right before it (半百 = 50; 四半期 is a quarter).
    han_unread: str = ""
    han_unread_before: str = ""
    # The last words of multipliers after which a number is the base multiplied, not a
    # second factor ([multipliers] of_base: "dua kali lipat 30,6 miliar").
    multiplier_of_base: tuple[str, ...] = ()
    # Words after the date's day marker that make it a number of days (3日ほど).
    day_duration_before: tuple[str, ...] = ()
    # ... unless one of these follows the day instead (3日半ば: the middle of the 3rd)
    day_duration_not_before: tuple[str, ...] = ()
    # Words between the two numbers of a fraction (3分の1, 三分之一): neither is a count.
    fraction_markers: tuple[str, ...] = ()
    average_words: tuple[str, ...] = ()
    proportion_after: tuple[str, ...] = ()
    # Particles that link a vague amount to its noun when no counter follows (何千もの).
    vague_links: tuple[str, ...] = ()
    # Decades written with a word before the year ("années 1960") or a suffix after it
    # ("1960s", "1960-an"), and century words before a CJK decade (20世纪60年代).
    date_decade_before: tuple[str, ...] = ()
    date_decade_suffixes: tuple[str, ...] = ()
    date_centuries: tuple[str, ...] = ()
    # Words joining two dates into a range beyond the number range connectors ("au"), and
    # between-links with an article ("et le"); month words that are also common words.
    date_range_connectors: tuple[str, ...] = ()
    date_range_between_links: tuple[str, ...] = ()
    date_ambiguous_months: tuple[str, ...] = ()
    # Words after which such a month word, capitalised, is the month ("from March"):
    # [date_ranges] ambiguous_month_after.
    date_ambiguous_month_after: frozenset[str] = frozenset()
    date_range_openers: tuple[str, ...] = ()
    # Words before a year ("in", "en", "tahun"): a year before 1700 needs one.
    date_year_before: tuple[str, ...] = ()
    # Words between a year's number and the year marker that make it a fiscal year
    # (2025财年, 2025至2026財政年度): [date_forms] year_marker_prefixes.
    date_year_marker_prefixes: tuple[str, ...] = ()
    # CLDR's wide month names (casefolded) → whether CLDR capitalises them ("April" in en,
    # "avril" in fr): a month named alone must be a wide name, capitalised where CLDR does.
    months_wide: Mapping[str, bool] = field(default_factory=lambda: MappingProxyType({}))
    # Durations of one: words that are "one" + a time unit ("setahun"), the words before an
    # article + time unit that make it a rate ("once a year", "dua kali sehari"), and
    # article + time unit phrases that are idioms, not spans ("one day" = some day).
    one_durations: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Words between two consecutive numbers that state an approximate range ([ranges]
    # alternatives: "two or three hundred" is 200 to 300, ja 二、三人 two or three people).
    range_alternatives: tuple[str, ...] = ()
    # Words glued after an amount or a percent that make it the band of values it opens
    # ([qualifiers] band_after: ja 1000万円台, 10,000,000 to 20,000,000 yen; 3割台).
    band_after: tuple[str, ...] = ()
    # Time unit words read only right after the span of a larger unit ([span_tails]: ja
    # 2時間30分, where 分 alone is too ambiguous): word → (unit, the span words it follows).
    span_tails: Mapping[str, tuple[str, tuple[str, ...]]] = field(
        default_factory=lambda: MappingProxyType({}))
    # Span tails also read right after digits (`digits = true`: ja 30分, while 十分 is
    # "enough"): word → (what may not follow it, `not_before`: 3分の1 is a third; what may
    # not stand before the number, `not_after`: 午後8時30分 is a time of day).
    span_tails_digits: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(
        default_factory=lambda: MappingProxyType({}))
    # Span tails also read right after digits when a number and one of these smaller span
    # words follow (`before`: zh 41分5秒 is 41 minutes and 5 seconds, while 90分 may be a
    # score and 5角2分 money).
    span_tails_before: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({}))
    rate_words: frozenset[str] = frozenset()
    one_idioms: frozenset[str] = frozenset()
    # Articles that also read "per" ("3,000 kWh a year"): a span of one only when qualified
    # ("about a day") or next to a word in `one_span_before` / `one_span_after`.
    rate_articles: frozenset[str] = frozenset()
    # Time units that are also ordinals ("une seconde vague", "a second time"): a span of
    # one only with a word of `one_span_after` after it, or of `one_span_before` before it
    # and no word after it.
    ordinal_units: frozenset[str] = frozenset()
    # Several-words that count the noun right after them ("several countries": 2 to 9), and
    # generic nouns after which they only say "some" ("in several ways").
    several_counts: frozenset[str] = frozenset()
    several_generic: frozenset[str] = frozenset()
    # A lone last Han digit after 百/千/万 counts in the next place down (一百一 = 110), as
    # in Chinese; false where it counts units (Japanese 百一 = 101; [numbers] data).
    han_elided_place: bool = True
    several_not_after: frozenset[str] = frozenset()
    # Words right before a vague span that make it no span ([several_counts] period_before:
    # "pada beberapa hari", on some days).
    several_period_before: tuple[str, ...] = ()
    # A verb-final language states the money cue of an ambiguous currency word after the
    # amount too ("23億ポンドを支出する"): [currency_context] cues_after.
    currency_cues_after: bool = False
    # Names of countries running text writes besides CLDR's (id "Chili" for CLDR's
    # "Cile"), by territory code: [currency_context] country_names; an ambiguous currency
    # word ("peso") takes the tender of the country a text names so too.
    country_names: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({}))
    # Whether a several-word opening a sentence only says "some" (id "Beberapa jalan rusak":
    # some roads were damaged), so it counts nothing there.
    several_not_initial: bool = False
    # "5 et 100 dollars": words coordinating two amounts that share the second one's unit.
    coordinators: frozenset[str] = frozenset()
    # "in 2013 dollars": a year before a currency word after these words is a price level.
    price_level_before: frozenset[str] = frozenset()
    # Words between a currency word and a year that names its price level ("dollars de
    # 2013", "dolar tahun 2013") or between the year and the currency (2013 年的美元).
    price_level_links: tuple[str, ...] = ()
    one_span_before: frozenset[str] = frozenset()
    one_span_after: frozenset[str] = frozenset()
    # Nouns a span of one right after them qualifies, no span of its own ([durations_one]
    # modified_nouns: id "target setahun penuh", the full-year target).
    one_modified_nouns: frozenset[str] = frozenset()
    # Phrases after an article + time unit that make it a span even right after an amount,
    # where the article would read "per" ("$12 million a year earlier": [durations_one]
    # after_amount).
    one_span_after_amount: tuple[str, ...] = ()
    # Words of comparison before a span of one and a word of spans ([durations_one]
    # compared: "fell 5% from a year earlier"): the base of a year-on-year change, no span.
    one_span_compared: frozenset[str] = frozenset()
    # Words of "same" between a comparison word and a span of one ([durations_one] same:
    # "from the same sale a year earlier"): the base of a change too.
    one_span_same: frozenset[str] = frozenset()
    # A span of time that is the base of a comparison in an unspaced script: between a word
    # of `base_before` (比, 较; none: any) and one of `base_after` (前, 前より): "比一年前高出",
    # "1年前より高い" ([durations_one] base_before, base_after).
    one_span_base_before: tuple[str, ...] = ()
    one_span_base_after: tuple[str, ...] = ()
    # Of those, the ones that make a base only with a number right after them
    # ([durations_one] base_after_number: 1週間前から31億ドル減少; 3年前から続く is a span).
    one_span_base_after_number: tuple[str, ...] = ()
    # Words between a rate word and its unit of one ([durations_one] rate_links: "once in
    # a decade", "once-in-a-century": how often, no span).
    rate_links: frozenset[str] = frozenset()
    # Whether a date that scopes a number stands before it in this language (2025年の4.5%)
    # rather than after it ("4.5% in 2025"): breaks ties between two dates equally near.
    date_before_number: bool = False
    # Words after a number that leave it unread (no claim): a scale word whose value the
    # language does not fix (French "trillion": 10**18, or a translator's 10**12) and a
    # currency's hundredth whose currency is not named ("cents", "sen").
    unread_after: frozenset[str] = frozenset()
    # Words after a number, when no unit reads there, that leave it unread ("98 degrees":
    # Celsius, Fahrenheit or an angle?); "98 degrees Fahrenheit" still reads.
    unread_nouns: frozenset[str] = frozenset()
    # Scale words whose value only money settles (zh 兆: 10^12 or "mega").
    scales_money_only: tuple[str, ...] = ()
    # The decimal point spelled out ("three point five"): numbers around it are no claim.
    decimal_words: frozenset[str] = frozenset()
    # Between two numbers these make both unread (a spelled decimal point, and marks such
    # as ja 三・四人, "three or four people", that may be a point too): decimal_words and
    # `[numbers] unread_points`.
    torn_points: frozenset[str] = frozenset()
    # What may follow two runs of digits around an unread point that makes it a decimal
    # point (ja ０・０２％, １・２ポイント, １・５兆円; 三・四人 stays unread):
    # `[numbers] point_decimal_before`.
    point_decimal_before: tuple[str, ...] = ()
    # Words for the digit zero, which may follow a spelled decimal point ("two hundred point
    # zero three"): `[numbers] zero_words`.
    zero_words: frozenset[str] = frozenset()
    # After the digits of a Han decimal, a unit that makes it a time of day (十点五分).
    decimal_not_before: frozenset[str] = frozenset()
    # CLDR's territory names (CJK languages only: what qualifies a currency there).
    territory_names: frozenset[str] = frozenset()
    # A currency's hundredth named with its currency ("euro cents", 美分): the amount before
    # it is money of 1/100 of that currency's unit; a hundredth whose currency is unnamed
    # ("cents", "sen", セント) maps to the currencies it may be, of which the document
    # must state one (money.resolve_currency), else it is no claim; so does a hundredth
    # several currencies share ("piastres": the Egyptian, Lebanese, Sudanese, Syrian pound).
    minor_units: Mapping[str, str | tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({}))
    # Negation in the clause before a comparison ("no country had tested more than 3%":
    # at most 3%): the words that negate and the words that end their scope.
    negators: frozenset[str] = frozenset()
    negation_breaks: frozenset[str] = frozenset()
    # [negation] restrictive, restrictive_before: « ne … plus que 154 » (only 154): no bound.
    negation_restrictive: tuple[str, ...] = ()
    negation_restrictive_before: frozenset[str] = frozenset()
    # A counted noun with a metric prefix ("26 kilobases", "40 kilodaltons") measures in
    # thousands of something: no count of it.
    measure_prefixes: tuple[str, ...] = ()
    # Several-words that read "about" right before a written number ("quelques 300
    # millions": some 300 million), not a multiplier of it.
    several_approx: frozenset[str] = frozenset()
    # Words (or signs) before a round denominator that make a rate ("0.31 per 100,000",
    # "0,31/10 万"): the denominator and the rate before it are no claims.
    rate_per: tuple[str, ...] = ()
    # ... and those that do only before a scale word ([rates] per_scale: « 9,5 scanners par
    # million d'habitants »; « multiplié par 100 » is no rate).
    rate_per_scale: tuple[str, ...] = ()
    # Words after an amount of one that make it the base of an exchange rate ([rates]
    # exchange_links: "1 dollar pour 148,5 yens", "1 dolar AS setara 16.400 rupiah").
    rate_exchange_links: tuple[str, ...] = ()
    # Words between a bare number and a currency it is quoted against ("the yen weakened to
    # 162.40 per dollar", "rupiah melemah ke 16.500 per dolar AS"): the number is an amount
    # of the currency its sentence names before it ([rates] quote_per).
    rate_quote_per: tuple[str, ...] = ()
    # Nouns a currency word before them qualifies ("two yen loans": two loans in yen, no
    # amount of two yen): [currency_context] instrument_nouns.
    currency_instrument_nouns: frozenset[str] = frozenset()
    # The same written after the denominator ("10万人あたり"), the rate after it.
    rate_after: tuple[str, ...] = ()
    # After one unit only ([rates] one_after): "1キロの価格は13.50ユーロ" (the price of one
    # kilo: no kilo of its own); "100トンの価格" stays 100 tonnes.
    rate_one_after: tuple[str, ...] = ()
    # Weekday names (CLDR wide and abbreviated, casefolded) to their number, Monday 0.
    weekday_numbers: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    # A day of the month alone ([date_forms] day_after, day_before, day_not_before: 11日、,
    # 于16日, not 毎3日): the words after (before) it that make it one, the words before it
    # that make it none.
    day_after: tuple[str, ...] = ()
    day_before: tuple[str, ...] = ()
    day_not_before: tuple[str, ...] = ()
    # ... or, where the language reads a day before any word but these ([date_forms]
    # day_not_after: zh 21日内, 3日游), the words after it that make it none.
    day_not_after: tuple[str, ...] = ()
    # A weekday named alone ([weekdays] names: the wide names read, casefolded, to their
    # number; not_after: words before it that make it no one day, "every", "last", 每, 上;
    # future: words of its sentence that put it after the story's date, "will", akan, 将).
    weekday_names: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    weekday_not_after: tuple[str, ...] = ()
    weekday_future: tuple[str, ...] = ()
    # A weekday name that is also a common word (id "Minggu": Sunday, and "minggu": week),
    # read only capitalised, right after a word of `guarded_after` ("pada Minggu", "hari
    # Minggu") and not before one of `guarded_not_before` ("pada Minggu lalu": last week)
    # ([weekdays] guarded, guarded_after, guarded_not_before).
    weekday_guarded: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    weekday_guarded_after: frozenset[str] = frozenset()
    weekday_guarded_not_before: frozenset[str] = frozenset()
    # Days named by a phrase of the language ([named_days] days: 元日, 元旦, "New Year's Day"
    # → (month, day)): a date of that day, in the year written with it (2024年元日, "New
    # Year's Day 2024") or, alone, a day and month without a year.
    named_days: Mapping[str, tuple[int, int]] = field(
        default_factory=lambda: MappingProxyType({}))
    # [streaks]: the words of succession by the order they stand in (after_ordinal,
    # after_unit, unit_first, before: casefolded tuples) and ordinal words ("third": 3),
    # read by extraction/streaks.py.
    streaks: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    # Adjectives between a number and its time unit ("les 14 derniers jours": the last 14
    # days): the unit still makes the number a duration.
    duration_adjectives: tuple[str, ...] = ()
    # CLDR territory names (Locale.territories) → the one currency each has as legal tender,
    # for languages with generic currency units (元): "加拿大新版 5 元" is Canadian money.
    territory_currencies: Mapping[str, str] = field(
        default_factory=lambda: MappingProxyType({}))
    # "N times" of occurrences ("hosted the Games twice", "dua kali seminggu") is a count of
    # times; it is a multiplier only with a comparison after it ("five times more") or a
    # word of change before it ("grew 100 times"). Empty: every "N times" is a multiplier.
    occurrence_suffixes: frozenset[str] = frozenset()
    occurrence_words: frozenset[str] = frozenset()
    occurrence_compare: tuple[str, ...] = ()
    # Words setting an amount against another ("5 milliards d'euros, contre 4 milliards"):
    # the second, bare, is in the first's unit ([compare] versus).
    versus_words: frozenset[str] = frozenset()
    # Words after a span that make it an offset from a time the text named ("その二週間後",
    # two weeks after that): such a span after a determiner is one all the same
    # ([durations_one] offset_after).
    span_offset_after: tuple[str, ...] = ()
    # ... words that may follow such a bare second amount, no noun it counts ("contre
    # 30 000 auparavant"): [compare] then.
    versus_then: frozenset[str] = frozenset()
    # Words that restate the amount before them in another unit ([compare] restate: « 62
    # sièges, soit 31 % de la Chambre, contre 50 »): a bare amount set against the
    # restatement is not in its unit.
    versus_restate: frozenset[str] = frozenset()
    # Words between a change in percent and its base ("35,400 runners, up 8.9% from 32,500 a
    # year earlier"): the bare base counts what the amount before the change does
    # ([compare] change_from, with the versus words).
    change_from: frozenset[str] = frozenset()
    # Phrases after a bare amount that make it a part of the amount before it, in its unit
    # ("7,842 kilometres, 4,215 of them on special stages": [compare] part_of).
    part_of: tuple[str, ...] = ()
    # Bare words of a currency family ("dollars") that name the story's own member where
    # the document states it by its full name and names its country (a story of Canada
    # that writes "dollars canadiens" once, then "dollars"): [currency_context] local_words.
    currency_local_words: tuple[str, ...] = ()
    # ... or a word and then one of these ("ten times stricter than"): [occurrences] close
    occurrence_close: tuple[str, ...] = ()
    # ... and a word that ends in one of these after it, a possessive base: "about twice
    # Bangladesh's" ([occurrences] possessive).
    occurrence_possessive: tuple[str, ...] = ()
    # After-bounds that, after a multiplier and before a word, make a comparative, no bound
    # ("sepuluh kali lebih ketat": ten times stricter): [qualifiers] comparative_after.
    qualifier_comparative_after: frozenset[str] = frozenset()
    occurrence_change: frozenset[str] = frozenset()
    # Sign words before a percentage ("minus 5%", マイナス5%, fr "moins 3 %": "au moins" and
    # "moins de" are bounds, read first).
    percent_negative: tuple[str, ...] = ()
    # Words that end with a sign word but are none (背负: to bear a debt): [percent]
    # not_negative.
    percent_not_negative: tuple[str, ...] = ()
    # A change in bare points joined to the percent it reaches ("rose 6 points to 31%"):
    # the point words and the joining words ([percent] points, points_to).
    percent_points: tuple[str, ...] = ()
    percent_points_to: tuple[str, ...] = ()
    # Words before a change in bare points right after a percent: [percent]
    # points_change_before.
    percent_points_change_before: tuple[str, ...] = ()
    # Words after bare points that make them percentage points of a rate named by them
    # ("0,3 point de croissance", "0.5 points of GDP"): [percent] points_of.
    percent_points_of: tuple[str, ...] = ()
    # ... or words after them that say the change ("2 points de plus qu'un an auparavant"):
    # [percent] points_change_after.
    percent_points_change_after: tuple[str, ...] = ()
    # A rate's change written with a percent sign, in points ([percent] rate_*: 政策金利を
    # 0.25%引き下げ, 利下げ幅は累計4%): a rate noun in the clause before the percent and a
    # verb of raising or lowering right after it, or a word of the change's size before it.
    percent_rate_nouns: tuple[str, ...] = ()
    # Nouns of a target: a band around it is in points (目標の上下1%), but a change of a
    # percent near one is no change of a rate ([percent] band_nouns).
    percent_band_nouns: tuple[str, ...] = ()
    percent_rate_verbs: tuple[str, ...] = ()
    percent_rate_widths: tuple[str, ...] = ()
    percent_rate_bases: tuple[str, ...] = ()  # after a level a change starts from: 11.25%から
    percent_rate_links: tuple[str, ...] = ()  # between the number and its verb: 0.25%の利下げ
    # A sign word after its "plus" ("plus or minus 3%", プラスマイナス3%, 正负3%): a margin
    # either side, unsigned, not a negative value.
    percent_margin: tuple[str, ...] = ()


# Large fields that the lexicon is built from and a run seldom reads itself (a diff of the
# bundled story reads none): read back from the table cache on first use, not with the
# profile (a cold diff: 3.5 M instructions and 90 page faults fewer).
tablecache.keep_for_later(LanguageProfile, (
    "currency_symbols", "territory_names", "territory_currencies", "qualifiers_before",
    "nonclaims", "counters", "money_cues", "short_scales"))


def _territory_currencies(locales: tuple[Locale, ...]) -> dict[str, str]:
    """Each territory name of the locales with the single currency it has as legal tender
    (babel.numbers.get_territory_currencies); territories with several are left out."""
    from babel.numbers import get_territory_currencies

    out: dict[str, str] = {}
    for loc in locales:
        for code, name in loc.territories.items():
            if len(code) != 2 or not code.isalpha() or len(name) < 2:
                continue
            codes = get_territory_currencies(code, tender=True)
            if len(codes) == 1:
                out.setdefault(name, codes[0])
    return out


def supplement_table(code: str, name: str) -> Mapping[str, Any]:
    """One table of a language's data file (lang/data/<code>.toml), read-only; empty when
    the language or the table has none. For stages that own their own data tables
    (periods: extraction/periods.py). Kept on disk between runs (lang/tablecache.py), so
    a stage reading one table does not parse the whole file again."""
    code = code.lower().split("-")[0].split("_")[0]
    return tablecache.cached("supplement", f"{code}/{name}",
                             lambda: _supplement_table(code, name))


def _supplement_table(code: str, name: str) -> Mapping[str, Any]:
    table = _read_toml(code).get(name, {})
    return MappingProxyType(table if isinstance(table, dict) else {})


def _read_toml(name: str) -> dict[str, Any]:
    from importlib import resources  # only when tables are built: cached runs skip it

    ref = resources.files("reconcile.lang").joinpath("data", f"{name}.toml")
    if not ref.is_file():
        return {}
    return cldrcache.parsed_toml(ref.read_bytes())


@lru_cache(maxsize=1)
def tender_currencies() -> tuple[str, ...]:
    """ISO 4217 codes that CLDR lists as legal tender in some territory on the reference date
    of common.toml: every living currency, and none of the historical ones (French franc,
    German mark) or special codes (gold XAU, test XTS) whose names are ordinary words."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    table = _read_toml("common").get("currencies", {})
    on = table.get("tender_on")
    when = on if isinstance(on, datetime.date) else datetime.date(2025, 1, 1)
    codes: set[str] = set()
    for territory in Locale.parse("en").territories:
        found = get_territory_currencies(str(territory), start_date=when, end_date=when)
        codes.update(str(code) for code in found)
    major = [str(c) for c in table.get("major", [])]
    # The major currencies first: on a clash of spellings the more common currency wins.
    return tuple(dict.fromkeys([*major, *sorted(codes)]))


@lru_cache(maxsize=1)
def currency_codes() -> dict[str, str]:
    """ISO 4217 codes recognised next to a number (and aliases such as RMB → CNY): every
    living currency, minus the codes that also spell a common word or name in capitals
    ("TOP 10", "PHP 8"), which common.toml lists. Kept on disk between runs
    (lang/tablecache.py): a run that meets a code after a number ("4.5 billion USD") does
    not load babel's territory data for it."""
    codes: dict[str, str] = tablecache.cached("currency-codes", "*", _build_currency_codes)
    return codes


def _build_currency_codes() -> dict[str, str]:
    table = _read_toml("common").get("currencies", {})
    excluded = set(table.get("codes_exclude", []))
    codes = {code: code for code in tender_currencies() if code not in excluded}
    codes.update({str(code): str(code) for code in table.get("codes", [])})
    codes.update(table.get("aliases", {}))
    return codes


def territory_names() -> dict[str, list[str]]:
    """CLDR's name of every country and territory (two-letter code) in the locales of every
    supported language, de-duplicated in order: {"PH": ["Philippines", "Filipina",
    "フィリピン", "菲律宾", "菲律賓"], ...}. Codes of no place ("ZZ", unknown region;
    "QO", outlying Oceania) are left out."""
    languages = supported_languages()

    def build() -> dict[str, list[str]]:
        names: dict[str, list[str]] = {}
        for code in languages:
            for loc in _locales(code):
                for key, name in loc.territories.items():
                    if len(key) == 2 and key.isalpha() and key not in ("ZZ", "QO"):
                        found = names.setdefault(key, [])
                        if name not in found:
                            found.append(name)
        return names

    # Kept with the language tables (keyed without importing babel): every diff reads it.
    table: dict[str, list[str]] = tablecache.cached(
        "territories", "*", lambda: cldrcache.cached("territories", list(languages), build))
    return table


def cldr_locales(code: str) -> tuple[Locale, ...]:
    """The CLDR locales a language's profile reads (zh: zh_Hans and zh_Hant)."""
    return _locales(code)


def _locales(code: str) -> tuple[Locale, ...]:
    from babel import Locale
    from babel.core import UnknownLocaleError

    found: list[Locale] = []
    # The CLDR locales of a language, its own first (data: `[cldr] locales`): regional
    # variants add their words (zh_Hant's characters, en_IN's lakh and crore).
    for name in _read_toml(code).get("cldr", {}).get("locales", [code]):
        try:
            found.append(Locale.parse(name))
        except (UnknownLocaleError, ValueError):
            continue
    return tuple(found)


def _compact_scales(locales: tuple[Locale, ...]) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """Scale words from CLDR compact decimal formats: '0 million' → million = 10**6."""
    long_words: dict[str, Decimal] = {}
    short_words: dict[str, Decimal] = {}
    for loc in locales:
        formats = loc.compact_decimal_formats
        for width in ("long", "short"):
            for patterns in (formats.get(width) or {}).values():
                for magnitude, pattern in patterns.items():
                    text = pattern.pattern if hasattr(pattern, "pattern") else str(pattern)
                    zeros = text.count("0")
                    word = " ".join(text.replace("0", "").replace("'", "").split())
                    if not zeros or not word or any(ch in word for ch in "¤#%"):
                        continue
                    value = Decimal(magnitude) / (Decimal(10) ** (zeros - 1))
                    cjk_word = all(is_cjk(ch) for ch in word)
                    if width == "long" or cjk_word:
                        long_words.setdefault(word.casefold(), value)
                    else:
                        short_words.setdefault(word, value)
    return long_words, short_words


def _months(locales: tuple[Locale, ...]) -> dict[str, int]:
    names: dict[str, int] = {}
    for loc in locales:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in loc.months.get(context, {}).get(width, {}).items():
                    if any(ch.isdigit() for ch in name):
                        continue  # "1月": the 年月日 date grammar handles those
                    word = name.casefold()
                    names.setdefault(word, int(number))
                    names.setdefault(word.rstrip("."), int(number))
    return names


def _months_wide(locales: tuple[Locale, ...]) -> dict[str, bool]:
    """CLDR's wide month names of the first locale: casefolded → written capitalised."""
    if not locales:
        return {}
    names = locales[0].months.get("format", {}).get("wide", {}).values()
    return {name.casefold(): name[:1].isupper() for name in names
            if not any(ch.isdigit() for ch in name)}


def _numeric_date_order(locales: tuple[Locale, ...]) -> tuple[str, tuple[str, ...]]:
    """Field order and separators of the first locale's CLDR short date pattern."""
    if not locales:
        return "", ()
    pattern = locales[0].date_formats["short"].pattern
    order = ""
    separators: list[str] = []
    for token in re.findall(r"[yMd]+|[^yMd]+", pattern):
        if token[0] in "yMd":
            order += token[0].lower()
        else:
            sep = token.strip(" .") or token.strip()
            if sep in ("/", ".", "-") and sep not in separators:
                separators.append(sep)
    if sorted(order) != sorted("dmy"):
        return "", ()
    return order, tuple(separators)


def _eras(table: Mapping[str, Any]) -> dict[str, tuple[int, int | None]]:
    """Era name → (first Gregorian year, last Gregorian year or None if current)."""
    out: dict[str, tuple[int, int | None]] = {}
    for name, spec in table.items():
        last = spec.get("end")
        out[name] = (int(spec["start"]), None if last is None else int(last))
    return out


def _currency_names(loc: Locale, code: str) -> set[str]:
    """Every CLDR spelling of a currency in a locale: display name and plural forms."""
    from babel.numbers import get_currency_name

    names = {get_currency_name(code, locale=loc)}
    names.update(get_currency_name(code, count=n, locale=loc) for n in _PLURAL_SAMPLES)
    out: set[str] = set()
    for name in names:
        if not name or name == code:
            continue
        out.add(name)
        if " " in name and any(is_cjk(ch) for ch in name):
            # CLDR spaces Japanese names ("カナダ ドル"); running text joins the words or
            # writes a middle dot ("カナダドル", "カナダ・ドル").
            out.add(name.replace(" ", ""))
            out.add(name.replace(" ", "・"))
    return out


def _shared_currency_words(locales: tuple[Locale, ...], words: Sequence[str]
                           ) -> dict[str, tuple[str, ...]]:
    """The currencies each word of `[currency_context] ambiguous_words` may be ("kroner":
    the Danish and the Norwegian; "pesos", "rupees", ペソ, 卢比): those of the locale's CLDR
    names that hold the word (a word of them in spaced scripts, their end in CJK script).
    An amount after one takes the currency the document states or whose country it
    names (reconcile.extraction.money), else it is no claim."""
    out: dict[str, tuple[str, ...]] = {}
    for word in (str(w).casefold() for w in words):
        codes = set()
        for loc in locales:
            for code, names in _currency_name_table(loc).items():
                for name in (n.casefold() for n in names):
                    if (name.endswith(word) if is_cjk(word[0])
                            else word in re.split(r"[\s\-]+", name)):
                        codes.add(code)
        if len(codes) > 1:
            out[word] = tuple(sorted(codes))
    return out


def _currency_name_table(loc: Locale) -> dict[str, list[str]]:
    """_currency_names of every living currency in a locale (cached on disk: slow to read)."""
    codes = list(tender_currencies())
    table: dict[str, list[str]] = cldrcache.cached(
        "currency-names", [str(loc), codes],
        lambda: {code: sorted(_currency_names(loc, code)) for code in codes})
    return table


def _currency_bases(loc: Locale, names: Mapping[str, Sequence[str]],
                    common: Mapping[str, Any]) -> dict[str, str]:
    """Currency names without the territory CLDR writes in them ("ナイジェリア ナイラ",
    "尼日利亚奈拉": ナイラ, 奈拉), when one currency alone has that name left: "ドル",
    "元" are many currencies' and stay out. Only in a locale whose names are so built
    (common.toml's bases_min_share), and only names written in CJK script."""
    lands = sorted((n for n in loc.territories.values() if len(n) >= 2), key=len,
                   reverse=True)
    excluded = set(common.get("bases_exclude", []))
    found: dict[str, set[str]] = {}
    spelled = stripped = 0
    for code, spellings in names.items():
        for name in spellings:
            spelled += 1
            for land in lands:
                if not (name.startswith(land) or name.endswith(land)):
                    continue  # most pairs (_without_land would say None)
                rest = _without_land(name, land)
                if rest is not None:
                    stripped += 1
                    found.setdefault(rest, set()).add(code)
                    break
    if not spelled or stripped / spelled < float(common.get("bases_min_share", 1.0)):
        return {}
    # In Latin script what is left is too often a word ("70 lari": 70 runs in id, not
    # Georgian lari; "real", "sol"): transliterated CJK names only.
    return {base: code for base, codes in sorted(found.items())
            if len(codes) == 1 and (code := next(iter(codes))) not in excluded
            and len(base) >= 2 and all(is_cjk(ch) or ch in "・" for ch in base)}


def _latin_bases(names: Mapping[str, Sequence[str]], first: bool, codes_excluded: frozenset[str],
                 skip: frozenset[str]) -> dict[str, str]:
    """The noun of CLDR's currency names in a language that writes it with an adjective of
    its land ("Vietnamese dong", "dông vietnamien", "Dong Vietnam": `first`, the noun
    before it, as in fr and id): running text names the currency by the noun alone ("11.2
    trillion dong", "12 000 dongs"). Only nouns of one currency's names (not "dollar",
    "peso": those are `[currency_context] ambiguous_words`), of three letters or more, and
    not `skip` (everyday words: "gold", "sol", "real"); with their accents or without
    ("dôngs", "dongs")."""
    owners: dict[str, set[str]] = {}
    nouns: dict[str, str] = {}
    for code, spellings in names.items():
        for name in spellings:
            words = name.casefold().split(" ")
            for word in words:
                owners.setdefault(word, set()).add(code)
            if len(words) >= 2 and not any(is_cjk(ch) for ch in name):
                nouns.setdefault(words[0] if first else words[-1], code)
    out: dict[str, str] = {}
    for noun, code in sorted(nouns.items()):
        if owners.get(noun) != {code} or code in codes_excluded or len(noun) < 3:
            continue
        plain = "".join(ch for ch in unicodedata.normalize("NFD", noun)
                        if not unicodedata.combining(ch))
        for word in dict.fromkeys((noun, plain)):
            if word not in skip and word.replace("ʻ", "").replace("’", "").isalpha():
                out.setdefault(word, code)
    return out


def _without_land(name: str, land: str) -> str | None:
    """The name with a territory's name taken off its start or end (a word of its own in
    spaced scripts), or None."""
    cjk = is_cjk(land[0])
    for rest in ((name[len(land):] if name.startswith(land) else None),
                 (name[:-len(land)] if name.endswith(land) else None)):
        if rest is None:
            continue
        trimmed = rest.strip(" ・")
        if trimmed and (cjk or rest != trimmed) and " " not in trimmed:
            return trimmed
    return None


def _without_words(names: Mapping[str, str], dropped: Sequence[str]) -> dict[str, str]:
    """Currency names written without a word running text leaves out (`[currencies]
    dropped`): CLDR's "nouveaux dollars taïwanais", "Dolar Baru Taiwan", "New Taiwan
    dollar" are written "dollars taïwanais", "dolar Taiwan", "Taiwan dollar". Names of
    spaced words only, and only where two words or more are left."""
    drop = {w.casefold() for w in dropped}
    out: dict[str, str] = {}
    for name, code in sorted(names.items()):
        words = name.split(" ")
        kept = [w for w in words if w not in drop]
        if len(words) > len(kept) >= 2:
            out.setdefault(" ".join(kept), code)
    return out


def _weekdays(locales: tuple[Locale, ...]) -> frozenset[str]:
    names: set[str] = set()
    for loc in locales:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                names.update(n.casefold() for n in loc.days.get(context, {}).get(width, {})
                             .values())
    return frozenset(names)


def _streaks(table: Mapping[str, Any]) -> Mapping[str, Any]:
    """[streaks] data: phrase lists casefolded, ordinal words casefolded to their value."""
    out: dict[str, Any] = {key: tuple(str(w).casefold() for w in table.get(key, []))
                           for key in ("after_ordinal", "after_unit", "unit_first", "before")}
    out["ordinals"] = MappingProxyType({str(k).casefold(): int(v)
                                        for k, v in table.get("ordinals", {}).items()})
    return MappingProxyType(out) if table else MappingProxyType({})


def _weekday_numbers(locales: tuple[Locale, ...]) -> dict[str, int]:
    """Weekday names (wide and abbreviated, casefolded) to their number (Monday 0), CLDR's."""
    out: dict[str, int] = {}
    for loc in locales:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in loc.days.get(context, {}).get(width, {}).items():
                    out.setdefault(name.casefold(), int(number))
    return out


def _currencies(
    locales: tuple[Locale, ...], common: Mapping[str, Any],
    taken: frozenset[str] = frozenset(),
) -> tuple[dict[str, str], dict[str, str]]:
    """Currency words (after a number) and symbols (either side) of every living currency,
    from CLDR through babel's public API. A symbol written in Han or kana ("元" for CNY in
    ja) reads after the number, like a word. The first currency (major ones first) keeps a
    spelling that two share. A symbol from a currency's home (home_symbols) is skipped when
    it spells one of the `taken` words of the language (casefolded)."""
    words: dict[str, str] = {}
    symbols: dict[str, str] = {}
    # English-style symbols (CA$, NZ$, MX$) are international: every profile knows them,
    # after its own locale's.
    sources = (*locales, *(loc for loc in _locales("en") if loc not in locales))
    for loc in sources:
        own = loc in locales
        names = _currency_name_table(loc) if own else {}
        for code in tender_currencies():
            for name in names.get(code, ()):
                words.setdefault(name.casefold(), code)
            symbol = loc.currency_symbols.get(code)
            if not symbol or symbol == code or symbol == "¤":
                continue
            if all(is_cjk(ch) for ch in symbol):
                if own:
                    words.setdefault(symbol.casefold(), code)
            elif len(symbol) > 1 or not symbol.isalpha():
                symbols.setdefault(symbol, code)
        # After every currency's own names and symbols: a shorter name never wins a clash.
        for base, code in (_currency_bases(loc, names, common) if own else {}).items():
            words.setdefault(base.casefold(), code)
    # A currency's symbol at home ("Nu." in Bhutan, "Kč" in Czechia) is written in news
    # of every language; after the text's own locales and English, which win a clash.
    for symbol, code in home_symbols().items():
        if symbol.rstrip(".").casefold() not in taken:
            symbols.setdefault(symbol, code)
    # The shared table wins over CLDR: "$" is USD in running text even where a locale's
    # own dollar (TWD in zh_Hant) owns the symbol.
    symbols.update(common.get("symbols", {}))
    # Text split into tokens writes "hk $ 10" for "HK$10": a prefix of two letters or more
    # spaced from its sign (one letter would read the article in "a $5 fine"). And
    # French typography spaces the letters after the sign: "10 $ HK", "5 $ CA" ("$HK"),
    # in capitals only: "3,2 Md$ au troisième trimestre" is "to the", not Australian. Glued,
    # the letters after the sign mirror a capital prefix: "192 millions $C" ("C$").
    for symbol, code in list(symbols.items()):
        prefix, suffix = symbol[:-1], symbol[1:]
        if symbol.endswith("$") and prefix.isascii() and prefix.isalpha() and prefix.isupper():
            symbols.setdefault(f"${prefix}", code)
        if symbol.endswith("$") and len(prefix) >= 2 and prefix.isascii() and prefix.isalpha():
            suffix = prefix  # "HK$" is also written "$ HK"
            symbols.setdefault(f"{prefix} $", code)
            symbols.setdefault(f"{prefix.lower()} $", code)
        if (symbol.startswith("$") or symbol.endswith("$")) and len(suffix) >= 2 \
                and suffix.isascii() and suffix.isalpha():
            symbols.setdefault(f"$ {suffix}", code)
    return words, symbols


def _named_minor_units(words: Mapping[str, str], majors: Mapping[str, str]
                       ) -> dict[str, str]:
    """A currency's hundredth named as the currency is ("Australian dollars": "Australian
    cents", « dollars australiens »: « cents australiens », 豪ドル: 豪セント): each name of a
    currency with hundredths (CLDR's precision of two digits) whose words (characters, in
    a language written unspaced) hold a word of `majors` ([minor_units_named]), that word
    replaced by its hundredth's. The bare word is left to [minor_units_unnamed]."""
    from babel.numbers import get_currency_precision

    out: dict[str, str] = {}
    for name, code in sorted(words.items()):
        if get_currency_precision(code) != 2:
            continue  # 日元 has no hundredth: no 日分
        tokens = name.split()
        for major, minor in majors.items():
            if len(tokens) > 1 and major in tokens:
                out.setdefault(" ".join(minor if t == major else t for t in tokens), code)
            elif len(tokens) == 1 and name != major and major in name \
                    and any(is_cjk(ch) for ch in major):
                out.setdefault(name.replace(major, minor), code)
    return out


def _lettered_dollars(words: Mapping[str, str], symbols: Mapping[str, str]
                      ) -> dict[str, str]:
    """"10 milliards de dollars HK": the dollar word, then the capital letters that mark a
    dollar other than the US one in its symbol ("HK$", "$HK": "$ HK" among the symbols),
    names that dollar. The dollar words are the one-word names of the US dollar ("dollar",
    "dollars"; a language that writes its words unspaced has none), and the currency must
    be a dollar (one of its names holds a dollar word: not "$CO", a peso). Kept as
    symbols, which match case and all: "dollars au total" is no Australian dollar."""
    dollars = {w for w, code in words.items() if code == "USD" and w.isalpha()
               and not any(is_cjk(ch) for ch in w)}
    named: dict[str, set[str]] = {}
    for word, code in words.items():
        named.setdefault(code, set()).update(word.split())
    out: dict[str, str] = {}
    for symbol, code in symbols.items():
        letters = symbol[2:] if symbol.startswith("$ ") else ""
        if len(letters) >= 2 and letters.isascii() and letters.isalpha() \
                and letters.isupper() and not dollars.isdisjoint(named.get(code, ())):
            for word in sorted(dollars):
                out.setdefault(f"{word} {letters}", code)
    return {k: v for k, v in out.items() if k not in symbols}


@lru_cache(maxsize=1)
def home_symbols() -> Mapping[str, str]:
    """The symbol each living currency has in the locales of the territories that use it
    (CLDR: babel.languages.get_official_languages, Locale.currency_symbols), kept when it
    is unmistakable next to a number: it holds a currency sign ("₽", "GH₵"), or two or
    more letters in mixed case ("Nu.", "Kč", "Ksh"). Symbols that several currencies share
    ("Rs", "kr", "$") and one-letter or all-capital ones ("K", "KM": also initials and
    units) are left out. One CLDR writes with a final dot is kept with and without it
    ("Nu." and "Nu")."""
    # The request names the rule's revision: the cache is keyed by what it is asked and
    # babel's version, not by this code.
    table: dict[str, str] = cldrcache.cached(
        "home-symbols", ["rule-2", list(tender_currencies())], _build_home_symbols)
    return MappingProxyType(table)


def _build_home_symbols() -> dict[str, str]:
    import unicodedata

    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages
    from babel.numbers import get_territory_currencies

    tender = frozenset(tender_currencies())
    seen: dict[str, set[str]] = {}
    dotted: set[str] = set()
    for territory in sorted(Locale.parse("en").territories):
        if len(territory) != 2 or not territory.isalpha():
            continue
        codes = [c for c in get_territory_currencies(territory, tender=True) if c in tender]
        for language in get_official_languages(territory):
            try:
                loc = Locale.parse(f"{language}_{territory}")
            except (UnknownLocaleError, ValueError):
                continue
            for code in codes:
                symbol = loc.currency_symbols.get(code, "").strip()
                if symbol and symbol != code:
                    seen.setdefault(symbol.rstrip(".") or symbol, set()).add(code)
                    dotted.add(symbol)

    def unmistakable(symbol: str) -> bool:
        if any(unicodedata.category(ch) == "Sc" for ch in symbol):
            return True
        letters = [ch for ch in symbol if ch.isalpha()]
        return (len(letters) >= 2 and all(ch.isalpha() or ch == "." for ch in symbol)
                and any(ch.isupper() for ch in letters) and any(ch.islower() for ch in letters)
                and all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters))

    # "Rs." (Sri Lanka) and "Rs" (Mauritius, Pakistan) are one symbol, so both are out.
    return {form: next(iter(codes)) for symbol, codes in sorted(seen.items())
            if len(codes) == 1 and unmistakable(symbol) for form in (symbol, f"{symbol}.")
            if form == symbol or form in dotted}


def _currency_table(sup: Mapping[str, Any]) -> dict[str, Any]:
    table = sup.get("currency_context", {})
    return table if isinstance(table, dict) else {}


def _folded(items: Iterable[object]) -> frozenset[str]:
    return frozenset(str(item).casefold() for item in items)


# CLDR's spans of many years, read as years: "three centuries" is 300 years.
_YEAR_MULTIPLES = {"decade": 10, "century": 100}
# [durations] keys that name a number of years: "decade", "half_century" (半世紀,
# "setengah abad": fifty years, read alone as one phrase of [durations_one] fused) and
# "quarter_century" (四半世紀: twenty-five years); "half_year" (半年) is six months,
# "half_hour" (半小时, « demi-heure », "setengah jam") half an hour (0.5 hour, as "half an
# hour" is read: the same value for alignment).
_YEAR_SPANS: dict[str, tuple[str, int | Decimal]] = {
    "decade": ("year", 10), "half_century": ("year", 50), "quarter_century": ("year", 25),
    "half_year": ("month", 6), "half_hour": ("hour", Decimal("0.5"))}


def _durations(locales: tuple[Locale, ...], excluded: set[str]
               ) -> dict[str, tuple[str, int | Decimal]]:
    """Time-unit words after a number, from CLDR's duration unit patterns: word -> (unit,
    factor). A pattern whose number is glued to more digits ("{0}0 年") or whose word opens
    with a Han numeral ("十年") names no unit word of its own and is skipped."""
    keys: list[tuple[str, str, int]] = [(unit, unit, 1) for unit in _DURATION_KEYS]
    keys += [(key, "year", factor) for key, factor in _YEAR_MULTIPLES.items()]
    words: dict[str, tuple[str, int | Decimal]] = {}
    for loc in locales:
        patterns = loc._data.get("unit_patterns", {})
        for key, unit, factor in keys:
            widths = patterns.get(f"duration-{key}", {})
            for width in ("long", "short"):
                for count, pattern in (widths.get(width) or {}).items():
                    text = str(pattern)
                    after = text.partition("{0}")[2][:1]
                    if count == "per" or after.isdigit():
                        continue
                    word = text.replace("{0}", "").strip(_SPACES).casefold()
                    # One letter and a dot (fr "s." century, "m." month) is no unit word:
                    # after a number it reads as a symbol ("9,58 s", "100 m.").
                    usable = sum(ch.isalpha() for ch in word) >= 2 or (word and is_cjk(word[0]))
                    if usable and word not in excluded and not _han_numeral_start(word):
                        words.setdefault(word, (unit, factor))
    return words


def _qualifiers_before(qualifiers: Mapping[str, Any], cjk: bool) -> dict[str, Qualifier]:
    """The words before a number that bound it, and each of them followed by a verb of
    being that may stand between ("setidaknya ada 12": at least there are 12; 至少有12)."""
    before = _lower_map(qualifiers.get("before", {}))
    joint = "" if cjk else " "
    for verb in qualifiers.get("then_existential", []):
        for phrase, qualifier in list(before.items()):
            before.setdefault(f"{phrase}{joint}{str(verb).casefold()}", qualifier)
    return before


def _han_numeral_start(word: str) -> bool:
    return bool(word) and unicodedata.numeric(word[0], None) is not None


def _unit_patterns(loc: Locale, key: str) -> set[tuple[str, str]]:
    """(prefix, suffix) around the number in a CLDR unit pattern, in every width and plural
    form: '{0} kilomètres' → ('', 'kilomètres'), '時速{0}キロメートル' → ('時速', 'キロメートル').
    Read through babel's public API by formatting sample values and finding the number."""
    from babel.numbers import format_decimal
    from babel.units import UnknownUnitError, format_unit

    found: set[tuple[str, str]] = set()
    for length in ("long", "short", "narrow"):
        for sample in (1, 2, 5, Decimal("1.5"), 1000000):
            try:
                text = format_unit(sample, key, length=length, locale=loc)
            except UnknownUnitError:
                return found
            number = format_decimal(sample, locale=loc)
            at = text.find(number)
            if at < 0:
                continue
            found.add((text[:at].strip(_SPACES), text[at + len(number):].strip(_SPACES)))
    return found


def _unit_pattern_table(loc: Locale, keys: list[str]) -> dict[str, list[tuple[str, str]]]:
    """_unit_patterns of every CLDR unit key in a locale, sorted (cached on disk: slow to
    read)."""
    table = cldrcache.cached(
        "unit-patterns", [str(loc), keys],
        lambda: {key: sorted(_unit_patterns(loc, key)) for key in keys})
    return {key: [(str(p), str(s)) for p, s in pairs] for key, pairs in table.items()}


def _usable_unit_word(word: str, excluded: set[str]) -> bool:
    """One Latin letter or symbol ('m', 't', '#') is too ambiguous after a number."""
    if not word or word.casefold() in excluded or word in excluded:
        return False
    return len(word) >= 2 or is_cjk(word[0])


def _quantities(locales: tuple[Locale, ...], common: Mapping[str, Any],
                sup: Mapping[str, Any]) -> QuantityWords:
    table = common.get("quantities", {})
    own = sup.get("quantities", {})
    excluded = {str(w).casefold() for w in [*table.get("exclude", []), *own.get("exclude", [])]}
    after: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    circumfixes: dict[str, dict[str, str]] = {}
    cldr = {**table.get("cldr", {}), **common.get("quantity_symbols", {}).get("cldr", {})}
    for loc in locales:
        patterns = _unit_pattern_table(loc, sorted(cldr))
        for key, unit in cldr.items():
            for prefix, suffix in patterns.get(key, ()):
                if prefix and suffix:
                    if _usable_unit_word(suffix, excluded):
                        circumfixes.setdefault(prefix, {}).setdefault(suffix, unit)
                elif suffix and _usable_unit_word(suffix, excluded):
                    after.setdefault(suffix, unit)
                elif prefix and _usable_unit_word(prefix, excluded):
                    prefixes.setdefault(prefix, unit)
    # Data wins over CLDR: it corrects a CLDR reading (吨 is a metric tonne in Chinese).
    after.update(table.get("words", {}))
    after.update(own.get("words", {}))
    prefixes.update(own.get("prefixes", {}))
    prefixes.update(own.get("decimal_prefixes", {}))
    for prefix, suffixes in own.get("circumfixes", {}).items():
        circumfixes.setdefault(prefix, {}).update(suffixes)
    symbols = _quantity_symbols(common.get("quantity_symbols", {}),
                                sup.get("quantity_symbols", {}))
    after.update(symbols)
    own_symbols = sup.get("quantity_symbols", {})
    letters = dict(own_symbols.get("letters", {}))
    after.update(letters)
    any_case = frozenset(common.get("quantity_symbols", {}).get("any_case", []))
    fractions = sup.get("unit_fractions", {})
    ambiguous = own.get("ambiguous", {})
    return QuantityWords(
        after=MappingProxyType(after),
        prefixes=MappingProxyType(prefixes),
        circumfixes=MappingProxyType({k: MappingProxyType(v) for k, v in circumfixes.items()}),
        cues=MappingProxyType({k.casefold(): tuple(v)
                               for k, v in own.get("cues", {}).items()}),
        money_strong=tuple(w.casefold() for w in ambiguous.get("money_strong", [])),
        money=tuple(w.casefold() for w in ambiguous.get("money", [])),
        mass=tuple(w.casefold() for w in ambiguous.get("mass", [])),
        length=tuple(w.casefold() for w in ambiguous.get("length", [])),
        mass_readings=MappingProxyType(dict(own.get("mass_readings", {}))),
        cue_readings=MappingProxyType({
            str(word): tuple((str(unit), tuple(str(c).casefold() for c in cues))
                             for unit, cues in sorted(readings.items()))
            for word, readings in own.get("cue_readings", {}).items()}),
        negative=tuple(own.get("negative", [])),
        negative_after=tuple(str(w).casefold() for w in own.get("negative_after", [])),
        decimal_prefixes=frozenset(own.get("decimal_prefixes", {})),
        not_before=MappingProxyType({str(k): tuple(v)
                                     for k, v in own.get("not_before", {}).items()}),
        exact=frozenset(symbols) - any_case,
        any_case=any_case,
        letters=frozenset(letters),
        letter_then=tuple(w.casefold() for w in own_symbols.get("letter_then", [])),
        letter_then_for=MappingProxyType({
            str(k): tuple(w.casefold() for w in v)
            for k, v in own_symbols.get("letter_then_for", {}).items()}),
        fraction_of=tuple(w.casefold() for w in fractions.get("of", [])),
        dimension_links=tuple(own.get("dimension_links", [])),
        dimension_not_before=tuple(w.casefold() for w in own.get("dimension_not_before", [])),
        glued_fractions=MappingProxyType({k: Decimal(str(v))
                                          for k, v in fractions.get("glued", {}).items()}),
        glued_not_before=tuple(fractions.get("glued_not_before", [])),
        fraction_bridges=tuple(fractions.get("bridges", [])),
        per_words=tuple(w.casefold() for w in own.get("per_words", [])),
        # (longest first: 可達 before its 達)
        circumfix_gaps=tuple(sorted(own.get("circumfix_gaps", []), key=len, reverse=True)),
    )


def _quantity_symbols(common: Mapping[str, Any], own: Mapping[str, Any]) -> dict[str, str]:
    """SI-prefixed unit symbols (GHz, MB) and data rates over a second word (Mbit/s,
    Mbit/detik) → pint units."""
    found = {**common.get("words", {}), **own.get("words", {})}
    seconds = [*common.get("second", []), *own.get("second", [])]
    for symbol, unit in {**common.get("per_second", {}), **own.get("per_second", {})}.items():
        for second in seconds:
            found[f"{symbol}/{second}"] = f"{unit} / second"
    return found


def _decimal_pairs(table: Mapping[str, Any]) -> dict[str, tuple[Decimal, Decimal]]:
    return {k.casefold(): (Decimal(str(v[0])), Decimal(str(v[1]))) for k, v in table.items()}


def _lower_map(table: Mapping[str, Any]) -> dict[str, Any]:
    return {str(k).casefold(): v for k, v in table.items()}


@lru_cache(maxsize=64)
def get_profile(code: str) -> LanguageProfile:
    """The profile of a language code ('en', 'fr', 'zh' …); unknown codes fall back to CLDR
    alone when babel knows the locale, else to English notation. Built once and kept on
    disk (lang/tablecache.py): a later run reads it back without loading babel."""
    code = code.lower().split("-")[0].split("_")[0] or "en"
    return tablecache.cached("profile", code, lambda: _build_profile(code))


def _build_profile(code: str) -> LanguageProfile:
    locales = _locales(code) or _locales("en")
    common = _read_toml("common")
    sup = _read_toml(code)
    nums = sup.get("numbers", {})
    dates = sup.get("dates", {})
    symbols_latn = locales[0].number_symbols.get("latn", {})

    long_scales, short_scales = _compact_scales(locales)
    extra_scales = {k: Decimal(str(v)) for k, v in nums.get("scales", {}).items()}
    for word, value in extra_scales.items():
        if word.isascii() and len(word) <= 3:
            short_scales.setdefault(word, value)
        else:
            long_scales.setdefault(word.casefold(), value)

    # The language's own small words and unit words are never currency symbols ("Le" is
    # Sierra Leone's, "Ft" Hungary's).
    quantities = _quantities(locales, common, sup)
    taken = _folded([*nums.get("articles", []), *sup.get("counts", {}).get("skip", []),
                     *sup.get("counts", {}).get("determiners", []),
                     *sup.get("coordination", {}).get("words", []), *quantities.after])
    cur_words, cur_symbols = _currencies(locales, common.get("currencies", {}), taken)
    cur_words.update(_lower_map({k: v for k, v in sup.get("currencies", {}).items()
                                 if isinstance(v, str)}))
    cur_symbols.update(sup.get("currencies", {}).get("symbols", {}))
    cur_symbols.update(_lettered_dollars(cur_words, cur_symbols))
    dropped = sup.get("currencies", {}).get("dropped", [])
    for name, currency in _without_words(cur_words, dropped).items():
        cur_words.setdefault(name, currency)
    cur_context = _currency_table(sup)
    # A word many currencies' names share has no currency of its own (迪拉姆: the dirhams
    # of the Emirates and of Morocco): the document settles it ([currency_context]
    # ambiguous_words), whatever a name CLDR shortens to it says.
    for word in _folded(cur_context.get("ambiguous_words", [])):
        cur_words.pop(word, None)
    own = sup.get("currency_nouns", {})
    if own.get("position") in ("first", "last"):
        skip = taken | _folded([*own.get("exclude", []),
                                *cur_context.get("ambiguous_words", []),
                                *cur_context.get("needs_context", [])])
        for loc in locales:
            for word, currency in _latin_bases(
                    _currency_name_table(loc), own["position"] == "first",
                    frozenset(common.get("currencies", {}).get("bases_exclude", [])),
                    skip).items():
                cur_words.setdefault(word, currency)
    # Symbols common.toml shares between currencies are shared in every language, even
    # one whose CLDR locale gives the symbol to one of them ("Rs" is INR's in id).
    shared_everywhere = dict(common.get("currencies", {}).get("shared_symbols", {}))

    excluded = {str(dates.get("month", "")), str(dates.get("day", ""))} - {""}
    excluded |= set(sup.get("durations_exclude", {}).get("words", []))
    # A suffix that makes a number an ordinal is no time unit (ja 3世紀: the 3rd century).
    excluded |= {str(w).casefold() for w in nums.get("ordinal_suffixes", [])}
    durations = _durations(locales, excluded)
    for unit, words in sup.get("durations", {}).items():
        base, factor = _YEAR_SPANS.get(unit, (unit, 1))
        for word in words:
            durations[str(word).casefold()] = (base, factor)

    forms = sup.get("date_forms", {})
    months = _months(locales)
    months.update(_lower_map(forms.get("month_variants", {})))
    order, separators = _numeric_date_order(locales)
    eras = sup.get("eras", {})

    relative = {
        phrase.casefold(): RelativeSpec(phrase, spec["unit"], int(spec["offset"]),
                                        cast(RelativeRef, spec["ref"]))
        for phrase, spec in sup.get("relative", {}).items()
    }
    qualifiers = sup.get("qualifiers", {})
    multipliers = sup.get("multipliers", {})
    percent = sup.get("percent", {})
    ranges = sup.get("ranges", {})
    cjk_forms = sup.get("cjk_count_forms", {})
    return LanguageProfile(
        code=code,
        decimal=str(symbols_latn.get("decimal", ".")),
        group=str(symbols_latn.get("group", ",")),
        cjk=code in ("ja", "zh", "ko"),
        scales=MappingProxyType(long_scales),
        short_scales=MappingProxyType(short_scales),
        fused_scales=MappingProxyType(
            {k.casefold(): Decimal(str(v)) for k, v in nums.get("fused_scales", {}).items()}
        ),
        number_words=MappingProxyType(_lower_map(nums.get("words", {}))),
        articles=frozenset(a.casefold() for a in nums.get("articles", [])),
        linkers=tuple(nums.get("linkers", [])),
        han_digits=MappingProxyType(dict(nums.get("han_digits", {}))),
        han_units=MappingProxyType(dict(nums.get("han_units", {}))),
        han_unread=str(nums.get("han_unread", "")),
        han_unread_before=str(nums.get("han_unread_before", "")),
        han_elided_place=bool(nums.get("han_elided_place", True)),
        counters=MappingProxyType(dict(nums.get("counters", {}))),
        ordinal_prefixes=tuple(nums.get("ordinal_prefixes", [])),
        ordinal_suffixes=tuple(nums.get("ordinal_suffixes", [])),
        several=MappingProxyType(_decimal_pairs(sup.get("several", {}))),
        several_noun_heads=frozenset(sup.get("several_noun_heads", {}).get("chars", [])),
        several_noun_words=tuple(sup.get("several_noun_heads", {}).get("words", [])),
        currency_words=MappingProxyType(cur_words),
        currency_symbols=MappingProxyType(
            {k: v for k, v in cur_symbols.items() if k not in shared_everywhere}),
        currency_needs_context=_folded(cur_context.get("needs_context", [])),
        currency_local_words=tuple(w.casefold() for w in cur_context.get("local_words", [])),
        currency_scaled_enough=_folded(cur_context.get("scaled_enough", [])),
        currency_scaled_not_before=_folded(cur_context.get("scaled_not_before", [])),
        currency_ambiguous=MappingProxyType({
            **_shared_currency_words(locales, cur_context.get("ambiguous_words", [])),
            **{str(k).casefold(): tuple(str(c) for c in v)
               for k, v in cur_context.get("ambiguous", {}).items()}}),
        currency_defaulted=MappingProxyType({
            word: tuple(c for c in codes if c != cur_words.get(word))
            for word, codes in _shared_currency_words(
                locales, cur_context.get("defaulted", [])).items()
            if word in cur_words}),
        currency_symbols_shared=MappingProxyType({
            **{str(k): tuple(str(c) for c in v)
               for k, v in sup.get("currencies", {}).get("shared_symbols", {}).items()
               if k not in cur_symbols},
            **{str(k): tuple(str(c) for c in v) for k, v in shared_everywhere.items()}}),
        currency_generic=_folded(cur_context.get("generic", [])),
        currency_generic_regional=tuple(str(c) for c in cur_context.get("regional", [])),
        currency_cues_after=bool(cur_context.get("cues_after", False)),
        country_names=MappingProxyType({
            str(k): tuple(str(n).casefold() for n in v)
            for k, v in cur_context.get("country_names", {}).items()}),
        money_cues=tuple(str(w).casefold() for w in cur_context.get("cues", [])),
        percent_signs=tuple(common.get("percent", {}).get("signs", ["%"])),
        percent_words=tuple(w.casefold() for w in percent.get("words", [])),
        percent_prefixes=tuple(percent.get("prefix", [])),
        percent_negative=tuple(percent.get("negative", [])),
        percent_not_negative=tuple(percent.get("not_negative", [])),
        percent_margin=tuple(percent.get("margin", [])),
        percent_points=tuple(w.casefold() for w in percent.get("points", [])),
        percent_points_to=tuple(w.casefold() for w in percent.get("points_to", [])),
        percent_points_change_before=tuple(
            w.casefold() for w in percent.get("points_change_before", [])),
        percent_points_of=tuple(w.casefold() for w in percent.get("points_of", [])),
        percent_points_change_after=tuple(
            w.casefold() for w in percent.get("points_change_after", [])),
        percent_rate_nouns=tuple(percent.get("rate_nouns", [])),
        percent_band_nouns=tuple(percent.get("band_nouns", [])),
        percent_rate_verbs=tuple(percent.get("rate_verbs", [])),
        percent_rate_widths=tuple(percent.get("rate_widths", [])),
        percent_rate_bases=tuple(percent.get("rate_bases", [])),
        percent_rate_links=tuple(percent.get("rate_links", [])),
        qualifiers_before=MappingProxyType(
            _qualifiers_before(qualifiers, code in ("ja", "zh", "ko"))),
        qualifiers_after=MappingProxyType(_lower_map(qualifiers.get("after", {}))),
        qualifiers_before_spans=MappingProxyType(_lower_map(qualifiers.get("before_spans", {}))),
        qualifiers_in_units=MappingProxyType(_lower_map(qualifiers.get("in_units", {}))),
        range_connectors=tuple(dict.fromkeys(
            [*ranges.get("connectors", []), *common.get("ranges", {}).get("symbols", [])]
        )),
        range_openers=tuple(ranges.get("openers", [])),
        range_between=MappingProxyType(_lower_map(ranges.get("between", {}))),
        range_between_after=MappingProxyType({
            str(k): tuple(v) for k, v in ranges.get("between_after", {}).items()}),
        durations=MappingProxyType(durations),
        multiplier_suffixes=tuple(dict.fromkeys(
            [*multipliers.get("suffixes", []),
             *common.get("multipliers", {}).get("suffixes", [])]
        )),
        multiplier_words=MappingProxyType(_lower_map(multipliers.get("words", {}))),
        multiplier_several=tuple(w.casefold() for w in multipliers.get("several", [])),
        multiplier_how_often=tuple(
            w.casefold() for w in multipliers.get("several_how_often", [])),
        multiplier_prefixes=tuple(multipliers.get("prefixes", [])),
        multiplier_divisors=tuple(multipliers.get("divisors", [])),
        multiplier_inverse_after=tuple(multipliers.get("inverse_after", [])),
        multiplier_plus_one_after=tuple(multipliers.get("plus_one_after", [])),
        share_data=MappingProxyType(dict(sup.get("shares", {}))),
        multiplier_of_base=tuple(w.casefold() for w in multipliers.get("of_base", [])),
        months=MappingProxyType(months),
        date_year=str(dates.get("year", "")),
        date_month=str(dates.get("month", "")),
        lunar_before=tuple(dates.get("lunar_before", [])),
        lunar_after=tuple(dates.get("lunar_after", [])),
        named_days=MappingProxyType({
            str(k): (int(str(v)[:2]), int(str(v)[3:5]))
            for k, v in sup.get("named_days", {}).get("days", {}).items()}),
        date_day=str(dates.get("day", "")),
        date_end_of=tuple(dates.get("end_of", [])),
        relative=MappingProxyType(relative),
        count_skip=frozenset(w.casefold() for w in sup.get("counts", {}).get("skip", [])),
        ratio_links=tuple(sup.get("ratios", {}).get("links", [])),
        ratio_every=tuple(sup.get("ratios", {}).get("every", [])),
        ratio_noun_counters=tuple(sup.get("ratios", {}).get("noun_counters", [])),
        ratio_noun_links=tuple(sup.get("ratios", {}).get("noun_links", [])),
        count_stop=frozenset(w.casefold() for w in sup.get("counts", {}).get("stop", []))
        - {w.casefold() for w in ranges.get("connectors", [])},
        scaled_links=tuple(w.casefold() for w in sup.get("counts", {}).get("scaled_links", [])),
        count_half_after=tuple(sup.get("counts", {}).get("half_after", [])),
        determiners=frozenset(
            w.casefold() for w in sup.get("counts", {}).get("determiners", [])
        ),
        pair_references=tuple(sup.get("counts", {}).get("pair_references", [])),
        partitive=frozenset(
            w.casefold() for w in sup.get("counts", {}).get("partitive", [])
        ),
        noun_of_articles=frozenset(
            w.casefold() for w in sup.get("counts", {}).get("noun_of_articles", [])),
        noun_of_links=frozenset(
            w.casefold() for w in sup.get("counts", {}).get("noun_of_links", [])),
        noun_of_large_links=frozenset(
            w.casefold() for w in sup.get("counts", {}).get("noun_of_large_links", [])),
        noun_of_not=frozenset(
            w.casefold() for w in sup.get("counts", {}).get("noun_of_not", [])),
        count_genitive=str(sup.get("counts", {}).get("genitive", "")),
        count_genitive_not=tuple(sup.get("counts", {}).get("genitive_not", [])),
        count_glued=bool(sup.get("counts", {}).get("glued", False)),
        count_glued_not=tuple(sup.get("counts", {}).get("glued_not", [])),
        count_glued_not_ending=tuple(sup.get("counts", {}).get("glued_not_ending", [])),
        count_tallies=tuple(sorted(
            (str(counter), tuple(templates))
            for counter, templates in sup.get("counts", {}).get("tallies", {}).items())),
        date_order=order,
        date_separators=separators,
        date_day_markers=tuple(forms.get("day_markers", [])),
        date_links=tuple(forms.get("month_year_links", [])),
        date_day_links=tuple(forms.get("day_month_links", [])),
        date_relative_year_links=tuple(forms.get("relative_year_links", [])),
        date_relative_day_before=tuple(forms.get("relative_day_before", [])),
        date_relative_day_links=MappingProxyType(dict(forms.get("relative_day_links", {}))),
        date_clause_breaks=frozenset(w.casefold() for w in forms.get("clause_breaks", [])),
        date_present_markers=tuple(w.casefold() for w in forms.get("present_markers", [])),
        date_dateline_after=tuple(forms.get("dateline_after", [])),
        date_short_year_after=tuple(forms.get("short_year_after", [])),
        date_short_year_not_before=tuple(forms.get("short_year_not_before", [])),
        date_short_year_not_after=tuple(forms.get("short_year_not_after", [])),
        date_short_year_point_after=tuple(forms.get("short_year_point_after", [])),
        date_short_year_case_after=tuple(forms.get("short_year_case_after", [])),
        date_coordinators=tuple(forms.get("coordinators", [])),
        date_year_marker_prefixes=tuple(forms.get("year_marker_prefixes", [])),
        date_pair_after=tuple(sup.get("date_pairs", {}).get("after_second_day", [])),
        date_day_and=tuple(sup.get("date_pairs", {}).get("day_and", [])),
        date_span_links=tuple(sup.get("date_pairs", {}).get("span_links", [])),
        date_after_span_day=frozenset(
            w.casefold() for w in sup.get("date_pairs", {}).get("after_span_day", [])),
        date_respectively_before=tuple(
            sup.get("date_pairs", {}).get("respectively_before", [])),
        short_year_before=tuple(sup.get("short_years", {}).get("before", [])),
        short_year_after=tuple(sup.get("short_years", {}).get("after", [])),
        short_year_opening_after=tuple(sup.get("short_years", {}).get("opening_after", [])),
        short_year_not_after=tuple(sup.get("short_years", {}).get("not_after", [])),
        short_year_words_after=frozenset(
            w.casefold() for w in sup.get("short_years", {}).get("after_day_month", [])),
        era_before=tuple(sup.get("eras_common", {}).get("before", [])),
        era_after=tuple(sup.get("eras_common", {}).get("after", [])),
        era_bc_before=tuple(sup.get("eras_common", {}).get("bc_before", [])),
        era_bc_after=tuple(sup.get("eras_common", {}).get("bc_after", [])),
        era_bc_repeat=tuple(sup.get("eras_common", {}).get("bc_repeat", [])),
        date_decades=tuple(forms.get("decade_after", [])),
        date_periods=tuple(forms.get("approx_before", [])),
        eras=MappingProxyType(_eras(eras.get("names", {}))),
        era_first_year=tuple(eras.get("first_year", [])),
        relative_not_before=tuple(sup.get("relative_exclude", {}).get("followers", [])),
        relative_from_words=tuple(sup.get("relative_exclude", {}).get("from_words", [])),
        relative_object_words=tuple(sup.get("relative_exclude", {}).get("object_words", [])),
        relative_genitive=str(sup.get("relative_exclude", {}).get("genitive", "")),
        relative_week_not_before=tuple(
            sup.get("relative_exclude", {}).get("week_followers", [])),
        relative_not_after=tuple(sup.get("relative_exclude", {}).get("preceders", [])),
        relative_week_not_after=tuple(
            w.casefold() for w in sup.get("relative_exclude", {}).get("week_preceders", [])),
        relative_month_not_after=tuple(
            sup.get("relative_exclude", {}).get("month_preceders", [])),
        date_asides_before=tuple(forms.get("aside_before", [])),
        date_asides_after=tuple(forms.get("aside_after", [])),
        year_modifier_before=tuple(forms.get("year_modifier_before", [])),
        year_modifier_after=tuple(forms.get("year_modifier_after", [])),
        year_modifier_within=tuple(forms.get("year_modifier_within", [])),
        year_modifier_within_links=tuple(forms.get("year_modifier_within_links", [])),
        date_decade_before=tuple(sup.get("decades", {}).get("before", [])),
        date_decade_suffixes=tuple(sup.get("decades", {}).get("suffixes", [])),
        date_centuries=tuple(sup.get("decades", {}).get("centuries", [])),
        date_range_connectors=tuple(sup.get("date_ranges", {}).get("connectors", [])),
        date_range_between_links=tuple(sup.get("date_ranges", {}).get("between_links", [])),
        date_year_before=tuple(sup.get("years", {}).get("before", [])),
        months_wide=MappingProxyType(_months_wide(locales)),
        date_range_openers=tuple(sup.get("date_ranges", {}).get("openers", [])),
        date_ambiguous_months=tuple(
            w.casefold() for w in sup.get("date_ranges", {}).get("ambiguous_months", [])),
        date_ambiguous_month_after=frozenset(
            w.casefold() for w in sup.get("date_ranges", {}).get("ambiguous_month_after", [])),
        unit_false_friends=tuple(sup.get("unit_false_friends", {}).get("words", [])),
        counter_ordinal_after=tuple(cjk_forms.get("counter_ordinal_after", [])),
        duration_one_not_before=tuple(cjk_forms.get("duration_one_not_before", [])),
        duration_one_not_after=tuple(cjk_forms.get("duration_one_not_after", [])),
        duration_not_before=tuple([*cjk_forms.get("duration_not_before", []),
                                   *sup.get("durations_exclude", {}).get("not_before", [])]),
        weekday_before=tuple(cjk_forms.get("weekday_before", [])),
        day_duration_before=tuple(cjk_forms.get("day_duration_before", [])),
        day_duration_not_before=tuple(cjk_forms.get("day_duration_not_before", [])),
        fraction_markers=tuple(cjk_forms.get("fraction_markers", [])),
        average_words=tuple(cjk_forms.get("average_words", [])),
        proportion_after=tuple(cjk_forms.get("proportion_after", [])),
        vague_links=tuple(cjk_forms.get("vague_links", [])),
        one_durations=MappingProxyType(
            _lower_map(sup.get("durations_one", {}).get("fused", {}))),
        range_alternatives=tuple(ranges.get("alternatives", [])),
        band_after=tuple(qualifiers.get("band_after", [])),
        span_tails=MappingProxyType({
            str(word).casefold(): (str(spec["unit"]), tuple(str(w) for w in spec["after"]))
            for word, spec in sup.get("span_tails", {}).items()}),
        span_tails_digits=MappingProxyType({
            str(word).casefold(): (tuple(str(w) for w in spec.get("not_before", [])),
                                   tuple(str(w) for w in spec.get("not_after", [])))
            for word, spec in sup.get("span_tails", {}).items() if spec.get("digits")}),
        span_tails_before=MappingProxyType({
            str(word).casefold(): tuple(str(w) for w in spec["before"])
            for word, spec in sup.get("span_tails", {}).items() if spec.get("before")}),
        rate_words=_folded(sup.get("durations_one", {}).get("rate_before", [])),
        one_idioms=_folded(sup.get("durations_one", {}).get("idioms", [])),
        price_level_before=_folded(sup.get("price_level", {}).get("before", [])),
        price_level_links=tuple(sup.get("price_level", {}).get("links", [])),
        several_counts=_folded(sup.get("several_counts", {}).get("words", [])),
        several_generic=_folded(sup.get("several_counts", {}).get("generic_nouns", [])),
        coordinators=_folded(sup.get("coordination", {}).get("words", [])),
        several_not_after=_folded(sup.get("several_counts", {}).get("not_after", [])),
        several_period_before=tuple(sup.get("several_counts", {}).get("period_before", [])),
        several_not_initial=bool(sup.get("several_counts", {}).get("not_initial", False)),
        rate_articles=_folded(sup.get("durations_one", {}).get("rate_articles", [])),
        ordinal_units=_folded(sup.get("durations_one", {}).get("ordinal_units", [])),
        one_span_before=_folded(sup.get("durations_one", {}).get("span_before", [])),
        one_span_after=_folded(sup.get("durations_one", {}).get("span_after", [])),
        one_modified_nouns=_folded(sup.get("durations_one", {}).get("modified_nouns", [])),
        one_span_after_amount=tuple(
            w.casefold() for w in sup.get("durations_one", {}).get("after_amount", [])),
        one_span_compared=_folded(sup.get("durations_one", {}).get("compared", [])),
        one_span_same=_folded(sup.get("durations_one", {}).get("same", [])),
        one_span_base_before=tuple(sup.get("durations_one", {}).get("base_before", [])),
        one_span_base_after=tuple(sup.get("durations_one", {}).get("base_after", [])),
        one_span_base_after_number=tuple(
            sup.get("durations_one", {}).get("base_after_number", [])),
        rate_links=_folded(sup.get("durations_one", {}).get("rate_links", [])),
        spelled=_spelled(sup.get("spelled", {}), long_scales),
        weekdays=_weekdays(locales),
        vague=MappingProxyType(_decimal_pairs(sup.get("vague", {}))),
        casualty_words=frozenset(
            w.casefold() for w in sup.get("casualties", {}).get("words", [])
        ),
        casualty_verbs=frozenset(
            w.casefold() for w in sup.get("casualties", {}).get("verbs", [])
        ),
        casualty_counters=MappingProxyType(
            dict(sup.get("casualties", {}).get("counters", {}))
        ),
        counters_not=tuple(sup.get("counters_not", {}).get("words", [])),
        counters_han_words=frozenset(sup.get("counters_not", {}).get("han_words", [])),
        tenths=MappingProxyType(
            {k: (int(v[0]), int(v[1])) for k, v in percent.get("tenths", {}).items()}
        ),
        tenths_not=tuple(percent.get("tenths_not", [])),
        hundredths=tuple(percent.get("hundredths", [])),
        thousandths=tuple(percent.get("thousandths", [])),
        hundredth_digit=bool(percent.get("hundredth_digit", False)),
        qualifier_false_friends=tuple(
            w.casefold() for w in qualifiers.get("false_friends", [])
        ),
        qualifier_gap_blockers=tuple(qualifiers.get("gap_blockers", [])),
        qualifier_across_of=MappingProxyType(
            {str(k): str(v) for k, v in qualifiers.get("across_of", {}).items()}),
        qualifier_across_of_link=str(qualifiers.get("across_of_link", "")),
        qualifier_no_gap=frozenset(qualifiers.get("no_gap", [])),
        qualifier_comparative_after=frozenset(qualifiers.get("comparative_after", [])),
        qualifier_record_before=tuple(qualifiers.get("record_before", [])),
        qualifier_compared_after=frozenset(qualifiers.get("compared_after", [])),
        qualifier_reference_before=tuple(qualifiers.get("reference_before", [])),
        qualifier_limit_after=tuple(qualifiers.get("limit_after", [])),
        qualifier_comparatives=frozenset(
            w.casefold() for w in qualifiers.get("comparatives", [])
        ),
        qualifier_periods=frozenset(w.casefold() for w in qualifiers.get("periods", [])),
        nonclaims=_nonclaim_words(sup.get("nonclaims", {})),
        quantities=quantities,
        date_before_number=bool(sup.get("scope", {}).get("date_before_number", False)),
        unread_after=_folded(sup.get("unread_after", {}).get("words", [])),
        unread_nouns=_folded(sup.get("unread_after", {}).get("nouns", [])),
        scales_money_only=tuple(nums.get("scales_money_only", [])),
        decimal_words=_folded(nums.get("decimal_words", [])),
        torn_points=_folded([*nums.get("decimal_words", []), *nums.get("unread_points", [])]),
        point_decimal_before=tuple(nums.get("point_decimal_before", [])),
        zero_words=_folded(nums.get("zero_words", [])),
        decimal_not_before=frozenset(nums.get("decimal_not_before", [])),
        minor_units=MappingProxyType({
            **{str(w).casefold(): tuple(common.get("minor_units_unnamed", {}).get(
                "currencies", [])) for w in sup.get("minor_units_unnamed", {}).get("words", [])},
            **_named_minor_units(cur_words, _lower_map(
                sup.get("minor_units_named", {}).get("majors", {}))),
            **{k.casefold(): tuple(v) if isinstance(v, list) else str(v)
               for k, v in sup.get("minor_units", {}).items()}}),
        negators=_folded(sup.get("negation", {}).get("words", [])),
        negation_breaks=_folded(sup.get("negation", {}).get("breaks", [])),
        negation_restrictive=tuple(
            w.casefold() for w in sup.get("negation", {}).get("restrictive", [])),
        negation_restrictive_before=_folded(
            sup.get("negation", {}).get("restrictive_before", [])),
        measure_prefixes=tuple(
            w.casefold() for w in sup.get("unread_after", {}).get("prefixes", [])),
        several_approx=_folded(sup.get("several_approx", {}).get("words", [])),
        rate_per=tuple([*sup.get("rates", {}).get("per", []),
                        *sup.get("rates", {}).get("per_scale", [])]),
        rate_per_scale=tuple(w.casefold() for w in sup.get("rates", {}).get("per_scale", [])),
        rate_exchange_links=tuple(sup.get("rates", {}).get("exchange_links", [])),
        rate_quote_per=tuple(w.casefold() for w in sup.get("rates", {}).get("quote_per", [])),
        currency_instrument_nouns=frozenset(
            w.casefold() for w in sup.get("currency_context", {}).get("instrument_nouns", [])),
        rate_after=tuple(sup.get("rates", {}).get("after", [])),
        rate_one_after=tuple(sup.get("rates", {}).get("one_after", [])),
        weekday_numbers=MappingProxyType(_weekday_numbers(locales)),
        day_after=tuple(sup.get("date_forms", {}).get("day_after", [])),
        day_before=tuple(sup.get("date_forms", {}).get("day_before", [])),
        day_not_before=tuple(sup.get("date_forms", {}).get("day_not_before", [])),
        day_not_after=tuple(sup.get("date_forms", {}).get("day_not_after", [])),
        weekday_names=MappingProxyType({
            str(w).casefold(): n for w, n in _weekday_numbers(locales).items()
            if str(w).casefold() in {str(x).casefold()
                                     for x in sup.get("weekdays", {}).get("names", [])}}),
        weekday_not_after=tuple(str(w).casefold()
                                for w in sup.get("weekdays", {}).get("not_after", [])),
        weekday_future=tuple(str(w).casefold()
                             for w in sup.get("weekdays", {}).get("future", [])),
        weekday_guarded=MappingProxyType({
            str(w).casefold(): n for w, n in _weekday_numbers(locales).items()
            if str(w).casefold() in {str(x).casefold()
                                     for x in sup.get("weekdays", {}).get("guarded", [])}}),
        weekday_guarded_after=_folded(sup.get("weekdays", {}).get("guarded_after", [])),
        weekday_guarded_not_before=_folded(
            sup.get("weekdays", {}).get("guarded_not_before", [])),
        streaks=_streaks(sup.get("streaks", {})),
        duration_adjectives=tuple(sup.get("duration_adjectives", {}).get("words", [])),
        territory_currencies=MappingProxyType(
            _territory_currencies(locales) if cur_context.get("generic") else {}),
        territory_names=frozenset(
            n for loc in locales for n in loc.territories.values() if len(n) >= 2
        ) if code in ("ja", "zh", "ko") else frozenset(),
        occurrence_suffixes=_folded(sup.get("occurrences", {}).get("suffixes", [])),
        occurrence_words=_folded(sup.get("occurrences", {}).get("words", [])),
        occurrence_compare=tuple(sup.get("occurrences", {}).get("compare_after", [])),
        occurrence_close=tuple(sup.get("occurrences", {}).get("close", [])),
        occurrence_possessive=tuple(sup.get("occurrences", {}).get("possessive", [])),
        versus_words=frozenset(w.casefold() for w in sup.get("compare", {}).get("versus", [])),
        span_offset_after=tuple(sup.get("durations_one", {}).get("offset_after", [])),
        versus_then=frozenset(w.casefold() for w in sup.get("compare", {}).get("then", [])),
        versus_restate=frozenset(
            w.casefold() for w in sup.get("compare", {}).get("restate", [])),
        change_from=frozenset(w.casefold() for w in sup.get("compare", {}).get("change_from", [])),
        part_of=tuple(w.casefold() for w in sup.get("compare", {}).get("part_of", [])),
        occurrence_change=_folded(sup.get("occurrences", {}).get("change_before", [])),
    )


def _nonclaim_words(table: Mapping[str, Any]) -> NonClaimWords:
    after = {str(w).casefold(): True for w in table.get("clock_after", [])}
    after.update({str(w).casefold(): False for w in table.get("clock_after_not", [])})
    return NonClaimWords(
        clock_before=tuple(w.casefold() for w in table.get("clock_before", [])),
        day_time_after=tuple(table.get("day_time_after", [])),
        clock_after=MappingProxyType(after),
        clock_hhmm=tuple(w.casefold() for w in table.get("clock_hhmm", [])),
        clock_before_hhmm=tuple(w.casefold() for w in table.get("clock_before_hhmm", [])),
        clock_from=tuple(w.casefold() for w in table.get("clock_from", [])),
        clock_span_after=tuple(w.casefold() for w in table.get("clock_span_after", [])),
        clock_templates=tuple(str(t) for t in table.get("clock_templates", [])),
        age_before=tuple(w.casefold() for w in table.get("age_before", [])),
        age_person=tuple(w.casefold() for w in table.get("age_person", [])),
        age_people=tuple(w.casefold() for w in table.get("age_people", [])),
        age_verbs=tuple(w.casefold() for w in table.get("age_verbs", [])),
        age_have=tuple(w.casefold() for w in table.get("age_have", [])),
        age_have_not_after=frozenset(w.casefold() for w in table.get("age_have_not_after", [])),
        age_at=tuple(w.casefold() for w in table.get("age_at", [])),
        age_at_not_before=frozenset(w.casefold() for w in table.get("age_at_not_before", [])),
        age_at_not_after=frozenset(w.casefold() for w in table.get("age_at_not_after", [])),
        age_after=tuple(w.casefold() for w in table.get("age_after", [])),
        age_apposition=tuple(w.casefold() for w in table.get("age_apposition", [])),
        age_name_link=tuple(w.casefold() for w in table.get("age_name_link", [])),
        age_change_nouns=tuple(w.casefold() for w in table.get("age_change_nouns", [])),
        age_change_from=tuple(w.casefold() for w in table.get("age_change_from", [])),
        age_change_to=tuple(w.casefold() for w in table.get("age_change_to", [])),
        # Labels of a table or figure, and of a scale whose grades are no amounts (震度6強).
        reference_words=tuple(w.casefold() for w in (*table.get("reference_words", []),
                                                     *table.get("grade_words", []))),
        digit_words=tuple(w.casefold() for w in table.get("digit_words", [])),
        street_links=tuple(table.get("street_links", [])),
        score_words=tuple(w.casefold() for w in table.get("score_words", [])),
        tallies=tuple(table.get("tallies", [])),
        base_periods=tuple(table.get("base_periods", [])),
        base_offsets=tuple(table.get("base_offsets", [])),
        phone_before=tuple(w.casefold() for w in table.get("phone_before", [])),
    )


# --- site furniture ---------------------------------------------------------------------------

_CUE_MODES = ("line", "start", "phrase", "counter")


def fold_cue(text: str) -> str:
    """Text as furniture cues are matched: case-folded, one space between words, no space
    before a colon, full-width colons as ":" ("À lire aussi :" → "à lire aussi:")."""
    folded = " ".join(text.casefold().replace("：", ":").split())
    return folded.replace(" :", ":")


@dataclass(frozen=True)
class FurnitureCues:
    """Words of site furniture ("Read more", "Partager", "関連記事"), each with a reason code.

    `lines` are whole lines, `starts` begin a short line (longest first), `phrases` may stand
    anywhere in a paragraph, `counters` follow or precede a number in a short field ("4
    views"). All are folded with fold_cue.
    """

    lines: Mapping[str, str]
    starts: tuple[tuple[str, str], ...]
    phrases: tuple[tuple[str, str], ...]
    counters: Mapping[str, str]
    # `starts` by their first character, in their order, each with the empty cue if any
    # (under "": what a line opening with no cue's character may begin with): a line is
    # checked against the cues it may begin with only.
    starts_by_first: Mapping[str, tuple[tuple[str, str], ...]] = field(
        init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        firsts = {"", *(cue[:1] for cue, _ in self.starts)}
        object.__setattr__(self, "starts_by_first", MappingProxyType({
            first: tuple(item for item in self.starts if item[0][:1] in ("", first))
            for first in sorted(firsts)}))

    @property
    def reasons(self) -> frozenset[str]:
        found = {*self.lines.values(), *self.counters.values()}
        found.update(reason for _, reason in (*self.starts, *self.phrases))
        return frozenset(found)


@lru_cache(maxsize=1)
def street_words() -> tuple[str, ...]:
    """The [nonclaims] street_words of every language file, merged and sorted: a story of
    Jakarta in English or French writes "27 Jalan Pahlawan", one of Paris in Indonesian "27
    Rue de Rivoli" (a house number of the street's own language, whatever the text's)."""
    found: set[str] = set()
    for code in supported_languages():
        found.update(str(w) for w in _read_toml(code).get("nonclaims", {}).get("street_words", []))
    return tuple(sorted(found))


@lru_cache(maxsize=1)
def furniture_cues() -> FurnitureCues:
    """The [boilerplate] cues of every language file, merged.

    Every page is matched against all of them: a French blog shows "Related Posts", a
    Chinese page an English cookie banner. Cues are specific UI strings, so one language's
    cue is not another's running text. Kept on disk between runs (lang/tablecache.py).
    """
    return tablecache.cached("furniture", "*", _furniture_cues)


def _furniture_cues() -> FurnitureCues:
    modes: dict[str, dict[str, str]] = {mode: {} for mode in _CUE_MODES}
    for code in supported_languages():
        table = _read_toml(code).get("boilerplate", {})
        for mode in _CUE_MODES:
            for reason, cues in sorted(table.get(mode, {}).items()):
                for cue in cues:
                    modes[mode].setdefault(fold_cue(str(cue)), str(reason))

    def longest_first(cues: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(cues.items(), key=lambda item: (-len(item[0]), item[0])))

    return FurnitureCues(
        lines=MappingProxyType(modes["line"]),
        starts=longest_first(modes["start"]),
        phrases=longest_first(modes["phrase"]),
        counters=MappingProxyType(modes["counter"]),
    )


__all__ = [
    "FurnitureCues",
    "LanguageProfile",
    "NonClaimWords",
    "QuantityWords",
    "RelativeSpec",
    "SpelledWords",
    "currency_codes",
    "fold_cue",
    "furniture_cues",
    "get_profile",
    "street_words",
    "supported_languages",
    "tender_currencies",
]

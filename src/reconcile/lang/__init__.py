"""Language profiles: what the extractor knows of each language, from CLDR plus a supplement.

CLDR (through babel) supplies number symbols, compact scale words (million, milliard, juta,
万, 億, 亿 …), month names, currency names and symbols, and duration unit words. What CLDR
lacks (qualifier phrases, range connectors, number words, relative dates, counters) lives in
one small TOML file per language in `lang/data/`. Adding a language is adding a data file.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal, cast

from babel import Locale
from babel.core import UnknownLocaleError
from babel.numbers import format_decimal
from babel.units import UnknownUnitError, format_unit

from reconcile.detect import is_cjk
from reconcile.model import Qualifier

RelativeRef = Literal["text", "now"]
DurationUnit = Literal["year", "month", "week", "day", "hour", "minute"]

# Which CLDR locales feed a profile: Chinese text may be Simplified or Traditional.
_CLDR_LOCALES: Mapping[str, tuple[str, ...]] = MappingProxyType({"zh": ("zh", "zh_Hant")})
_DURATION_KEYS: tuple[DurationUnit, ...] = ("year", "month", "week", "day", "hour", "minute")
_SPACES = "\u00a0\u202f\u2009 "


@dataclass(frozen=True)
class RelativeSpec:
    """A relative date phrase: `offset` `unit`s from its reference (the text or 'now')."""

    phrase: str
    unit: str
    offset: int
    ref: RelativeRef


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
    unit words that are a mass when a `mass` cue stands in the sentence (キロ: km, but kg
    where the sentence speaks of weight); `negative`: words before a temperature that make
    it negative (minus, 零下, 氷点下).
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
    currency_words: Mapping[str, str]
    currency_symbols: Mapping[str, str]
    percent_signs: tuple[str, ...]
    percent_words: tuple[str, ...]
    percent_prefixes: tuple[str, ...]
    qualifiers_before: Mapping[str, Qualifier]
    qualifiers_after: Mapping[str, Qualifier]
    range_connectors: tuple[str, ...]
    range_openers: tuple[str, ...]
    range_between: Mapping[str, str]
    durations: Mapping[str, tuple[str, int]]
    multiplier_suffixes: tuple[str, ...]
    multiplier_words: Mapping[str, int]
    multiplier_several: tuple[str, ...]
    months: Mapping[str, int]
    date_year: str
    date_month: str
    date_day: str
    date_end_of: tuple[str, ...]
    relative: Mapping[str, RelativeSpec]
    count_skip: frozenset[str]
    determiners: frozenset[str]
    quantities: QuantityWords


def _read_toml(name: str) -> dict[str, Any]:
    ref = resources.files("reconcile.lang").joinpath("data", f"{name}.toml")
    if not ref.is_file():
        return {}
    return tomllib.loads(ref.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def currency_codes() -> dict[str, str]:
    """ISO 4217 codes recognised next to a number (and aliases such as RMB → CNY)."""
    table = _read_toml("common").get("currencies", {})
    codes = {code: code for code in table.get("codes", [])}
    codes.update(table.get("aliases", {}))
    return codes


def supported_languages() -> tuple[str, ...]:
    """Language codes that have a supplement file (CLDR alone also works for others)."""
    folder = resources.files("reconcile.lang").joinpath("data")
    names = (item.name for item in folder.iterdir() if item.name.endswith(".toml"))
    return tuple(sorted(n.removesuffix(".toml") for n in names if n != "common.toml"))


def _locales(code: str) -> tuple[Locale, ...]:
    found: list[Locale] = []
    for name in _CLDR_LOCALES.get(code, (code,)):
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
                    word = text.replace("0", "").strip(_SPACES).replace("'", "")
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


def _currencies(
    locales: tuple[Locale, ...], common: Mapping[str, Any]
) -> tuple[dict[str, str], dict[str, str]]:
    words: dict[str, str] = {}
    symbols: dict[str, str] = {}
    for loc in locales:
        plural = loc._data.get("currency_names_plural", {})
        for code in common.get("major", []):
            name = loc.currencies.get(code)
            if name:
                words.setdefault(name.casefold(), code)
            for form in (plural.get(code) or {}).values():
                words.setdefault(str(form).casefold(), code)
            symbol = loc.currency_symbols.get(code)
            if symbol and symbol != code:
                symbols.setdefault(symbol, code)
    # The shared table wins over CLDR: "$" is USD in running text even where a locale's
    # own dollar (TWD in zh_Hant) owns the symbol.
    symbols.update(common.get("symbols", {}))
    return words, symbols


def _durations(locales: tuple[Locale, ...], excluded: set[str]) -> dict[str, tuple[str, int]]:
    words: dict[str, tuple[str, int]] = {}
    for loc in locales:
        patterns = loc._data.get("unit_patterns", {})
        for unit in _DURATION_KEYS:
            widths = patterns.get(f"duration-{unit}", {})
            for width in ("long", "short"):
                for count, pattern in (widths.get(width) or {}).items():
                    if count == "per":
                        continue
                    word = str(pattern).replace("{0}", "").strip(_SPACES).casefold()
                    usable = len(word) >= 2 or (word and is_cjk(word[0]))
                    if usable and word not in excluded:
                        words.setdefault(word, (unit, 1))
    return words


def _unit_patterns(loc: Locale, key: str) -> set[tuple[str, str]]:
    """(prefix, suffix) around the number in a CLDR unit pattern, in every width and plural
    form: '{0} kilomètres' → ('', 'kilomètres'), '時速{0}キロメートル' → ('時速', 'キロメートル').
    Read through babel's public API by formatting sample values and finding the number."""
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
    for loc in locales:
        for key, unit in table.get("cldr", {}).items():
            for prefix, suffix in sorted(_unit_patterns(loc, key)):
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
    for prefix, suffixes in own.get("circumfixes", {}).items():
        circumfixes.setdefault(prefix, {}).update(suffixes)
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
        mass_readings=MappingProxyType(dict(own.get("mass_readings", {}))),
        negative=tuple(own.get("negative", [])),
    )


def _decimal_pairs(table: Mapping[str, Any]) -> dict[str, tuple[Decimal, Decimal]]:
    return {k.casefold(): (Decimal(str(v[0])), Decimal(str(v[1]))) for k, v in table.items()}


def _lower_map(table: Mapping[str, Any]) -> dict[str, Any]:
    return {str(k).casefold(): v for k, v in table.items()}


@lru_cache(maxsize=64)
def get_profile(code: str) -> LanguageProfile:
    """The profile of a language code ('en', 'fr', 'zh' …); unknown codes fall back to CLDR
    alone when babel knows the locale, else to English notation."""
    code = code.lower().split("-")[0].split("_")[0] or "en"
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

    cur_words, cur_symbols = _currencies(locales, common.get("currencies", {}))
    cur_words.update(_lower_map({k: v for k, v in sup.get("currencies", {}).items()
                                 if isinstance(v, str)}))
    cur_symbols.update(sup.get("currencies", {}).get("symbols", {}))

    excluded = {str(dates.get("month", "")), str(dates.get("day", ""))} - {""}
    excluded |= set(sup.get("durations_exclude", {}).get("words", []))
    durations = _durations(locales, excluded)
    for unit, words in sup.get("durations", {}).items():
        base, factor = ("year", 10) if unit == "decade" else (unit, 1)
        for word in words:
            durations[str(word).casefold()] = (base, factor)

    relative = {
        phrase.casefold(): RelativeSpec(phrase, spec["unit"], int(spec["offset"]),
                                        cast(RelativeRef, spec["ref"]))
        for phrase, spec in sup.get("relative", {}).items()
    }
    qualifiers = sup.get("qualifiers", {})
    multipliers = sup.get("multipliers", {})
    percent = sup.get("percent", {})
    ranges = sup.get("ranges", {})
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
        counters=MappingProxyType(dict(nums.get("counters", {}))),
        ordinal_prefixes=tuple(nums.get("ordinal_prefixes", [])),
        ordinal_suffixes=tuple(nums.get("ordinal_suffixes", [])),
        several=MappingProxyType(_decimal_pairs(sup.get("several", {}))),
        currency_words=MappingProxyType(cur_words),
        currency_symbols=MappingProxyType(cur_symbols),
        percent_signs=tuple(common.get("percent", {}).get("signs", ["%"])),
        percent_words=tuple(w.casefold() for w in percent.get("words", [])),
        percent_prefixes=tuple(percent.get("prefix", [])),
        qualifiers_before=MappingProxyType(_lower_map(qualifiers.get("before", {}))),
        qualifiers_after=MappingProxyType(_lower_map(qualifiers.get("after", {}))),
        range_connectors=tuple(dict.fromkeys(
            [*ranges.get("connectors", []), *common.get("ranges", {}).get("symbols", [])]
        )),
        range_openers=tuple(ranges.get("openers", [])),
        range_between=MappingProxyType(_lower_map(ranges.get("between", {}))),
        durations=MappingProxyType(durations),
        multiplier_suffixes=tuple(dict.fromkeys(
            [*multipliers.get("suffixes", []),
             *common.get("multipliers", {}).get("suffixes", [])]
        )),
        multiplier_words=MappingProxyType(_lower_map(multipliers.get("words", {}))),
        multiplier_several=tuple(w.casefold() for w in multipliers.get("several", [])),
        months=MappingProxyType(_months(locales)),
        date_year=str(dates.get("year", "")),
        date_month=str(dates.get("month", "")),
        date_day=str(dates.get("day", "")),
        date_end_of=tuple(dates.get("end_of", [])),
        relative=MappingProxyType(relative),
        count_skip=frozenset(w.casefold() for w in sup.get("counts", {}).get("skip", [])),
        determiners=frozenset(
            w.casefold() for w in sup.get("counts", {}).get("determiners", [])
        ),
        quantities=_quantities(locales, common, sup),
    )


__all__ = [
    "LanguageProfile",
    "QuantityWords",
    "RelativeSpec",
    "currency_codes",
    "get_profile",
    "supported_languages",
]

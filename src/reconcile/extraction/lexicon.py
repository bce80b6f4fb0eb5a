"""A language profile compiled once into the phrase tables and patterns the extractor uses."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from reconcile.detect import is_cjk
from reconcile.extraction.phrases import PhraseTable, alternation
from reconcile.lang import LanguageProfile, currency_codes, get_profile


@dataclass(frozen=True)
class Lexicon:
    """A profile compiled into phrase tables and patterns (built once per language)."""

    profile: LanguageProfile
    scales: PhraseTable
    short_scales: PhraseTable
    currency_after: PhraseTable
    currency_before: PhraseTable
    percent_after: PhraseTable
    percent_before: PhraseTable
    durations: PhraseTable
    multiplier_after: PhraseTable
    counters: PhraseTable
    qual_before: PhraseTable
    qual_after: PhraseTable
    linkers: PhraseTable
    ordinal_before: PhraseTable
    ordinal_after: PhraseTable
    connectors: PhraseTable
    between: PhraseTable
    openers: PhraseTable
    several: PhraseTable
    determiners: PhraseTable
    quantity_after: PhraseTable
    quantity_words: PhraseTable
    quantity_before: PhraseTable
    quantity_circumfixes: tuple[tuple[str, PhraseTable], ...]
    quantity_negative: PhraseTable
    word_atoms: re.Pattern[str] | None
    han_atoms: re.Pattern[str] | None
    relative: re.Pattern[str] | None
    latin_dates: tuple[re.Pattern[str], ...]
    cjk_full_date: re.Pattern[str] | None
    cjk_month_date: re.Pattern[str] | None
    cjk_month_follow: re.Pattern[str] | None


def _case_variants(table: Mapping[str, str]) -> dict[str, str]:
    """Unit words as written, plus lower-case and capitalised forms of words longer than
    three letters ("Kilometers", "degrees celsius"); short symbols keep their case, so
    "M" (magnitude) and "MW" never match "m" or "mw"."""
    out: dict[str, str] = {}
    for word, unit in table.items():
        out.setdefault(word, unit)
        if len(word) > 3:
            out.setdefault(word.casefold(), unit)
            out.setdefault(word[:1].upper() + word[1:], unit)
    return out


@lru_cache(maxsize=64)
def lexicon(code: str) -> Lexicon:
    """Compile the profile of a language for the extractor."""
    prof = get_profile(code)
    codes = currency_codes()
    word_keys = [*prof.number_words, *prof.articles, *prof.fused_scales]
    multiplier_keys = [*prof.multiplier_words, *prof.multiplier_several]
    han_chars = "".join(
        sorted({*prof.han_digits, *prof.han_units, *(k for k in prof.scales if len(k) == 1
                                                      and is_cjk(k))})
    )
    word_alt = alternation([*word_keys, *multiplier_keys, *prof.several])
    months = alternation(prof.months)
    latin_dates: tuple[re.Pattern[str], ...] = ()
    if months:
        flags = re.IGNORECASE
        latin_dates = (
            re.compile(rf"(?P<m>{months})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
                       rf"(?P<y>\d{{4}})(?!\d)", flags),
            re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:er|st|nd|rd|th|\.)?\s+(?P<m>{months})"
                       rf"(?:,?\s+(?P<y>\d{{4}})(?!\d))?", flags),
            re.compile(rf"(?P<m>{months}),?\s+(?P<y>\d{{4}})(?!\d)", flags),
        )
    cjk_full = cjk_month = cjk_follow = None
    if prof.date_year and prof.date_month:
        y, m, d = (re.escape(prof.date_year), re.escape(prof.date_month),
                   re.escape(prof.date_day or "\x00"))
        end = "|".join(re.escape(e) for e in prof.date_end_of) or "\x00"
        han = "".join(sorted(k for k, v in prof.han_digits.items() if 0 <= v <= 9))
        year = f"[0-9０-９]{{4}}|[{re.escape(han)}]{{4}}" if han else "[0-9０-９]{4}"
        cjk_full = re.compile(
            rf"(?<![0-9０-９])(?P<y>{year}){y}(?:(?P<m>[0-9０-９]{{1,2}}){m}"
            rf"(?:(?P<d>[0-9０-９]{{1,2}}){d})?)?(?P<end>{end})?"
        )
        month_day = rf"(?P<m>[0-9０-９]{{1,2}}){m}(?:(?P<d>[0-9０-９]{{1,2}}){d})?"
        cjk_month = re.compile(rf"(?<![0-9０-９{y}]){month_day}")
        cjk_follow = re.compile(month_day)
    return Lexicon(
        profile=prof,
        scales=PhraseTable.of(dict(prof.scales)),
        short_scales=PhraseTable.of(dict(prof.short_scales), fold=False),
        currency_after=PhraseTable.of({**dict(prof.currency_words)}),
        currency_before=PhraseTable.of({**prof.currency_symbols, **codes}, fold=False),
        percent_after=PhraseTable.of({**{s: True for s in prof.percent_signs},
                                 **{w: True for w in prof.percent_words}}),
        percent_before=PhraseTable.of({p: True for p in prof.percent_prefixes}),
        durations=PhraseTable.of(dict(prof.durations)),
        multiplier_after=PhraseTable.of({s: True for s in prof.multiplier_suffixes}),
        counters=PhraseTable.of(dict(prof.counters), fold=False),
        qual_before=PhraseTable.of(dict(prof.qualifiers_before)),
        qual_after=PhraseTable.of(dict(prof.qualifiers_after)),
        linkers=PhraseTable.of({w: True for w in prof.linkers}),
        ordinal_before=PhraseTable.of({w: True for w in prof.ordinal_prefixes}),
        ordinal_after=PhraseTable.of({w: True for w in prof.ordinal_suffixes}),
        connectors=PhraseTable.of({w: True for w in prof.range_connectors}),
        between=PhraseTable.of({w: True for w in prof.range_between.values()}),
        openers=PhraseTable.of({w: True for w in [*prof.range_openers, *prof.range_between]}),
        several=PhraseTable.of(dict(prof.several)),
        determiners=PhraseTable.of({d: True for d in prof.determiners}),
        quantity_after=PhraseTable.of(
            {k: v for k, v in prof.quantities.after.items() if len(k) <= 3}, fold=False),
        quantity_words=PhraseTable.of(
            {k: v for k, v in prof.quantities.after.items() if len(k) > 3}),
        quantity_before=PhraseTable.of(_case_variants(prof.quantities.prefixes), fold=False),
        quantity_circumfixes=tuple(
            (prefix, PhraseTable.of(_case_variants(table), fold=False))
            for prefix, table in sorted(prof.quantities.circumfixes.items(),
                                        key=lambda item: (-len(item[0]), item[0]))
        ),
        quantity_negative=PhraseTable.of({w: True for w in prof.quantities.negative}),
        word_atoms=re.compile(word_alt, re.IGNORECASE) if word_alt else None,
        han_atoms=re.compile(f"[{re.escape(han_chars)}]+") if han_chars else None,
        relative=(re.compile(alternation(prof.relative), re.IGNORECASE)
                  if prof.relative else None),
        latin_dates=latin_dates,
        cjk_full_date=cjk_full,
        cjk_month_date=cjk_month,
        cjk_month_follow=cjk_follow,
    )

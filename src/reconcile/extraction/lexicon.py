"""A language profile compiled once into the phrase tables and patterns the extractor uses."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from reconcile.detect import is_cjk
from reconcile.extraction.phrases import (
    FirstGate,
    LastGate,
    PhraseTable,
    TextGate,
    WordGate,
    alternation,
)
from reconcile.extraction.spelled import NUMBER_PARTS, SpelledIndex, spelled_index
from reconcile.extraction.wordscan import WordScan
from reconcile.lang import LanguageProfile, currency_codes, get_profile, street_words, tablecache


@dataclass(frozen=True)
class Lexicon:
    """A profile compiled into phrase tables and patterns (built once per language)."""

    profile: LanguageProfile
    scales: PhraseTable
    short_scales: PhraseTable
    currency_after: PhraseTable
    currency_before: PhraseTable
    # [rates] quote_per ("per", "to the"): a bare number quoted against a currency
    quote_per: PhraseTable
    quote_gate: TextGate
    currency_ambiguous: PhraseTable
    currency_generic: PhraseTable
    money_cues: re.Pattern[str] | None
    percent_after: PhraseTable
    percent_before: PhraseTable
    durations: PhraseTable
    span_tails: PhraseTable  # word → (unit, span words it follows): LanguageProfile.span_tails
    multiplier_after: PhraseTable
    multiplier_before: PhraseTable  # "multiplied by 3": LanguageProfile.multiplier_prefixes
    # Words after "N times" that invert it ("two times slower": 0.5).
    multiplier_inverse: PhraseTable
    counters: PhraseTable
    qual_before: PhraseTable
    qual_after: PhraseTable
    qual_span_before: PhraseTable  # bounds of a span of time only ("dans les 14 jours")
    linkers: PhraseTable
    ordinal_before: PhraseTable
    ordinal_after: PhraseTable
    connectors: PhraseTable
    alternatives: PhraseTable  # LanguageProfile.range_alternatives
    between: PhraseTable
    openers: PhraseTable
    several: PhraseTable
    determiners: PhraseTable
    casualty_counters: PhraseTable
    tenths: PhraseTable
    hundredths: PhraseTable
    thousandths: PhraseTable
    qual_false_friends: PhraseTable
    clock_before: PhraseTable
    clock_after: PhraseTable
    age_before: PhraseTable
    age_after: PhraseTable
    age_apposition: PhraseTable
    references: PhraseTable
    score_words: PhraseTable
    digit_words: PhraseTable
    # What follows a house number: a street word of any language, right after it or after up
    # to three capitalised words ("27 rue de Rivoli", "27 Jalan Pahlawan", "221 Baker Street").
    street_after: re.Pattern[str] | None
    # A vote's tally ([nonclaims] tallies: "52 votes to 48", 52比48): no claims; those of
    # [counts] tallies too (their numbers are read by `count_tallies` instead).
    tallies: re.Pattern[str] | None
    # [counts] tallies: (counter, a template's pattern with groups a and b), in order.
    count_tallies: tuple[tuple[str, re.Pattern[str]], ...]
    # The longest word of each tally form: a text with none of them holds no tally.
    tallies_gate: TextGate
    # The same period a year before ([nonclaims] base_periods, base_offsets): no claims.
    bases: re.Pattern[str] | None
    bases_gate: TextGate
    phone_before: PhraseTable
    clock_times: tuple[re.Pattern[str], ...]
    # A CJK day of the month before a time of day (11日午後): no amount.
    day_at_time: re.Pattern[str] | None
    clock_hint: re.Pattern[str] | None  # what every clock_times match holds (_clock_hint)
    # [nonclaims] clock_templates as one pattern (groups t0, t1 …: the time), and a word
    # each of its matches holds (no search in a text without one).
    clock_template: re.Pattern[str] | None
    clock_template_hints: tuple[str, ...]
    quantity_after: PhraseTable
    quantity_words: PhraseTable
    quantity_before: PhraseTable
    quantity_circumfixes: tuple[tuple[str, PhraseTable], ...]
    # The last characters of the circumfix prefixes (None when one is empty): a number with
    # none of them right before it has no circumfix (quantities.circumfix).
    circumfix_ends: frozenset[str] | None
    quantity_negative: PhraseTable
    percent_negative: PhraseTable
    # Number words, articles, multipliers and vague amounts (one alternation, scanned at
    # their first words only).
    word_atoms: WordScan | None
    han_atoms: re.Pattern[str] | None
    relative: re.Pattern[str] | None
    latin_dates: tuple[re.Pattern[str], ...]
    # Which of latin_dates begin with the month name, and every position where a month
    # name starts (a lookahead, so overlapping starts are all found): every Latin date holds
    # a month name, and one that begins with it is tried at those positions only.
    latin_month_first: tuple[bool, ...]
    month_starts: WordScan | None  # a zero-width match where a month name starts
    cjk_full_date: re.Pattern[str] | None
    # How far before its year marker a match of cjk_full_date may start at most (None: no
    # bound, an era name holds a space).
    cjk_full_date_reach: int | None
    # A year in place-value Han numerals before its month (两千零四年八月十五日): read as a
    # date only with the month, as alone it is a span of years (两千年: 2000 years).
    cjk_han_year_date: re.Pattern[str] | None
    cjk_month_date: re.Pattern[str] | None
    cjk_month_follow: re.Pattern[str] | None
    # The day of a month said relatively, right after it (今月27日, 今月の27日, 上月20日):
    # its `[relative_exclude] genitive` may stand between them.
    cjk_relative_day: re.Pattern[str] | None
    # The same in a spaced script, before the relative month ("the 20th of next month", "le
    # 20 du mois prochain"): the day and the link (profile's date_relative_day_links).
    relative_day: re.Pattern[str] | None
    cjk_year_range: re.Pattern[str] | None
    decades: PhraseTable
    periods: PhraseTable
    period_year: re.Pattern[str] | None
    era_year: re.Pattern[str] | None
    before_era: re.Pattern[str] | None
    ratio: re.Pattern[str] | None  # "one in five", "3 in 10", 5人に1人
    # What every match of `ratio` in a spaced script ends with: a space, a link word and
    # the second number. A text without it holds no proportion (None: no such test).
    ratio_tail: re.Pattern[str] | None
    # Two counts of thousands with group separators as the parts of a ratio, joined by a
    # slash or, in a spaced script, a link of `ratio` ("97,039/1,617,204", "1,388 of 5,143").
    count_ratio: re.Pattern[str]
    ratio_gate: TextGate  # whether a text may hold one of its link words
    # Whether a text may hold one of the number words of `ratio` (else both its numbers
    # are digits, and the text needs two digit runs).
    ratio_words_gate: TextGate
    # Whether a text may hold an era word of `before_era`.
    before_era_gate: TextGate
    # Whether a phrase that grows a number after it may stand at a position (grow.py:
    # _grow_after's tables and prefixes).
    after_gate: FirstGate
    # Whether a phrase that grows a number before it may end at a position (grow.py:
    # _grow_before's tables).
    before_gate: LastGate
    # The same for the tables nonclaims.py looks up right before a number (NONCLAIM_BEFORE_*
    # bits) and right after it (NONCLAIM_AFTER_* bits).
    nonclaim_before_gate: LastGate
    nonclaim_after_gate: FirstGate
    minor_units: PhraseTable
    rate_per: re.Pattern[str] | None
    price_level_links: PhraseTable
    not_units: PhraseTable
    vague_start: PhraseTable
    # The later words of each vague amount ("centaine" of "une centaine de").
    vague_inner: frozenset[str]
    relative_not_before: PhraseTable
    relative_not_after: PhraseTable
    relative_month_not_after: PhraseTable
    relative_week_not_after: PhraseTable
    asides_before: PhraseTable
    asides_after: PhraseTable
    year_modifier_before: PhraseTable
    year_modifier_after: PhraseTable
    duration_adjectives: PhraseTable
    territories: re.Pattern[str] | None
    occurrence_compare: PhraseTable
    mixed_atoms: re.Pattern[str] | None
    # The same led by a Han numeral (三万6789, 二十万5千): _han_mixed_pattern.
    han_mixed_atoms: re.Pattern[str] | None
    word_gate: TextGate
    month_gate: TextGate
    relative_gate: TextGate
    # [named_days]: the phrases, with the year that may be written with them (group y) and
    # the phrase (group n); None when the language names none.
    named_days: re.Pattern[str] | None
    named_days_gate: TextGate
    period_gate: WordGate
    # Whether a text may hold a rate word (rate_per) or an era word (era_year).
    rate_gate: TextGate
    era_gate: TextGate
    # The words spelled-out numbers are read with (spelled.readings), indexed once.
    spelled_index: SpelledIndex
    # Whether a text may hold a CJK year marker (cjk_full_date, cjk_year_range need one),
    # a month marker (cjk_month_date) or a decade word (cjk_century_decade, cjk_bare_decade).
    cjk_year_gate: TextGate
    cjk_month_gate: TextGate
    decade_gate: TextGate
    # Decades: "1960s", "années 1960", "1960-an" (group y); 20世纪60年代 (groups c, dd);
    # a CJK decade with no century, 60年代 (group dd, held).
    # Each with a cheaper pattern every match of it holds (None: none), looked for first;
    # a decade word before the year is looked for where the word stands (a WordScan).
    latin_decades: tuple[tuple[re.Pattern[str] | WordScan, re.Pattern[str] | None], ...]
    cjk_century_decade: re.Pattern[str] | None
    cjk_bare_decade: re.Pattern[str] | None
    # Between two dates: a range connector ("to", "au", 至), or a between-link ("and", "et
    # le") after a between-opener; after a CJK date with a day: 至10日 (group d).
    date_connectors: PhraseTable
    date_between: PhraseTable
    date_openers: PhraseTable
    # "Mei tahun 2003", "1977 hingga tahun 1981": a word between a month or connector and a
    # year; "in 1624": a word before a year.
    year_links: PhraseTable
    year_before: PhraseTable
    # A wide month name alone ("in April", "fin mars"): group m.
    month_alone: WordScan | None
    cjk_day_tail: re.Pattern[str] | None
    # 4～6月 with no year: the months of a period (extraction/nonclaims.py, no claim).
    cjk_month_range: re.Pattern[str] | None
    # 3～5日 with no month, or after a month with no year (3月3～5日): days of a month
    # whose year is unknown (no claim, as a day alone is none); group d: the day marker.
    cjk_day_range: re.Pattern[str] | None
    cjk_day_and: re.Pattern[str] | None


# Fields that only some texts need (a diff of the bundled story reads none of them): read
# back from the table cache on first use, not with the lexicon (a cold diff: 4 M
# instructions and 40 page faults fewer). tablecache.Later.
tablecache.keep_for_later(Lexicon, (
    "currency_generic", "money_cues", "span_tails", "qual_span_before", "several",
    "casualty_counters", "tenths", "hundredths", "thousandths", "clock_before", "references",
    "score_words",
    "digit_words", "phone_before", "street_after", "multiplier_inverse",
    "clock_times", "vague_inner", "duration_adjectives", "territories", "cjk_century_decade",
    "cjk_bare_decade", "date_openers", "year_links", "year_before", "multiplier_before"))


# Three numbers joined by one repeated separator ("14/07/1983", "2012-06-21"); which is the
# day, month and year is decided in dates.py from the locale's CLDR pattern. What may not
# stand before the first digit is tested after it ("0(?<!x.)" is "(?<!x)0"), as in the next
# pattern: a pattern that opens with a class is searched by a scan in C for its
# characters, not tried at every position of the segment.
NUMERIC_DATE = re.compile(
    r"(?P<a>[0-9０-９](?<![0-9０-９.,/\-].)[0-9０-９]{0,3})"
    r"(?P<s>[/.\-])(?P<b>[0-9０-９]{1,2})(?P=s)"
    r"(?P<c>[0-9０-９]{1,4})(?![0-9０-９]|[/.\-][0-9０-９])"
)

# A year and the last two digits of a later one: "2016–17", "2019/20" (seasons, fiscal years).
SHORT_YEAR_RANGE = re.compile(
    r"(?P<y>[0-9](?<![0-9０-９.,/\-–].)[0-9]{3})(?P<s>[-–/])(?P<y2>[0-9]{2})"
    r"(?![0-9]|[-–/.][0-9])"
)


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


def _title_cased(table: Mapping[str, str]) -> dict[str, str]:
    """Short unit words as written, plus the capitalised form of those written in small
    letters alone ("ton", "mph"): a title-cased headline writes "1,37 Juta Ton". Symbols
    with a capital ("MW", "kWh") keep their case."""
    out = dict(table)
    for word, unit in table.items():
        if word.isalpha() and word.islower() and len(word) > 2:
            out.setdefault(word[:1].upper() + word[1:], unit)
    return out


@lru_cache(maxsize=64)
def lexicon(code: str) -> Lexicon:
    """Compile the profile of a language for the extractor (kept on disk between runs:
    lang/tablecache.py)."""
    return tablecache.cached("lexicon", code, lambda: _build_lexicon(code))


def _build_lexicon(code: str) -> Lexicon:
    prof = get_profile(code)
    nc = prof.nonclaims
    codes = currency_codes()
    word_keys = [*prof.number_words, *prof.articles, *prof.fused_scales, *prof.one_durations]
    multiplier_keys = [*prof.multiplier_words, *prof.multiplier_several]
    han_chars = "".join(
        sorted({*prof.han_digits, *prof.han_units, *(k for k in prof.scales if len(k) == 1
                                                      and is_cjk(k))})
    )
    word_phrases = [*word_keys, *multiplier_keys, *prof.several, *prof.vague]
    word_alt = alternation([*word_keys, *multiplier_keys, *prof.several])
    if prof.vague:
        # A vague amount is read alone only when no scale word follows ("数百万" is 数 × 百万).
        no_scale = rf"(?!\s*(?:(?:{alternation(prof.linkers) or '(?!)'})\s*)?" \
                   rf"(?:{alternation(prof.scales) or '(?!)'}))"
        vague_alt = f"(?:{alternation(prof.vague)}){no_scale}"
        word_alt = f"{vague_alt}|{word_alt}" if word_alt else vague_alt
    months = alternation(prof.months)
    latin_dates: tuple[re.Pattern[str], ...] = ()
    latin_month_first: tuple[bool, ...] = ()
    if months:
        flags = re.IGNORECASE
        # "May of 2003", "January 12 of 2016", "Mei tahun 2003": a link word may stand
        # between month (or month and day) and year.
        links = alternation(prof.date_links)
        link = rf"(?:(?:{links})\s+)?" if links else ""
        day_links = alternation(prof.date_day_links)
        day_link = rf"(?:(?:{day_links})\s+)?" if day_links else ""
        # "1-3 June 2020", "June 1–3, 2020": a second day makes a range of days; so does a
        # date range connector or between-link ("1er au 10 janvier", "1er et le 10 janvier").
        # ("June 1 to 3, 2020": a connector word between the days, as between numbers.)
        conn_words = alternation([w for w in (*prof.range_connectors,
                                              *prof.date_range_connectors) if w[0].isalpha()])
        day2 = (rf"(?:(?:\s*[-–]\s*|\s+(?:{conn_words})\s+)(?P<d2>\d{{1,2}}))?" if conn_words
                else r"(?:\s*[-–]\s*(?P<d2>\d{1,2}))?")
        link_words = alternation([*prof.range_connectors, *prof.date_range_connectors,
                                  *prof.range_between.values(), *prof.date_range_between_links])
        day_range = (rf"(?:(?:er|st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?P<link>{link_words})\s+)"
                     rf"(?P<d2>\d{{1,2}}))?")
        latin = [
            re.compile(rf"(?P<m>{months})\.?\s+(?P<d>\d{{1,2}}){day2}(?:st|nd|rd|th)?,?\s+"
                       rf"{link}(?P<y>\d{{4}})(?!\d)", flags),
            # Not after a capital or digit and a hyphen: "COVID-19 may" holds no day
            # ("January–15 March" does). The day's first digit is matched before those
            # tests (made behind it, one character further back): a pattern that starts
            # with a digit is searched for digits in one fast scan, not tried at every
            # position of the text. A hyphen may join day and month, as in the names of
            # days ("le 11-Septembre", "le 14-Juillet").
            re.compile(rf"(?P<d>\d(?<!\w\d)(?<!(?-i:[A-Z0-9])[\-–]\d)\d?){day_range}"
                       rf"(?:er|st|nd|rd|th|\.)?(?:\s+|-(?=\w))"
                       rf"{day_link}(?P<m>{months})(?:\.?,?\s+{link}(?P<y>\d{{4}})(?!\d))?", flags),
            re.compile(rf"(?P<m>{months})\.?,?\s+{link}(?P<y>\d{{4}})(?!\d)", flags),
        ]
        if prof.date_order == "mdy":
            # Month-first locales (CLDR "MMM d, y") write a day after its month with no
            # year: "July 4". A number glued on ("May 5.2") or a longer number is no day.
            # "March 4 and 5": a second day of the month, when nothing but punctuation,
            # the end or a word of [date_pairs] follows it ("and 5 people" is a count).
            ands = alternation(list(prof.range_between.values()))
            after = alternation(prof.date_pair_after) or "\x00"
            pair = (rf"(?:\s+(?P<link>{ands})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
                    rf"(?=\s*(?:[,.;:)]|$)|\s+(?:{after})(?!\w)))?" if ands else "")
            # "March 3-5", "Aug. 1 to 4": days of one month, its year said elsewhere.
            # A connector word, as "and" above, only before punctuation, the end or a word
            # of [date_pairs] ("from March 3 to 10 people" is a date and a count).
            days = (r"\s*[-–]\s*(?P<d3>\d{1,2})(?:st|nd|rd|th)?(?![\w%]|[.,]\d)"
                    + (rf"|\s+(?:{conn_words})\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?"
                       rf"(?=\s*(?:[,.;:)]|$)|\s+(?:{after})(?!\w))" if conn_words else ""))
            latin.append(re.compile(rf"(?P<m>{months})\.?\s+(?P<d>\d{{1,2}})"
                                    rf"(?:st|nd|rd|th)?(?![\w]|[.,]\d)(?:{days}|{pair})", flags))
        latin_dates = tuple(latin)
        latin_month_first = tuple(p.pattern.startswith(f"(?P<m>{months})") for p in latin)
    cjk_full = cjk_month = cjk_follow = cjk_range = cjk_tail = cjk_and = None
    cjk_rel_day = None
    cjk_han_year = None
    cjk_month_range = cjk_day_range = None
    if prof.date_year and prof.date_month:
        y, m = re.escape(prof.date_year), re.escape(prof.date_month)
        d = alternation([prof.date_day, *prof.date_day_markers]) or "\x00"
        end = "|".join(re.escape(e) for e in prof.date_end_of) or "\x00"
        han = "".join(sorted(k for k, v in prof.han_digits.items() if 0 <= v <= 9))
        tens = "".join(k for k, v in prof.han_units.items() if v == 10)
        year = f"[0-9０-９]{{4}}|[{re.escape(han)}]{{4}}" if han else "[0-9０-９]{4}"
        # Months and days in digits or Han numerals (六月二十一日); CMS text often puts a
        # space between a number and its marker ("2016 年 6 月"). Not with 两 (two of a
        # count: 两月, 历时两月 is two months; February is 二月).
        plain = "".join(ch for ch in han if ch not in "两兩")
        small = (f"[0-9０-９]{{1,2}}|[{re.escape(plain + tens)}]{{1,3}}" if han
                 else "[0-9０-９]{1,2}")
        sp = "[ \u00a0\u3000]?"
        # 20年1月20日, 26年1～3月期, 26年度, 23年比: a year's last two digits, only before a
        # month or a word of `[date_forms] short_year_after` (its century from a year of
        # the sentence: reconcile.extraction.dates)
        after = alternation(prof.date_short_year_after)
        # (with a leading zero, anywhere: 08年 is 2008, no span of eight years)
        short = (rf"(?P<ys>[0０][0-9０-９](?={sp}{y})"
                 rf"|[0-9０-９]{{2}}(?={sp}{y}(?:{sp}[0-9０-９]{{1,2}}"
                 rf"(?:[~～〜\-–][0-9０-９]{{1,2}})?{sp}{m}" + (f"|{after}" if after else "")
                 + ")))")
        year = rf"(?P<y>{year})|{short}"
        eras = _era_names(prof.eras)
        if eras:  # 令和3年, 平成元年, 民國110年, H30年: an era name and its year
            first = alternation(prof.era_first_year)
            # 民國110年: up to three digits; 民國一百一十二年: Han numerals with their hundreds
            hundreds = "".join(k for k, v in prof.han_units.items() if v in (10, 100))
            era_year = (f"[0-9０-９]{{1,3}}|[{re.escape(han + hundreds)}]{{1,6}}" if han
                        else "[0-9０-９]{1,3}")
            era_year = f"{first}|{era_year}" if first else era_year
            year = rf"{year}|(?P<era>{eras}){sp}(?P<ey>{era_year})"
        # 5月6、7日: a first day of two may leave its day marker to the second (read by
        # cjk_day_and below).
        pair_links = alternation(prof.date_day_and)
        first_of_two = (rf"|(?=(?:{pair_links}){sp}(?:{small}){sp}(?:{d}))" if pair_links
                        else "")
        month_day = rf"(?P<m>{small}){sp}{m}(?:{sp}(?P<d>{small}){sp}(?:{d}{first_of_two}))?"
        # 2025财年, 2025財政年度: a fiscal year is its year
        prefixes = alternation(prof.date_year_marker_prefixes)
        fiscal = rf"(?:{prefixes})?{y}" if prefixes else y
        # What a match begins with (a digit, a Han digit, an era's first character), looked
        # at before the leading lookbehind: a scan for them, not a try at every position.
        starts = "0-9０-９" + re.escape(han) + "".join(
            sorted({re.escape(name[0]) for name in prof.eras if name}))
        cjk_full = re.compile(
            rf"(?=[{starts}])(?<![0-9０-９])(?:{year}){sp}(?P<ym>{fiscal})(?:{sp}{month_day})?"
            rf"(?P<end>{end})?"
        )
        # (?<![…]) before the month, written after its first character, which then says
        # whether digits or Han numerals go on: a pattern that starts with a character
        # class is searched for it in one fast scan, not tried at every position.
        numeral = f"[0-9０-９{re.escape(plain + tens)}]"
        rest = (rf"(?:(?<=[0-9０-９])[0-9０-９]?|(?<=[{re.escape(plain + tens)}])"
                rf"[{re.escape(plain + tens)}]{{0,2}})" if han else "[0-9０-９]?")
        lead = rf"(?P<m>{numeral}(?<![0-9０-９{y}{re.escape(han + tens)}]{numeral}){rest})"
        cjk_month = re.compile(rf"{lead}{sp}{m}(?:{sp}(?P<d>{small}){sp}(?:{d}{first_of_two}))?")
        places = "".join(k for k, v in prof.han_units.items() if v in (10, 100, 1000))
        if han and places:
            # The lookbehind after the first numeral, as for the month above (one scan).
            chars = re.escape(han + places)
            # (二千年の九月十日: the genitive may join the year to its month)
            genitive = (rf"(?:{re.escape(prof.relative_genitive)})?" if prof.relative_genitive
                        else "")
            cjk_han_year = re.compile(
                rf"(?P<yh>[{chars}](?<![0-9０-９{chars}][{chars}])[{chars}]{{1,6}})"
                rf"{sp}{y}{sp}{genitive}{sp}{month_day}")
        cjk_follow = re.compile(rf"{sp}{month_day}")
        gen = rf"(?:{re.escape(prof.relative_genitive)}{sp})?" if prof.relative_genitive else ""
        # (not a span of days: 10日間; not a word that starts with the day marker: 日本)
        day_words = alternation([w[len(prof.date_day):] for w, (unit, *_) in prof.durations.items()
                                 if unit == "day" and w.startswith(prof.date_day)
                                 and len(w) > len(prof.date_day)])
        not_span = f"(?!{day_words})" if day_words else ""
        cjk_rel_day = re.compile(rf"{sp}{gen}(?P<d>{small}){sp}(?:{d}){not_span}")
        tail_links = alternation(prof.range_connectors)
        if tail_links:
            cjk_tail = re.compile(rf"{sp}(?:{tail_links}){sp}(?P<d>{small}){sp}(?:{d})")
            # (4～6月, 一至五月: the months in digits or in Han numerals, as `small` reads)
            cjk_month_range = re.compile(rf"(?P<m>{small})(?:{tail_links})(?:{small}){m}")
            cjk_day_range = re.compile(
                rf"[0-9０-９]{{1,2}}(?:{tail_links})[0-9０-９]{{1,2}}(?P<d>{d})")
        and_links = alternation(prof.date_day_and)
        if and_links:
            # (not a day counted: ８日目, the eighth day)
            not_counted = alternation(prof.counter_ordinal_after)
            cjk_and = re.compile(rf"{sp}(?:{and_links}){sp}(?P<d>{small}){sp}(?:{d})"
                                 + (f"(?!{not_counted})" if not_counted else ""))
        # 2002-2004年, 2016至2020年: a range of years with the year marker written once;
        # 2007-08年: the second year's last two digits.
        links = alternation(prof.range_connectors)
        if links:
            cjk_range = re.compile(
                rf"(?P<y>[0-9](?<![0-9０-９][0-9])[0-9]{{3}}){sp}(?:{links}){sp}"
                rf"(?P<y2>[0-9]{{4}}|[0-9]{{2}}){sp}{fiscal}"
            )
    lex = Lexicon(
        after_gate=FirstGate(False),  # built below, from the tables
        before_gate=LastGate(False),
        nonclaim_before_gate=LastGate(False),
        nonclaim_after_gate=FirstGate(False),
        # An article ("a", "une") is an atom only before a scale, duration or percent word
        # ("a million", "une décennie", "one percentage point"): gate on those.
        # (TextGates: CJK phrases are looked for as written.)
        word_gate=TextGate.of([*prof.number_words, *prof.fused_scales, *multiplier_keys,
                               *prof.several, *prof.vague, *prof.one_durations,
                               *((*prof.scales, *prof.durations, *prof.percent_words,
                                  *_point_units(prof)) if prof.articles else ())]),
        month_gate=TextGate.of(prof.months),
        relative_gate=TextGate.of(prof.relative),
        named_days=_named_days(prof),
        named_days_gate=TextGate.of(list(prof.named_days)),
        period_gate=WordGate.of(prof.date_periods),
        rate_gate=_rate_gate(prof),
        era_gate=TextGate.of([*prof.era_before, *prof.era_after]),
        spelled_index=spelled_index(prof.spelled, prof.articles),
        cjk_year_gate=TextGate.of([], [prof.date_year]),
        cjk_month_gate=TextGate.of([], [prof.date_month]),
        decade_gate=TextGate.of([], prof.date_decades),
        mixed_atoms=_mixed_pattern(prof),
        han_mixed_atoms=_han_mixed_pattern(prof),
        profile=prof,
        scales=PhraseTable.of(dict(prof.scales)),
        short_scales=PhraseTable.of(dict(prof.short_scales), fold=False),
        currency_after=PhraseTable.of({**dict(prof.currency_words)}),
        quote_per=PhraseTable.of({w: True for w in prof.rate_quote_per}),
        quote_gate=TextGate.of(list(prof.rate_quote_per)),
        currency_before=PhraseTable.of(
            {**{s: "" for s in prof.currency_symbols_shared}, **prof.currency_symbols, **codes},
            fold=False),
        currency_ambiguous=PhraseTable.of(dict(prof.currency_ambiguous)),
        currency_generic=PhraseTable.of({w: True for w in prof.currency_generic}),
        money_cues=(re.compile(alternation(prof.money_cues), re.IGNORECASE)
                    if prof.money_cues else None),
        percent_after=PhraseTable.of({**{s: True for s in prof.percent_signs},
                                 **{w: True for w in prof.percent_words}}),
        percent_before=PhraseTable.of({p: True for p in prof.percent_prefixes}),
        durations=PhraseTable.of(dict(prof.durations)),
        span_tails=PhraseTable.of(dict(prof.span_tails)),
        multiplier_after=PhraseTable.of({s: True for s in prof.multiplier_suffixes}),
        multiplier_before=PhraseTable.of({**{p: True for p in prof.multiplier_prefixes},
                                          **{p: False for p in prof.multiplier_divisors}}),
        multiplier_inverse=PhraseTable.of({w: True for w in prof.multiplier_inverse_after}),
        counters=PhraseTable.of({**{w: False for w in prof.counters_not}, **prof.counters},
                                fold=False),
        qual_before=PhraseTable.of(dict(prof.qualifiers_before)),
        qual_after=PhraseTable.of(dict(prof.qualifiers_after)),
        qual_span_before=PhraseTable.of(dict(prof.qualifiers_before_spans)),
        linkers=PhraseTable.of({w: True for w in prof.linkers}),
        ordinal_before=PhraseTable.of({w: True for w in prof.ordinal_prefixes}),
        ordinal_after=PhraseTable.of({w: True for w in prof.ordinal_suffixes}),
        connectors=PhraseTable.of({w: True for w in prof.range_connectors}),
        alternatives=PhraseTable.of({w: True for w in prof.range_alternatives}),
        between=PhraseTable.of({w: True for w in prof.range_between.values()}),
        openers=PhraseTable.of({w: True for w in [*prof.range_openers, *prof.range_between]}),
        several=PhraseTable.of(dict(prof.several)),
        determiners=PhraseTable.of({d: True for d in prof.determiners}),
        casualty_counters=PhraseTable.of(dict(prof.casualty_counters), fold=False),
        tenths=PhraseTable.of({**{w: False for w in prof.tenths_not}, **dict(prof.tenths)},
                              fold=False),
        hundredths=PhraseTable.of({w: True for w in prof.hundredths}, fold=False),
        thousandths=PhraseTable.of({w: True for w in prof.thousandths}, fold=False),
        qual_false_friends=PhraseTable.of({w: True for w in prof.qualifier_false_friends}),
        clock_before=PhraseTable.of({w: True for w in nc.clock_before}),
        clock_after=PhraseTable.of(dict(nc.clock_after)),
        # An age word is True; a person word "person": its number is an age only when no
        # counted noun follows it; a noun of people "people": unless a percent or a
        # currency follows it (nonclaims._age).
        age_before=PhraseTable.of({**{w: "at" for w in nc.age_at},
                                   **{w: "verb" for w in nc.age_verbs},
                                   **{w: "have" for w in nc.age_have},
                                   **{w: "person" for w in nc.age_person},
                                   **{w: "people" for w in nc.age_people},
                                   **{w: True for w in nc.age_before}}),
        age_after=PhraseTable.of({w: True for w in nc.age_after}),
        age_apposition=PhraseTable.of({w: True for w in nc.age_apposition}),
        references=PhraseTable.of({w: True for w in nc.reference_words}),
        score_words=PhraseTable.of({w: True for w in nc.score_words}),
        digit_words=PhraseTable.of({w: True for w in nc.digit_words}),
        street_after=_street_after(street_words(), nc.street_links),
        tallies=_tallies(prof),
        count_tallies=tuple((counter, _tally_pattern(prof, [t]))
                            for counter, templates in prof.count_tallies for t in templates),
        tallies_gate=TextGate.of([max(re.split(r"\{a\}|\{b\}|\s+", t), key=len)
                                  for t in _all_tallies(prof)]),
        bases=_bases(prof),
        bases_gate=TextGate.of([max(p.split(), key=len) for p in prof.nonclaims.base_periods]),
        phone_before=PhraseTable.of({w: True for w in nc.phone_before}),
        clock_times=_clock_times(nc.clock_hhmm, nc.clock_before_hhmm, nc.clock_span_after),
        day_at_time=re.compile(
            rf"[0-9０-９](?<![0-9０-９{re.escape(prof.date_month)}][0-9０-９])[0-9０-９]?"
            rf"{re.escape(prof.date_day)}(?={alternation(nc.day_time_after)})")
        if nc.day_time_after and prof.date_day else None,
        clock_hint=_clock_hint(nc.clock_hhmm, nc.clock_before_hhmm),
        clock_template=_clock_template(nc.clock_templates, nc.clock_before_hhmm),
        clock_template_hints=tuple(sorted({_template_hint(t) for t in nc.clock_templates})),
        quantity_after=PhraseTable.of(
            _title_cased({k: v for k, v in prof.quantities.after.items()
                          if not _unit_folds(k, prof)}),
            fold=False),
        quantity_words=PhraseTable.of(
            {k: v for k, v in prof.quantities.after.items() if _unit_folds(k, prof)}),
        quantity_before=PhraseTable.of(_case_variants(prof.quantities.prefixes), fold=False),
        quantity_circumfixes=tuple(
            (prefix, PhraseTable.of(_case_variants(table), fold=False))
            for prefix, table in sorted(prof.quantities.circumfixes.items(),
                                        key=lambda item: (-len(item[0]), item[0]))
        ),
        circumfix_ends=(frozenset(p[-1] for p in prof.quantities.circumfixes)
                        if all(prof.quantities.circumfixes) else None),
        # A margin phrase ends with a sign word and is longer: found first, it says "no
        # sign" (False) where the sign word alone would say "below zero".
        quantity_negative=PhraseTable.of({**{w: True for w in prof.quantities.negative},
                                          **{w: False for w in prof.percent_margin},
                                          **{w: False for w in prof.percent_not_negative}}),
        percent_negative=PhraseTable.of({**{w: True for w in prof.percent_negative},
                                         **{w: False for w in prof.percent_margin},
                                         **{w: False for w in prof.percent_not_negative}}),
        word_atoms=(WordScan.of(re.compile(word_alt, re.IGNORECASE), word_phrases)
                    if word_alt else None),
        # One character, then more: a pattern that starts with a character class is searched
        # for that class in one fast scan; one that starts with a repeat ("[…]+") is tried
        # at every position.
        han_atoms=(re.compile(f"[{re.escape(han_chars)}][{re.escape(han_chars)}]*")
                   if han_chars else None),
        relative=(re.compile(alternation(prof.relative), re.IGNORECASE)
                  if prof.relative else None),
        latin_dates=latin_dates,
        latin_month_first=latin_month_first,
        month_starts=(WordScan.of(re.compile(f"(?=(?:{months}))", re.IGNORECASE), prof.months)
                      if months else None),
        cjk_full_date=cjk_full,
        cjk_full_date_reach=_full_date_reach(prof),
        cjk_han_year_date=cjk_han_year,
        cjk_month_date=cjk_month,
        cjk_month_follow=cjk_follow,
        cjk_relative_day=cjk_rel_day,
        relative_day=_relative_day(prof),
        cjk_year_range=cjk_range,
        decades=PhraseTable.of({w: True for w in prof.date_decades}),
        periods=PhraseTable.of({w: True for w in prof.date_periods}),
        period_year=_period_year(prof),
        era_year=_era_year(prof),
        before_era=_before_era(prof),
        ratio=_ratio(prof),
        ratio_tail=_ratio_tail(prof),
        count_ratio=_count_ratio(prof),
        ratio_gate=TextGate.of([*prof.ratio_links, *(prof.ratio_noun_links
                                                      if prof.ratio_noun_counters else ())]),
        # (A link word with a digit in it would make a second digit run: no gate then.)
        ratio_words_gate=(TextGate(False) if any(ch.isdigit() for w in prof.ratio_links
                                                 for ch in w)
                          else TextGate.of(_ratio_words(prof), ratio_han(prof))),
        before_era_gate=TextGate.of([*prof.era_bc_before, *prof.era_bc_after]),
        minor_units=PhraseTable.of(dict(prof.minor_units)),
        rate_per=_rate_per(prof),
        price_level_links=PhraseTable.of({w: True for w in prof.price_level_links}),
        not_units=PhraseTable.of({w: True for w in prof.unit_false_friends}),
        # The first word of each vague amount ("centaines" in "des centaines de").
        vague_start=PhraseTable.of({w: True for k in prof.vague for w in k.split()[:1]}),
        vague_inner=frozenset(w for k in prof.vague for w in k.split()[1:]),
        relative_not_before=PhraseTable.of({w: True for w in prof.relative_not_before}),
        relative_not_after=PhraseTable.of({w: True for w in prof.relative_not_after}),
        relative_month_not_after=PhraseTable.of(
            {w: True for w in prof.relative_month_not_after}),
        relative_week_not_after=PhraseTable.of({w: True for w in prof.relative_week_not_after}),
        asides_before=PhraseTable.of({w: True for w in prof.date_asides_before}),
        asides_after=PhraseTable.of({w: True for w in prof.date_asides_after}),
        year_modifier_before=PhraseTable.of({w: True for w in prof.year_modifier_before}),
        year_modifier_after=PhraseTable.of({w: True for w in prof.year_modifier_after}),
        duration_adjectives=PhraseTable.of({w: True for w in prof.duration_adjectives}),
        territories=(re.compile(alternation(prof.territory_currencies))
                     if prof.territory_currencies else None),
        occurrence_compare=PhraseTable.of({w: True for w in prof.occurrence_compare}),
        latin_decades=_latin_decades(prof),
        cjk_century_decade=_cjk_decades(prof)[0],
        cjk_bare_decade=_cjk_decades(prof)[1],
        date_connectors=PhraseTable.of(
            {w: True for w in [*prof.range_connectors, *prof.date_range_connectors]}),
        date_between=PhraseTable.of(
            {w: True for w in [*prof.range_between.values(), *prof.date_range_between_links]}),
        cjk_day_tail=cjk_tail,
        cjk_month_range=cjk_month_range,
        cjk_day_range=cjk_day_range,
        cjk_day_and=cjk_and,
        year_links=PhraseTable.of({w: True for w in prof.date_links}),
        year_before=PhraseTable.of({w: True for w in prof.date_year_before}),
        # Not before a hyphen ("March-born"), but before a hyphen and another month: the
        # first month of a range ("January-March 2023").
        month_alone=(WordScan.of(re.compile(rf"(?P<m>{alternation(prof.months_wide)})"
                                            rf"(?![\w'’]|-(?!(?:{alternation(prof.months_wide)})"
                                            rf"(?![\w'’-])))", re.IGNORECASE), prof.months_wide)
                     if prof.months_wide else None),
        date_openers=PhraseTable.of(
            {w: True for w in [*prof.range_between, *prof.date_range_openers]}),
    )
    return replace(lex, after_gate=_after_gate(lex), before_gate=_before_gate(lex),
                   nonclaim_before_gate=LastGate.of(
                       [lex.clock_before, lex.age_before, lex.qual_before, lex.references,
                        lex.quantity_before]),
                   nonclaim_after_gate=FirstGate.of([lex.clock_after, lex.age_after]))


# The bits of nonclaim_before_gate.mask and nonclaim_after_gate.mask: one per table, in
# the order the gates are built above.
NONCLAIM_BEFORE_CLOCK, NONCLAIM_BEFORE_AGE, NONCLAIM_BEFORE_QUALIFIER, \
    NONCLAIM_BEFORE_REFERENCE, NONCLAIM_BEFORE_QUANTITY = (1 << i for i in range(5))
NONCLAIM_AFTER_CLOCK, NONCLAIM_AFTER_AGE = (1 << i for i in range(2))


# The bits of before_gate.mask: one per table, in _before_gate's order.
BEFORE_CURRENCY, BEFORE_PERCENT, BEFORE_ORDINAL, BEFORE_CONNECTOR, BEFORE_QUALIFIER, \
    BEFORE_SPAN = (1 << i for i in range(6))


def _point_units(prof: LanguageProfile) -> list[str]:
    """The unit words of percentage and basis points ("percentage point", "poin
    persentase")."""
    return [w for w, unit in prof.quantities.after.items()
            if unit in ("percentage point", "basis point") and not is_cjk(w[:1])]


def _before_gate(lex: Lexicon) -> LastGate:
    """The gate of the tables _grow_before (grow.py) looks up right before a number
    (symbol_before's first lookup among them): where it is shut, none of them ends there;
    its mask tells which may (the BEFORE_* bits)."""
    return LastGate.of([lex.currency_before, lex.percent_before, lex.ordinal_before,
                        lex.connectors, lex.qual_before, lex.qual_span_before])


# The bits of after_gate.mask: one per table in _after_gate's order, then the prefixes
# ("+", the day marker, the fraction bridges) and the spelled fraction words.
(AFTER_MINOR, AFTER_SCALE, AFTER_SHORT_SCALE, AFTER_QUALIFIER, AFTER_LINKER, AFTER_CURRENCY,
 AFTER_AMBIGUOUS, AFTER_SYMBOL, AFTER_QUANTITY, AFTER_QUANTITY_WORD, AFTER_GENERIC,
 AFTER_PERCENT, AFTER_DURATION, AFTER_DURATION_ADJECTIVE, AFTER_MULTIPLIER, AFTER_COUNTER,
 AFTER_TENTHS, AFTER_CASUALTY, AFTER_SPAN_TAIL, AFTER_PREFIX,
 AFTER_FRACTION) = (1 << i for i in range(21))


def after_tables(lex: Lexicon) -> list[PhraseTable]:
    """The tables _grow_after (grow.py) looks up right after a number, in the order of
    their AFTER_* bits."""
    return [lex.minor_units, lex.scales, lex.short_scales, lex.qual_after, lex.linkers,
            lex.currency_after, lex.currency_ambiguous, lex.currency_before,
            lex.quantity_after, lex.quantity_words, lex.currency_generic, lex.percent_after,
            lex.durations, lex.duration_adjectives, lex.multiplier_after, lex.counters,
            lex.tenths, lex.casualty_counters, lex.span_tails]


def _after_gate(lex: Lexicon) -> FirstGate:
    """The gate of every table and prefix _grow_after (grow.py) looks up right after a
    number: where it is shut, none of them stands there; its mask tells which may (the
    AFTER_* bits)."""
    prof = lex.profile
    return FirstGate.of(after_tables(lex),
                        ["+", prof.date_day, *prof.quantities.fraction_bridges],
                        _fraction_starts(prof))


def _fraction_starts(prof: LanguageProfile) -> list[str]:
    """What a spelled fraction added to a number may begin with (grow._fraction_after):
    its join words ("and a", "et"), or, where a language joins none or counts the
    fraction ("2 setengah", "trois quarts"), a fraction or unit word itself. It reads them
    word by word, as runs of letters (spelled.fraction_after)."""
    sp = prof.spelled
    words = [w for w, (role, _) in sp.roles.items()
             if role in ("fraction", "part", "inexact", "unit")]
    return [w for w in (*sp.fraction_joins, *sp.scale_fraction_joins, *words) if w]


def _latin_decades(prof: LanguageProfile
                   ) -> tuple[tuple[re.Pattern[str] | WordScan, re.Pattern[str] | None], ...]:
    """'années 1960' (a word before the year) and '1960s', '1960-an' (a suffix after it);
    two digits ("années 60", "'60s") are matched too, to be held: no century is stated.
    Each pattern comes with a cheaper one its every match holds, or None."""
    year = r"(?P<y>[0-9]{4}|[0-9]{2})"
    found: list[tuple[re.Pattern[str] | WordScan, re.Pattern[str] | None]] = []
    if prof.date_decade_before:
        found.append((WordScan.of(re.compile(
            rf"(?<!\w)(?:{alternation(prof.date_decade_before)})\s+{year}(?![\w.,]?\w)",
            re.IGNORECASE), prof.date_decade_before), None))
    if prof.date_decade_suffixes:
        # Suffixes stick to the digits, so no word boundary before them.
        suffixes = "|".join(re.escape(w) for w in sorted(prof.date_decade_suffixes,
                                                         key=lambda w: (-len(w), w)))
        # The hint (a digit and a suffix) is scanned from digits only, not tried everywhere.
        found.append((re.compile(rf"(?<![\w.,'’])['’]?{year}(?:{suffixes})(?!\w)"),
                      re.compile(rf"[0-9](?:{suffixes})")))
    return tuple(found)


def _cjk_decades(prof: LanguageProfile
                 ) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """20世纪60年代 (a century word, then the decade) and 60年代 alone."""
    if not prof.date_decades:
        return None, None
    han = "".join(sorted(k for k, v in prof.han_digits.items() if 0 <= v <= 9))
    tens = "".join(k for k, v in prof.han_units.items() if v == 10)
    small = f"[0-9]{{1,2}}|[{re.escape(han + tens)}]{{1,3}}" if han else "[0-9]{1,2}"
    sp = "[ \u00a0\u3000]?"
    decade = rf"(?P<dd>{small}){sp}(?:{alternation(prof.date_decades)})"
    century = None
    if prof.date_centuries:
        century = re.compile(
            rf"(?<![0-9{re.escape(han + tens)}])(?P<c>{small}){sp}"
            rf"(?:{alternation(prof.date_centuries)}){sp}{decade}")
    bare = re.compile(rf"(?<![0-9{re.escape(han + tens)}]){decade}")
    return century, bare


def _unit_folds(word: str, prof: LanguageProfile) -> bool:
    """Whether a unit word matches in any case: words longer than three characters and
    symbols whose case means nothing else ("Ghz"), not symbols listed as exact ("Mbps")."""
    words = prof.quantities
    return word in words.any_case or (len(word) > 3 and word not in words.exact)


def _period_year(prof: LanguageProfile) -> re.Pattern[str] | None:
    """'mid-2003', 'early 2003', 'fin 2003': a period word before a bare year (not a decade:
    'late 1990s', 'akhir 1990-an')."""
    periods = alternation(prof.date_periods)
    if not periods:
        return None
    return re.compile(rf"(?:{periods})(?:(?<=-)|\s+)(?P<y>\d{{4}})(?!\w|-\w)", re.IGNORECASE)


def _rate_per(prof: LanguageProfile) -> re.Pattern[str] | None:
    """The rate words before a denominator ("per", "pour", 每, "/"), as whole words where
    they end in a Latin letter."""
    words = sorted(prof.rate_per, key=len, reverse=True)
    if not words:
        return None
    body = "|".join(
        rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])" if w[-1:].isalpha() and not is_cjk(w[-1])
        else re.escape(w) for w in words)
    # A look at the first character before the branches (case-insensitive, as the
    # pattern): most positions are rejected with one test instead of a lookbehind per word.
    firsts = "".join(sorted({re.escape(w[0]) for w in words}))
    return re.compile(f"(?=[{firsts}])(?:{body})", re.IGNORECASE)


def _rate_gate(prof: LanguageProfile) -> TextGate:
    """The gate of _rate_per: its words that end in a Latin letter are whole words."""
    bounded = [w for w in prof.rate_per if w[-1:].isalpha() and not is_cjk(w[-1])]
    return TextGate.of(bounded, [w for w in prof.rate_per if w not in bounded])


def _era_names(names: Iterable[str]) -> str:
    """An alternation of era names: words as alternation() writes them, and an era's
    initial (H30年, R3年: one Latin letter, glued to the year's digits) after no other
    Latin letter or digit (not "BH30"; a kana or Han character may stand before it)."""
    words = [n for n in names if not (len(n) == 1 and n.isalpha() and not is_cjk(n))]
    initials = sorted(set(names) - set(words))
    parts = [alternation(words)] if words else []
    if initials:
        parts.append(r"(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])["
                     + "".join(re.escape(i) for i in initials) + "]")
    return "|".join(parts)


def _era_year(prof: LanguageProfile) -> re.Pattern[str] | None:
    """"400 A.D.", "AD 79", "l'an 400", "tahun 400", "公元 400 年": a number an era word
    marks as a year (a CJK year marker after it, when the language has one)."""
    before, after = alternation(prof.era_before), alternation(prof.era_after)
    if not (before or after):
        return None
    marker = rf"\s*{re.escape(prof.date_year)}" if prof.cjk and prof.date_year else ""
    forms = []
    if before:
        # Unspaced scripts run the era word into the word before it (于公元400年).
        lead, edge = (r"\s*", "") if prof.cjk else (r"\s+", r"(?<!\w)")
        forms.append(rf"{edge}(?:{before}){lead}(?P<y>[0-9]{{1,4}}){marker}(?![\w.,]\d)")
    if after:
        forms.append(rf"(?<![\w.,])(?P<y2>[0-9]{{1,4}}){marker}\s+(?:{after})(?!\w)")
    return re.compile("|".join(f"(?:{f})" for f in forms))


def _before_era(prof: LanguageProfile) -> re.Pattern[str] | None:
    """"500 BC", "1500 av. J.-C.", "300 SM", 紀元前500年, "500–300 BC": years before the
    common era. No claim is read there: a date has no year below 1, and read alone the
    number would be a count or a duration of that many years."""
    before, after = alternation(prof.era_bc_before), alternation(prof.era_bc_after)
    if not (before or after):
        return None
    marker = rf"\s*{re.escape(prof.date_year)}" if prof.cjk and prof.date_year else ""
    year = r"[0-9０-９](?:[0-9０-９]|[.,\u00a0\u202f ](?=[0-9０-９]))*"
    joint = alternation([*prof.range_connectors, *prof.date_range_connectors,
                         *prof.range_between.values()])
    again = alternation([*prof.era_bc_before, *prof.era_bc_repeat])  # 公元前500年至前300年
    again = rf"(?:{again})?\s*" if again else ""
    years = rf"{year}(?:{marker}\s*(?:{joint})\s*{again}{year})?{marker}"
    forms = []
    if before:
        lead, edge = (r"\s*", "") if prof.cjk else (r"\s+", r"(?<!\w)")
        forms.append(rf"{edge}(?:{before}){lead}{years}")
    if after:
        # "5 000 ans av. J.-C.", "8,000 years BC": the word for years may stand between.
        span = alternation([w for w, (unit, factor) in prof.durations.items()
                            if unit == "year" and factor == 1])
        span = rf"(?:\s*(?:{span}))?" if span else ""
        forms.append(rf"(?<![\w.,]){years}{span}\s*(?:{after})(?![^\W\d_])")
    return re.compile("|".join(f"(?:{f})" for f in forms), re.IGNORECASE)


def _full_date_reach(prof: LanguageProfile) -> int | None:
    """How far before its year marker a CJK full date (cjk_full_date) may start at most:
    four numerals, or an era name, a space and its year of up to three, then a space."""
    names = [*prof.eras, *prof.era_first_year]
    if any(not name.strip() or any(ch.isspace() for ch in name) for name in names):
        return None
    era = max((len(e) for e in prof.eras), default=0)
    first = max((len(f) for f in prof.era_first_year), default=0)
    return max(4, era + 1 + max(3, first)) + 1


def _ratio(prof: LanguageProfile) -> re.Pattern[str] | None:
    """Two numbers of a proportion around a link word of the language ("one in five", "3 in
    10", "un adulte sur cinq", "satu dari lima", 5人に1人). Groups a and b are the numbers
    (digits, or the language's number words up to the tens); in a spaced script one or two
    words may stand after the first ("un Français sur cinq", « un ancien habitant sur
    cinq »)."""
    if not prof.ratio_links:
        return None
    spelled = alternation(_ratio_words(prof))
    number = rf"(?:[0-9]{{1,3}}|{spelled})" if spelled else r"[0-9]{1,3}"
    links = alternation(prof.ratio_links)
    if prof.cjk and prof.ratio_noun_counters and prof.ratio_noun_links:
        # (a noun of one to four characters between the whole's counter and the link)
        links += (f"|(?:{alternation(prof.ratio_noun_counters)})[\u3400-\u9fff]{{0,4}}?"
                  f"(?:{alternation(prof.ratio_noun_links)})")
    if prof.cjk:
        han = ratio_han(prof)
        if han:
            number = rf"(?:{number}|[{re.escape(han)}]{{1,4}})"
        return re.compile(rf"(?<![0-9{re.escape(han)}])(?P<a>{number})(?:{links})"
                          rf"(?P<b>{number})(?![0-9{re.escape(han)}])")
    # Not the last group of a grouped number ("6 000 personnes sur un total"). Written to
    # start with a character class (the first character of a number, in either case; the
    # tests of what stands before it follow it), so the engine finds the places a match
    # may start in one fast scan instead of trying every position: the same matches as
    # (?<![\w.,])(?<![0-9][\s\u00a0\u202f\u2009])(?P<a>{number}) with IGNORECASE.
    words = sorted(set(_ratio_words(prof)), key=lambda w: (-len(w), w))
    rests = "|".join(rf"(?<={re.escape(w[0])}){re.escape(w[1:])}(?![^\W_])" for w in words)
    first = rf"[0-9{re.escape(caseless_chars(''.join(w[0] for w in words)))}]"
    head = (rf"(?P<a>{first}(?<![\w.,].)(?<![0-9][\s\u00a0\u202f\u2009].)"
            rf"(?:(?<=[0-9])[0-9]{{0,2}}{f'|(?i:{rests})' if rests else ''}))")
    # (a whole spelled in hyphen-joined words is read whole: « sur quatre-vingts », « sur
    # vingt-deux », never as its first word; a whole may be a hundred or a thousand: « un
    # sur cent », "one in a hundred")
    wholes = alternation([*_ratio_words(prof), *_ratio_wholes(prof)])
    hundreds = alternation(_ratio_wholes(prof))
    articles = alternation([a for a in prof.articles if a.isalpha()])
    article = rf"(?:(?:{articles})\s+(?={hundreds}))?" if articles and hundreds else ""
    whole = rf"(?:[0-9]{{1,3}}|{article}(?:{wholes})(?:[-\u2010][^\W\d_]+)*(?![^\W_]))" \
        if spelled else number
    return re.compile(rf"{head}(?i:(?:\s+[^\W\d_]+){{0,2}}\s+(?P<link>{links})\s+(?P<b>{whole})"
                      rf"(?![\w.,]?\d))")


def _street_after(words: Sequence[str], links: Sequence[str] = ()
                  ) -> re.Pattern[str] | None:
    """The street that follows a house number: a street word (as written in the data, or
    with a capital first letter), right after it or after one to three capitalised words
    (then the street word itself capitalised: "221 Baker Street", not "40 Main road
    deaths")."""
    if not words:
        return None
    forms = alternation([f for w in words for f in (w, w[:1].upper() + w[1:])])
    capitalised = alternation([w[:1].upper() + w[1:] for w in words])
    # (the language's own words between the number and its street: « au 12 de la rue »)
    link = rf"(?:(?:{alternation(links)})[ \u00a0]?)?" if links else ""
    return re.compile(rf"[ \u00a0](?:{link}(?:{forms})|(?:[A-Z\u00c0-\u00de][^\W\d_]*[ \u00a0])"
                      rf"{{1,3}}(?:{capitalised}))(?!\w)")


_GROUPED = r"[0-9]{1,3}(?:[,.\u00a0\u202f ][0-9]{3})+"


def _count_ratio(prof: LanguageProfile) -> re.Pattern[str]:
    """Two grouped numbers joined as the parts of a ratio: by a slash in every language, by
    a link word of the language's proportions in a spaced script ("1,388 of 5,143",
    "1 388 sur 5 143", "1.388 dari 5.143": the same deaths over cases)."""
    links = rf"|\s(?:{alternation(prof.ratio_links)})\s" if prof.ratio_links and not prof.cjk \
        else ""
    return re.compile(rf"(?=[0-9])(?<![0-9.,/])({_GROUPED})(?:\s?/\s?{links})({_GROUPED})"
                      r"(?![0-9/]|[.,][0-9])", re.IGNORECASE)


def _ratio_tail(prof: LanguageProfile) -> re.Pattern[str] | None:
    """The end of every match of _ratio(prof) in a spaced script: the last space before
    the link word, the link, the second number. Its search starts only at spaces (one
    fast scan), where _ratio's starts at every number and number word."""
    if not prof.ratio_links or prof.cjk:
        return None
    spelled = alternation([*_ratio_words(prof), *_ratio_wholes(prof)])
    articles = alternation([a for a in prof.articles if a.isalpha()])
    article = rf"(?:(?:{articles})\s+)?" if articles else ""
    number = rf"(?:[0-9]{{1,3}}|{article}{spelled})" if spelled else r"[0-9]{1,3}"
    return re.compile(rf"\s(?:{alternation(prof.ratio_links)})\s+(?:{number})(?![\w.,]?\d)",
                      re.IGNORECASE)


def caseless_chars(chars: str) -> str:
    """Every character re.IGNORECASE matches to one of `chars` (sorted): a character
    class of them finds, with no flag, what a case-insensitive class would."""
    if not chars:
        return ""
    wide = any(ord(ch) > 0xFFFF for ch in chars)
    found = re.compile(f"[{re.escape(chars)}]", re.IGNORECASE).findall(_all_chars(wide))
    return "".join(sorted(set(found)))


@lru_cache(maxsize=2)
def _all_chars(wide: bool) -> str:
    """Every Unicode character (every one of the Basic Multilingual Plane unless `wide`:
    no character outside it matches one inside it regardless of case)."""
    return "".join(map(chr, range(0x110000 if wide else 0x10000)))


def ratio_han(prof: LanguageProfile) -> str:
    """The Han numeral characters a CJK proportion is written with (每五人中就有一人), up
    to the hundreds (一百人中有三人)."""
    return "".join(sorted({*prof.han_digits,
                           *(k for k, v in prof.han_units.items() if v <= 100)}))


def _all_tallies(prof: LanguageProfile) -> list[str]:
    """The templates of [nonclaims] tallies and of [counts] tallies."""
    return [*prof.nonclaims.tallies, *(t for _, templates in prof.count_tallies
                                       for t in templates)]


def _tallies(prof: LanguageProfile) -> re.Pattern[str] | None:
    """A vote's tally: each template of [nonclaims] tallies and [counts] tallies with {a}
    and {b} for numbers (digits, or the language's number words up to the tens, or Han
    numerals)."""
    templates = _all_tallies(prof)
    return _tally_pattern(prof, templates) if templates else None


def _tally_pattern(prof: LanguageProfile, templates: list[str]) -> re.Pattern[str]:
    """The templates' alternation; with one template, its numbers are groups a and b."""
    spelled = _compound(prof)
    number = r"[0-9０-９]{1,4}" + (f"|{spelled}" if spelled else "")
    if prof.cjk and ratio_han(prof):
        number += f"|[{re.escape(ratio_han(prof))}]{{1,4}}"
    edge = "" if prof.cjk else r"(?<![\w.,])"
    a, b = ("(?P<a>", "(?P<b>") if len(templates) == 1 else ("(?:", "(?:")
    forms = []
    for template in templates:
        body = r"\s+".join(re.escape(part) for part in template.split())
        body = body.replace(r"\{a\}", f"{a}{number})").replace(r"\{b\}", f"{b}{number})")
        forms.append(body)
    tail = "" if prof.cjk else r"(?![\w])"
    return re.compile(rf"{edge}(?:{'|'.join(forms)}){tail}", re.IGNORECASE)


def _bases(prof: LanguageProfile) -> re.Pattern[str] | None:
    """The same period a year before: a phrase of [nonclaims] base_periods, then one of
    base_offsets ("the same period" "a year earlier")."""
    nc = prof.nonclaims
    if not nc.base_periods or not nc.base_offsets:
        return None

    def phrases(words: tuple[str, ...]) -> str:
        return "|".join(r"\s+".join(re.escape(part) for part in p.split())
                        for p in sorted(words, key=len, reverse=True))

    edge, tail = ("", "") if prof.cjk else (r"(?<![\w])", r"(?![\w])")
    return re.compile(rf"{edge}(?:{phrases(nc.base_periods)})\s*,?\s*"
                      rf"(?:{phrases(nc.base_offsets)}){tail}", re.IGNORECASE)


def _named_days(prof: LanguageProfile) -> re.Pattern[str] | None:
    """[named_days] phrases as one pattern: in CJK after the year that may be written with
    them (2024年元日, 2024年の元日), elsewhere before it ("New Year's Day 2024")."""
    if not prof.named_days:
        return None
    names = alternation(list(prof.named_days))
    if prof.cjk:
        genitive = (rf"(?:{re.escape(prof.relative_genitive)})?" if prof.relative_genitive
                    else "")
        marker = re.escape(prof.date_year)
        return re.compile(rf"(?:(?P<y>(?<![0-9０-９])[0-9０-９]{{4}})[ \u00a0]?{marker}{genitive})?"
                          rf"(?P<n>{names})")
    return re.compile(rf"(?P<n>{names})(?:,?[ \u00a0](?P<y>[0-9]{{4}})(?![0-9]))?")


def _compound(prof: LanguageProfile) -> str:
    """A number spelled in one or more words, joined by hyphens or spaces, or by the
    language's joining words ("fifty-one", "two hundred and twenty", « cinquante et une »,
    "dua puluh satu"): what a tally's slot takes (atoms.tally_atoms reads it whole, or
    not at all)."""
    parts = alternation([w for w, (role, _) in prof.spelled.roles.items()
                         if role in NUMBER_PARTS and " " not in w])
    if not parts:
        return ""
    joins = alternation(list(prof.spelled.connectors))
    link = rf"(?:[-\u2010]|\s+(?:(?:{joins})\s+)?)" if joins else r"(?:[-\u2010]|\s+)"
    return rf"(?:{parts})(?![^\W_])(?:{link}(?:{parts})(?![^\W_]))*"


def _ratio_words(prof: LanguageProfile) -> list[str]:
    """The number words a proportion is written with: up to the tens ("one", "un",
    "satu"), not articles ("a factor of 4")."""
    return [w for w, (role, _) in prof.spelled.roles.items()
            if role in ("unit", "teen", "ten") and " " not in w]


def _ratio_wholes(prof: LanguageProfile) -> list[str]:
    """The number words a proportion's whole may be besides those: a hundred or a thousand
    (« un sur cent », « un décès sur mille »)."""
    return [w for w, (role, value) in prof.spelled.roles.items()
            if role in ("hundred", "scale") and value in (100, 1000) and " " not in w]


def _mixed_pattern(prof: LanguageProfile) -> re.Pattern[str] | None:
    """Digit runs joined by Han units and scales (4千, 2万5千, 36億8,000万): one number.
    Matched on width-folded text, so ASCII digits only."""
    words = [*prof.han_units, *(k for k in prof.scales if k and all(is_cjk(ch) for ch in k))]
    if not words:
        return None
    unit = "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: -len(w))) + ")"
    digits = r"[0-9](?:[0-9]|[.,](?=[0-9]))*"
    # The first digit, then the test of what stands before it ("(?<![0-9.,])[0-9]"
    # written so): a pattern that starts with a character class is searched for it in one
    # fast scan, not tried at every position.
    first = r"[0-9](?<![0-9.,][0-9])(?:[0-9]|[.,](?=[0-9]))*"
    # One space may stand between the parts, as text spaced between digits and Han
    # characters writes them ("3 万 4,500"): _mixed_atoms reads such a run only when a digit
    # run follows a unit (a spaced "3 万" alone is a number and its scale word, as before).
    return re.compile(rf"{first}(?: ?{unit})+(?: ?{digits}(?: ?{unit})*)*")


def _han_mixed_pattern(prof: LanguageProfile) -> re.Pattern[str] | None:
    """A Han numeral with a unit or scale, then digit runs and Han units (三万6789,
    二十万5千, 三千5百万): one number, which neither half alone states. No spaces."""
    words = [*prof.han_units, *(k for k in prof.scales if k and all(is_cjk(ch) for ch in k))]
    if not words or not prof.han_digits:
        return None
    unit = "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: -len(w))) + ")"
    tens = [k for k, v in prof.han_units.items() if v == 10]
    lead = "".join(re.escape(ch) for ch in sorted({*prof.han_digits, *tens}))
    ends = "".join(re.escape(w) for w in sorted(words) if len(w) == 1)
    body = "".join(re.escape(ch) for ch in sorted({*prof.han_digits, *ends}))
    digits = r"[0-9](?:[0-9]|[.,](?=[0-9]))*"
    # A Han digit (or 十) first, so the scan starts at a character class; the last Han
    # character before the digits is a unit or scale (三5 is two numbers).
    return re.compile(rf"[{lead}](?<![0-9.,][{lead}])[{body}]*(?<=[{ends}]){digits}"
                      rf"(?:{unit}|{digits})*")


def _clock_hint(separators: tuple[str, ...], words: tuple[str, ...]) -> re.Pattern[str] | None:
    """What every match of _clock_times(separators, words) holds: the hour's last digit,
    then its separator (or the point or colon after a time word) and the minutes' tens.
    One scan that starts only at digits tells that none of those patterns can match."""
    tails = [rf"\s?{re.escape(sep)}\s?[0-5]\d" for sep in separators]
    if words:
        tails.append(r"[.:][0-5]\d")
    return re.compile(rf"\d(?:{'|'.join(tails)})") if tails else None


# (… or in Han numerals: 午前五時四十六分五十二秒, 一点三十分二十秒, one to three characters)
_HAN_CLOCK = "[〇零一二三四五六七八九十两兩]"
_CLOCK_FIELDS = {
    "h": rf"(?<![0-9０-９.,])(?:[01]?[0-9]|2[0-4]|[０-１]?[０-９]|２[０-４]|(?<!{_HAN_CLOCK})"
         rf"{_HAN_CLOCK}{{1,3}})",
    "m": rf"(?:[0-5０-５]?[0-9０-９]|{_HAN_CLOCK}{{1,3}})",
    "s": rf"(?:[0-5０-５]?[0-9０-９](?![0-9０-９])|{_HAN_CLOCK}{{1,3}}(?!{_HAN_CLOCK}))"}
# The characters each field's match may begin with (every numeral form above).
_CLOCK_FIELD_FIRSTS = "0-9０-９〇零一二三四五六七八九十两兩"


def _clock_template(templates: tuple[str, ...], words: tuple[str, ...]
                    ) -> re.Pattern[str] | None:
    """[nonclaims] clock_templates as one pattern whose group t runs from the hour to the
    template's end: {h} an hour (0 to 24), {m} and {s} minutes and seconds, {at} a word of
    `words` (clock_before_hhmm), a space any run of spaces (or none)."""
    bodies = []
    # What a match may begin with, for a look at the first character before the branches
    # (the engine then rejects most positions with one test, where each branch's leading
    # lookbehind would be tried at every position): None when a template opens with a space.
    firsts: set[str] | None = set()
    for template in templates:
        out: list[str] = []
        t_open = False
        for piece in re.split(r"(\{[a-z]+\}|\s+)", template):
            if not piece:
                continue
            if not out and firsts is not None:
                if piece == "{at}":
                    firsts.update(w[0] for w in words if w)
                elif piece[0] == "{" and piece[-1] == "}":
                    firsts.add(_CLOCK_FIELD_FIRSTS)
                elif piece.isspace():
                    firsts = None
                else:
                    firsts.add(re.escape(piece[0]))
            if piece == "{at}":
                out.append(f"(?<![^\\W_])(?:{alternation(words)})" if words else "(?!)")
            elif piece[0] == "{" and piece[-1] == "}":
                field = _CLOCK_FIELDS[piece[1:-1]]
                if piece == "{h}" and not t_open:
                    out.append("(?P<t>")
                    t_open = True
                out.append(field)
            elif piece.isspace():
                out.append(r"[ \u00a0\u202f]*")
            else:
                out.append(re.escape(piece))
        if t_open:
            out.append(")")
        bodies.append("".join(out))
    if not bodies:
        return None
    # each template's group t renamed t0, t1 …: the group a match closes last
    # (Match.lastgroup) is its time
    joined = "|".join(body.replace("(?P<t>", f"(?P<t{i}>") for i, body in enumerate(bodies))
    if firsts:
        joined = "(?=[" + "".join(sorted(firsts)) + "])(?:" + joined + ")"
    return re.compile(joined, re.IGNORECASE)


def _template_hint(template: str) -> str:
    """The longest literal piece of a clock template, as written: every match holds it
    (one in capitals, « À 19 H 21 MIN », is not looked for)."""
    pieces = re.split(r"\{[a-z]+\}|\s+", template)
    return max(pieces, key=len)


def _clock_times(separators: tuple[str, ...], words: tuple[str, ...],
                 span_after: tuple[str, ...] = ()) -> tuple[re.Pattern[str], ...]:
    """Patterns whose group t is a time of day: 21h30 (a separator of its own), unless a
    word of `span_after` follows ("2 h 11 min": a span), and hour.minutes after a time word
    ("à 14.30", where French writes decimals with a comma)."""
    hour = r"(?:[01]?\d|2[0-3])"
    span = rf"(?!\s?(?:{alternation(span_after)})(?![^\W\d_]))" if span_after else ""
    found = [re.compile(rf"(?<![\d.,])(?P<t>{hour}\s?{re.escape(sep)}\s?[0-5]\d)(?!\d){span}")
             for sep in separators]
    if words:
        found.append(re.compile(
            rf"(?:{alternation(words)})\s+(?P<t>{hour}[.:][0-5]\d)(?![\d.,])", re.IGNORECASE))
    return tuple(found)


def _relative_day(prof: LanguageProfile) -> re.Pattern[str] | None:
    """"the 20th of", "le 20 du", "tanggal 20": a day in digits before a relative month
    ([date_forms] relative_day_before, relative_day_links); the month is read after it."""
    if not prof.date_relative_day_before or not prof.date_relative_day_links:
        return None
    before = alternation(prof.date_relative_day_before)
    links = alternation([w for w in prof.date_relative_day_links if w])
    link = rf"(?:(?P<link>{links})\s+)" + ("?" if "" in prof.date_relative_day_links else "") \
        if links else ""
    return re.compile(rf"(?<!\w)(?:{before})\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th|er)?\s+{link}",
                      re.IGNORECASE)

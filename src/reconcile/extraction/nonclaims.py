"""Numbers that are never claims: clock times, ages, scores, phone numbers, references and
product names. They are found before growth, so no unit or range is built on them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from itertools import pairwise

from reconcile.concepts import concepts_of
from reconcile.extraction.expr import Expr, make_expr, overlaps_any
from reconcile.extraction.keep import (
    SPREAD_ASIDE,
    SPREAD_OPENERS,
    YEAR_RANGE,
    count_noun,
    title_cased,
)
from reconcile.extraction.lexicon import (
    NONCLAIM_AFTER_AGE,
    NONCLAIM_AFTER_CLOCK,
    NONCLAIM_BEFORE_AGE,
    NONCLAIM_BEFORE_CLOCK,
    NONCLAIM_BEFORE_QUALIFIER,
    NONCLAIM_BEFORE_QUANTITY,
    NONCLAIM_BEFORE_REFERENCE,
    Lexicon,
)
from reconcile.extraction.money import money_after
from reconcile.extraction.phrases import (
    SPACES,
    WORD_BEFORE_SPACE,
    back_spaces,
    letter_words,
    number_ends_at,
    skip_spaces,
)
from reconcile.extraction.quantities import unit_after
from reconcile.extraction.spelled import readings, spelled_goes_on
from reconcile.numbers import parse_han, power_of_ten

# Digits may touch CJK characters (no spaces there) but not Latin letters or digits.
# Phone numbers: an international prefix, a 0-led run of three or more digit groups, a
# 0-led area code before a long local number (010-12345678), an area code in brackets.
_PHONE = re.compile(
    # Each form starts with the character "+", "0" or "(", and the test of what stands
    # before it is made after it ("0(?<!x0)" is "(?<!x)0"): a pattern whose every branch
    # starts with a character is searched for those characters in one fast scan, not
    # tried at every position.
    r"\+(?<![0-9A-Za-z_+]\+)\d{1,3}(?:[ .\-]\(?\d{1,4}\)?){2,}(?![0-9A-Za-z_])"
    r"|0(?<![0-9A-Za-z_.,\-]0)\d{1,4}(?:[ .\-]\d{2,4}){2,}(?![0-9A-Za-z_\-])"
    r"|0(?<![0-9A-Za-z_.,\-]0)\d{1,4}-\d{5,8}(?![0-9A-Za-z_\-])"
    r"|\(0?\d{2,4}\)[ \-]?\d{3,4}[ .\-]?\d{3,4}(?![0-9A-Za-z_\-])"
)
# Three or more numbers chained by hyphens: formations, scores, codes ("4-1-2"). (This
# pattern and the next test what stands before their first digit after it, as _PHONE.)
_CHAIN = re.compile(r"\d(?<![0-9A-Za-z_.,\-]\d)\d*(?:[-–]\d+){2,}(?![0-9A-Za-z_\-])"
                    r"|\d(?<![0-9A-Za-z_.,\-]\d)\d*(?: [-–] \d+){2,}(?![0-9A-Za-z_\-])")
# Two small numbers around a hyphen: a score when the first is not below the second (a
# range never runs downwards), or next to a score word ("won 3-1", "a 2-10 record").
_PAIR = re.compile(r"(\d(?<![0-9A-Za-z_.,\-]\d)\d{0,2})\s?[-–]\s?(\d{1,3})"
                   r"(?![0-9A-Za-z_\-%]|[.,]\d)")
# A short group, a hyphen and a run of six digits or more with no group separator: the
# shape of a telephone number ("(+31)12-3456789", "+49176- 12345678"), never a range (no
# range runs from 12 to 3,456,789 written so).
_DIALLED = re.compile(r"(\d(?<![0-9A-Za-z_.,]\d)\d{0,4})\s?[-–]\s?(\d{6,})(?![0-9A-Za-z_%]|[.,]\d)")
# An IPv6 address (hex groups and colons, with "::" or a hex letter: "2001:db8::1",
# "2001::"): its first group is no year. (Times, "10:30:15", have neither.)
_IPV6 = re.compile(r"(?<![0-9A-Za-z_:])[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
# An IPv4 address with its prefix length ("192.168.1.0/24") and a host with its port
# ("localhost:8000", "myserver:8080"): the numbers name a network or a port.
_NETWORK = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}/\d{1,2}(?![\d.])"
                      r"|(?<![\w.:/])[A-Za-z][A-Za-z0-9.\-]*:\d{2,5}(?![\d:])")
# What both forms of _NETWORK hold: a digit, a slash and a digit (a prefix length); a
# letter, digit, point or hyphen, a colon and a digit (a port). Found from the slash or
# colon, which the engine scans for: most texts with one have neither ("said: 5", "and/or").
_NETWORK_HINT = re.compile(r"[/:](?:(?<=\d/)|(?<=[A-Za-z0-9.\-]:))\d")
_ANY_DIGIT = re.compile(r"\d")
# A digit, a hyphen or an en dash and a digit, a space at most on either side: what
# _CHAIN, _DIALLED and _PAIR all hold (found from the dash, which the engine scans for).
_DIGIT_DASH_DIGIT = re.compile(r"[-–](?:(?<=\d[-–])|(?<=\d\s[-–]))\s?\d")
# Three or more groups of two to four digits, each one separator apart (one kind
# throughout), standing alone: the shape of a telephone number (_called_numbers). (This
# pattern and the next two test what stands before their first digit after it, as _PHONE.)
_GROUP_RUN = re.compile(
    r"[0-9](?<![0-9A-Za-z_.,\-][0-9])[0-9]{1,3}([ .\-\u00a0])[0-9]{2,4}(?:\1[0-9]{2,4})+"
    r"(?![0-9A-Za-z_]|[.,][0-9])")
# Two digits, a space, dot or hyphen, and two digits: what _GROUP_RUN and _FOUR_FOUR hold.
_TWO_PAIRS = re.compile(r"[0-9][0-9][ .\-\u00a0][0-9][0-9]")
# Two groups of four digits one space, dot or hyphen apart, standing alone.
_FOUR_FOUR = re.compile(r"([0-9](?<![0-9A-Za-z_.,\-][0-9])[0-9]{3})([ .\-\u00a0])([0-9]{4})"
                        r"(?![0-9A-Za-z_\-]|[.,][0-9])")
# Three or more digits standing alone (no separator or letter glued to them).
_DIGIT_RUN_ALONE = re.compile(r"[0-9](?<![0-9A-Za-z_.,\-][0-9])[0-9]{2,}(?:[-. ][0-9]{2,})*"
                              r"(?![0-9A-Za-z_]|[.,\-][0-9])")
# Two digit runs (ASCII digits, as the proportion pattern reads them) apart.
_TWO_DIGIT_RUNS = re.compile(r"[0-9][^0-9]+[0-9]")
_WORD_AT = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_MINUTES = re.compile(r"[:.][0-5]\d(?!\d)")
_HHMM = re.compile(r"(?:[01]\d|2[0-4])[0-5]\d")
_JOINED_BEFORE = re.compile(r"(?<![\w.,])\d+[-–]$")
# A word of letters (and inner hyphens) before a space: "SARS-CoV-2 10" is no name head.
_WORD_END = re.compile(r"[^\W\d_]+$")
_LATIN_WORD_BEFORE = re.compile(r"(?<![\w\-])([^\W\d_]+(?:-[^\W\d_]+)*)[ \u00a0]$")
_HYPHENED_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def word_before(text: str, lo: int, hi: int) -> tuple[int, str] | None:
    """What _LATIN_WORD_BEFORE.search(text, lo, hi) finds, as (start, group 1), read from
    the end instead of tried at every start of the window: the match ends at hi (or before
    a newline at hi), so its word is the run of letters and hyphens before that space,
    whole (no letter, digit, "_" or hyphen before it), within the window."""
    if hi - 1 >= lo and text[hi - 1] in " \u00a0":
        end = hi - 1
    elif hi - 2 >= lo and text[hi - 1] == "\n" and text[hi - 2] in " \u00a0":
        end = hi - 2  # "$" also matches before a newline that ends the window
    else:
        return None
    start = end
    # [^\W\d_] is a character str.isalnum() accepts that is no decimal digit (re's \d).
    while start > lo and (text[start - 1] == "-"
                          or (text[start - 1].isalnum() and not text[start - 1].isdecimal())):
        start -= 1
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        return None  # the run goes on before the window, or a digit or "_" is glued to it
    word = text[start:end]
    return (start, word) if _HYPHENED_WORD.fullmatch(word) else None


# Numbers written with an exponent: a mantissa times a power ("1.5×10^6", "3 x 10⁶"), a
# power alone ("10^6", "10⁶", "2^10"), or E notation ("1e-5", "9.83E+3"). (A superscript
# after another number than 10 is more often a footnote's mark: "300¹".)
_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻"
# The hint of _POWER: a caret (looked for as a string), "10" and a superscript, or E
# notation; the last two as one pattern led by a digit, which the engine scans for ("10⁶":
# a digit that is a 1, then a 0).
_POWER_HINT = re.compile(rf"[0-9](?:(?<=1)0[{_SUPERSCRIPT}]|[eE][-−+]?[0-9])")
_POWER = re.compile(
    rf"(?<![\w.,])(?:[0-9]+(?:[.,][0-9]+)?\s?[×x*·]\s?)?"
    rf"(?:[0-9]+\s?(?:\^|\*\*)\s?[-−+]?[0-9]+|10[{_SUPERSCRIPT}]+)(?![\w])"
    rf"|(?<![\w.,])[0-9]+(?:\.[0-9]+)?[eE][-−+]?[0-9]+(?![\w])")


def nonclaim_spans(text: str, lex: Lexicon, dates: Sequence[tuple[int, int]],
                   words: frozenset[str] | None = None,
                   eras: Sequence[tuple[int, int]] | None = None,
                   digits: bool | None = None) -> list[tuple[int, int]]:
    """Spans of the text whose numbers are not claims (dates found before keep theirs);
    `words` are its letter_words, `eras` its before_era_spans and `digits` whether it holds
    a digit, if already known."""
    tallies: list[tuple[int, int]] = []
    if lex.tallies is not None and lex.tallies_gate.open(
            text, letter_words(text) if words is None else words):
        tallies = [(m.start(), m.end()) for m in lex.tallies.finditer(text)]  # 52比48
    if not (_ANY_DIGIT.search(text) is not None if digits is None else digits):
        # the others need a digit: "one in five", 午前五時四十六分五十二秒 (a time of day)
        return sorted([*_ratio_spans(text, lex, words), *tallies,
                       *(_clock_template_spans(text, lex) if lex.profile.cjk else ())])
    spans = [(m.start(), m.end()) for m in _PHONE.finditer(text)] + tallies
    if "^" in text or _POWER_HINT.search(text) is not None:
        # "1.5×10^6 tonnes", "10⁶ people", "1e-5 km", "2^10 bits": a power of ten (or two)
        # read piece by piece would give its exponent as the amount (6 tonnes, 5 km)
        spans += [(m.start(), m.end()) for m in _POWER.finditer(text)]
    spans += _called_numbers(text, lex)
    if ("/" in text or ":" in text) and _NETWORK_HINT.search(text) is not None:
        spans += [(m.start(), m.end()) for m in _NETWORK.finditer(text)]
    if text.count(":") >= 2:  # (an IPv6 address holds two colons at least)
        spans += [(m.start(), m.end()) for m in _IPV6.finditer(text)
                  if "::" in m.group(0) or not m.group(0).replace(":", "").isdigit()]
    # Chains and pairs join their numbers with a hyphen or an en dash, a space at most on
    # either side (most hyphens of a text join words: "COVID-19", "well-known").
    dashed = ("-" in text or "–" in text) and _DIGIT_DASH_DIGIT.search(text) is not None
    spans += [(m.start(), m.end()) for m in _CHAIN.finditer(text)] if dashed else []
    spans += [(m.start(), m.end()) for m in _DIALLED.finditer(text)
              if len(m.group(2)) - len(m.group(1)) >= 3] if dashed else []
    for m in _PAIR.finditer(text) if dashed else ():
        first, second = int(m.group(1)), int(m.group(2))
        before = back_spaces(text, m.start())
        after = skip_spaces(text, m.end(), 1)
        scored = lex.score_words.before(text, before) is not None and not _noun_at(
            text, after, lex)  # "won 3-1 on Sunday", but "won 10-20 seats" is a range
        if first >= second or scored or lex.score_words.at(text, after) is not None:
            spans.append((m.start(), m.end()))
    spans += _rate_spans(text, lex, letter_words(text) if words is None else words)
    if lex.day_at_time is not None:  # 11日午後: a day of the month, then a time of day
        spans += [(m.start(), m.end()) for m in lex.day_at_time.finditer(text)]
    spans += _month_ranges(text, lex)
    spans += _day_ranges(text, lex)
    spans += _spreads(text) if any(b in text for b in SPREAD_OPENERS) else []
    # 21h30, 21 h 00 (any context); "à 14.30" (after a time word): times of day.
    clocks = lex.clock_times if lex.clock_hint and lex.clock_hint.search(text) else ()
    for pattern in clocks:
        for m in pattern.finditer(text):
            spans.append((m.start("t"), m.end("t")))
    spans += _clock_template_spans(text, lex)
    ordered = sorted(dates)
    spans += _ratio_spans(text, lex, words)
    spans = [s for s in spans if not overlaps_any(s[0], s[1], ordered)]
    return sorted([*spans, *(before_era_spans(text, lex, words, True) if eras is None
                             else eras)])


def _clock_template_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """午後2時46分18秒, 14时28分04秒, « à 19 h 21 min »: a time of day ([nonclaims]
    clock_templates), no span of time."""
    if lex.clock_template is None or not any(map(text.__contains__, lex.clock_template_hints)):
        return []
    spans = []
    for m in lex.clock_template.finditer(text):
        group = m.lastgroup or ""
        spans.append((m.start(group), m.end(group)))
    return spans


def _called_numbers(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Telephone numbers: a run of three or more digit groups (each of two to four digits,
    one space, dot or hyphen apart) shaped as no amount is (three digits, three, then four:
    "800 555 0199"; four or more pairs: "12 34 56 78"; four, then threes counting no noun:
    "1800 734 621"; two fours, not a hyphen's years: "1900 6868"), or any such run
    right after a word
    of `[nonclaims] phone_before` ("call 900 400 061", "menghubungi 900 400 061"), as is a
    lone run of three digits or more there ("by calling 1919")."""
    out: list[tuple[int, int]] = []
    if lex.phone_before.entries:
        # one run of three or more digits after such a word: "by calling 1919", 拨打1919
        # (not one that counts a noun after it: "call 300 witnesses")
        for m in _DIGIT_RUN_ALONE.finditer(text):
            at = m.start() - 1 if text[m.start() - 1:m.start()] == "#" else m.start()
            hit = lex.phone_before.before(text, back_spaces(text, at))
            # (after "call the" a number names a line: "call the 112 emergency number",
            # "call the #7119 advice line")
            # (a number in groups, "call 555-1234 today", is dialled whatever follows it,
            # and so is an extension after a number: "212-555-0188 ext. 204 or visit")
            if hit is not None and (text[hit[0]:back_spaces(text, at)].casefold().endswith(
                    " the") or not m.group(0).isdigit()
                    or text[:back_spaces(text, hit[0])][-1:].isdigit()
                    or count_noun(text, m.end(), lex, stop=True) is None):
                out.append((m.start(), m.end()))
    if _TWO_PAIRS.search(text) is None:
        return out  # (most texts hold no such pairs: neither pattern below can match)
    for m in _FOUR_FOUR.finditer(text):
        # "hotline 1900 6868", （1900-6868）: no amount is grouped by four, and no years'
        # range ends past 2100 or before it starts
        first, second = int(m.group(1)), int(m.group(3))
        if (m.group(2) != "-" or second > 2100 or second <= first) \
                and count_noun(text, m.end(), lex, stop=True) is None:
            out.append((m.start(), m.end()))
    for m in _GROUP_RUN.finditer(text):
        sizes = [len(g) for g in re.split(r"[ .\-\u00a0]", m.group(0))]
        if (sizes[-1] == 4 and all(n == 3 for n in sizes[:-1])) \
                or (len(sizes) >= 4 and all(n == 2 for n in sizes)) \
                or (sizes[0] == 4 and all(n == 3 for n in sizes[1:])
                    and count_noun(text, m.end(), lex, stop=True) is None) \
                or lex.phone_before.before(text, back_spaces(text, m.start())) is not None:
            out.append((m.start(), m.end()))
    return out


def _month_ranges(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """4～6月期, 4至6月 with no year before: the months of a period of an unknown year
    (dates.py reads no June there), whose numbers are no count of 4 to 6."""
    pattern = lex.cjk_month_range
    if pattern is None or lex.profile.date_month not in text:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


# A plain number (not a name's: "COVID-19"), and its unit word if any, ending where a
# spread in brackets follows: "5 (2-9) days", "1,44 % (IC …)", "5 jours (2-9)".
_VALUE_BEFORE = re.compile(
    r"(?<![0-9A-Za-z_\-.,])[0-9][0-9.,]*(?:[ \u00a0\u202f]?%|[ \u00a0\u202f]?[^\W\d_]+)?$")
_YEAR_SPREAD = re.compile(r"[(（](?:1[89]|20)[0-9]{2}\s?[-–—～~〜]\s?(?:1[89]|20)[0-9]{2}[)）]")


def _spreads(text: str) -> list[tuple[int, int]]:
    """The spread in brackets after a value ("5 (2-9) days", "3.77 (95% CI: 3.51-4.05)"):
    its label ("95% CI": a confidence level) is no claim, nor a range with no unit of its
    own (the value is the claim, and takes the unit after the brackets: grow.py); a range
    with its unit ("1.44% (95% CI: 1.10-1.86%)") still is. Not years ("2020 (2019-2021)")."""
    spans = []
    for m in SPREAD_ASIDE.finditer(text):
        before = back_spaces(text, m.start(), 1)
        if _VALUE_BEFORE.search(text, max(0, before - 20), before) is None \
                or _YEAR_SPREAD.fullmatch(m.group(0)) is not None:
            continue
        spans.append((m.start(), m.start("range") if m.group("unit") else m.end()))
    return spans


def _day_ranges(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """3～5日, 3月3至5日 with no year before (dates.py joins the days of a dated month):
    days of a month of an unknown year, whose numbers are no count of 3 to 5, as a day
    alone is none. Not where the marker begins a longer word of time (3～5日間: days) or a
    word that makes it a number of days follows (3～5日ほど: _day_span)."""
    pattern, prof = lex.cjk_day_range, lex.profile
    if pattern is None or not any(w in text for w in (prof.date_day, *prof.date_day_markers)
                                  if w):
        return []
    spans = []
    for m in pattern.finditer(text):
        longer = lex.durations.at(text, m.start("d"))
        if (longer is not None and longer[0] > m.end()) or any(
                text.startswith(w, m.end()) for w in prof.day_duration_before):
            continue
        spans.append((m.start(), m.end()))
    return spans


def _ratio_spans(text: str, lex: Lexicon, words: frozenset[str] | None
                 ) -> list[tuple[int, int]]:
    """The spans of _proportions."""
    return [(m.start(), m.end()) for m in _proportions(text, lex, words)]


def proportion_shares(text: str, lex: Lexicon, words: frozenset[str] | None
                      ) -> list[Expr]:
    """The proportions of a segment whose share has an exact value, as percent atoms ("one
    in four" = 25 %, « un sur cinq », "satu dari empat", 4人に1人, 每五人中有一人: the share a
    fraction states, no count of either number; "one in three": none). In a spaced script
    at most the part's noun stands before the link (« un Français sur cinq »)."""
    out: list[Expr] = []
    for m in _proportions(text, lex, words):
        if not lex.profile.cjk and len(text[m.end("a"):m.start("link")].split()) > 1:
            continue  # « une étude menée sur 8 »: two words before the link, no share read
        first, second = _ratio_value(m.group("a"), lex), _ratio_value(m.group("b"), lex)
        if first is None or second is None or not first or not second:
            continue
        part, whole = min(first, second), max(first, second)
        if part == 1 and not lex.profile.cjk and _picks_one(text, m, lex):
            continue  # "one of 16 laboratories", "salah satu dari 16": one picked, no share
        value = part * 100 / whole
        if value * whole != part * 100 or value != value.quantize(Decimal("0.001")):
            continue  # "one in three": no exact share
        out.append(make_expr(m.start(), m.end(), value.normalize(), "word", m.start(),
                             m.end(), percent=True))
    return out


def _picks_one(text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """Whether a proportion of one picks one of the whole ([shares] one_of links: "one of 16
    laboratories"; one_of_before words before the part: "salah satu dari 16")."""
    data = lex.profile.share_data
    if " ".join(m.group("link").casefold().split()) in data.get("one_of", ()):
        return True
    before = text[:m.start()].split()
    return bool(before) and before[-1].casefold() in data.get("one_of_before", ())


def _proportions(text: str, lex: Lexicon, words: frozenset[str] | None
                 ) -> list[re.Match[str]]:
    """"one in five adults", "3 in 10", "un adulte sur cinq", 5人に1人: a proportion states
    no count of either number. Digits are a proportion only when the part is smaller than
    the whole and the whole at most 100 ("2 in 2020" is no proportion), and not when a unit
    follows the second ("5 in 10 minutes")."""
    if lex.ratio is None:
        return []
    words = letter_words(text) if words is None else words
    if not lex.ratio_gate.open(text, words) or not (
            lex.ratio_words_gate.open(text, words) or _TWO_DIGIT_RUNS.search(text)):
        return []  # no link word, or fewer than two numbers
    if lex.ratio_tail is not None and lex.ratio_tail.search(text) is None:
        return []  # no link word with a number after it
    spans: list[re.Match[str]] = []
    for m in lex.ratio.finditer(text):
        a, b = m.group("a"), m.group("b")
        if not lex.profile.cjk and (spelled_goes_on(text, m.end("a"), lex.profile.spelled)
                                    or spelled_goes_on(text, m.end("b"), lex.profile.spelled)):
            continue  # "Dua puluh satu dari…": a piece of a longer number, no proportion
        after = skip_spaces(text, m.end())
        if lex.durations.at(text, after) is not None:
            continue  # "5 in 10 minutes", "5 games in 12 days": a span of time
        if not _proportion(text, m.start(), _ratio_value(a, lex), _ratio_value(b, lex), lex):
            continue
        if lex.profile.cjk and text[m.end("a"):m.start("b")] not in lex.profile.ratio_links \
                and not text[:m.start()].endswith(lex.profile.ratio_every):
            continue  # a whole naming its noun is a proportion after "every" only:
            # 每五名農民中有一人, but 五名嫌疑人中有一人是… counts five suspects
        if unit_after(text, after, lex) is not None:
            continue
        if not lex.profile.cjk and a.isdigit() and b.isdigit() and int(b) > 10 \
                and (int(b) % 10 or len(text[m.end("a"):m.start("link")].split()) >= 2) \
                and _two_nouns(text, m, after):
            # "41 goals in 52 matches", "10 people died out of 100 passengers" (a word
            # besides the part's noun before the link: a verb, no proportion's link): two
            # counts, not 41 of 52
            continue
        spans.append(m)
    return spans


def _two_nouns(text: str, m: re.Match[str], after: int) -> bool:
    """Whether the part of a proportion in digits counts one noun and the whole another:
    "41 goals in 52 matches" states two counts; "3 in 10 adults" and "one adult in five"
    are proportions. (Asked only of a whole that is no round number, or of one after two
    words: "3 people in 100 say" stays a proportion, whatever word follows.)"""
    between = text[m.end("a"):m.start("b")].split()
    following = _WORD_AT.match(text, after)
    if len(between) < 2 or following is None:
        return False
    part, whole = between[0].casefold(), following.group(0).casefold()
    return part.isalpha() and whole != part


_ROUND_WHOLES = frozenset({Decimal(100), Decimal(1000)})


def _proportion(text: str, start: int, first: Decimal | None, second: Decimal | None,
                lex: Lexicon) -> bool:
    """Whether two numbers around a proportion's link are its part and whole (a spelled
    number, None, is taken as one: "one in five"): the part below the whole, and the whole
    what a proportion names: at most ten, or round (100, 1000: "one in a thousand"), or any
    whole up to 100 of a
    part of one ("1 in 40"). A part of a larger, unround whole is a count of a group and
    the group's size: "12 of 40 patients", "12 dari 40 pasien" state two counts, as
    "12 of the 40 patients" and 40人のうち12人 do. In CJK the whole comes first, and must be
    round or follow "every" (每): 二十五人中有十人死亡 (of 25 people, 10 died) is a group and
    a count of it."""
    if first is None or second is None:
        return True
    if 0 < first < second and (second in _ROUND_WHOLES
                               or (second <= 100 and (second <= 10 or first == 1))):
        return True
    if not (lex.profile.cjk and 0 < second < first <= 100):
        return False
    every = lex.profile.ratio_every
    return first <= 10 or first in _ROUND_WHOLES or (
        bool(every) and text[max(start - 8, 0):start].rstrip().endswith(every))


def _ratio_value(number: str, lex: Lexicon) -> Decimal | None:
    """A proportion's number in digits, Han numerals or one number word ("cinq"; an article
    that also means one, "un", is 1: "45 skieuses sur un total de 117" is no proportion);
    another spelled form: None, unchecked."""
    if number.isdigit():
        return Decimal(number)
    prof = lex.profile
    if number[0] in prof.han_digits or number[0] in prof.han_units:
        return parse_han(number, prof.han_digits, prof.han_units, prof.scales,
                         elided_place=prof.han_elided_place)
    word = number.casefold()
    if word in prof.articles:
        return Decimal(1)
    value = prof.number_words.get(word)
    if value is None and (role := prof.spelled.roles.get(word)) is not None \
            and role[0] in ("hundred", "scale"):
        return role[1]  # « sur mille »
    if value is None and ("-" in word or "\u2010" in word or " " in word):
        # « quatre-vingts », « vingt-deux », "a hundred": the spelled grammar reads it whole
        whole = next((r.value for r in readings(number, prof.spelled, prof.articles)
                      if r.start == 0 and r.end == len(number)), None)
        return None if whole is None else Decimal(whole)
    return None if value is None else Decimal(value)


def before_era_spans(text: str, lex: Lexicon, words: frozenset[str] | None = None,
                     digits: bool | None = None) -> list[tuple[int, int]]:
    """"en 1500 av. J.-C.", "tahun 300 SM", 紀元前500年: years before the common era, where
    neither a date nor a number is read (even where a date pattern matched). `words` are
    the text's letter_words and `digits` whether it holds a digit, if already known."""
    if lex.before_era is None or not (_ANY_DIGIT.search(text) is not None if digits is None
                                      else digits) or not lex.before_era_gate.open(
            text, letter_words(text) if words is None else words):
        return []
    return [(m.start(), m.end()) for m in lex.before_era.finditer(text)]


# A denominator in digits (grouped or not) and a rate's numerator right before the rate
# word, perhaps with a percent sign or a few words between ("5 deaths per 100,000", "125
# people on the list per 1,000 residents"; `word` the first of them).
_DENOMINATOR = re.compile(r"[0-9]+(?:[.,\u00a0\u202f ][0-9]{3})*(?![0-9])")
_NUMERATOR = re.compile(
    r"(?<![0-9.,])[0-9]+(?:[.,][0-9]+)*(?:\s?%)?(?:\s+(?P<word>[^\W\d_]+)"
    r"(?:\s+[^\W\d_]+(?:['’][^\W\d_]+)?){0,3})?\s*$")


def _rate_spans(text: str, lex: Lexicon, words: frozenset[str]) -> list[tuple[int, int]]:
    """'0.31 per 100,000', '0,31 pour 100 000', '0.31/10 万', 'per million': a rate word
    (language data `rates.per`) before a round denominator (a power of ten from 100, or a
    scale word alone) makes a rate. Neither the denominator nor the rate before it is a
    claim: the text states no amount of either."""
    spans = _rate_after_spans(text, lex)
    if lex.rate_per is None or not lex.rate_gate.open(text, words):
        return spans
    for m in lex.rate_per.finditer(text):
        # (the tests that drop a rate word, the cheapest and most often failed first: most
        # rate words, "pour", "sur", stand before no round denominator)
        if lex.profile.rate_per_scale and m.group(0).casefold() in lex.profile.rate_per_scale \
                and lex.scales.at(text, skip_spaces(text, m.end(), 1)) is None:
            continue  # « multiplié par 100 »: "par" is "per" only before a scale word
        end = _round_denominator(text, skip_spaces(text, m.end(), 1), lex)
        if end is None:
            continue
        if _inside_unit(text, m.start(), lex):
            continue  # "419 parts per million", "bagian per juta": a unit word (ppm)
        if not lex.profile.cjk and unit_after(text, skip_spaces(text, end), lex) is not None:
            # "sur 1 000 km": a measure (over a distance), not a rate (每百萬瓦時, 每100公里
            # are "per": 每 says it before any unit)
            continue
        if _money_follows(text, end, lex):
            continue  # "vendu pour 100 000 euros": a price, not a rate
        spans.append((m.start(), end))
        numerator = _NUMERATOR.search(text, max(0, m.start() - 40), m.start())
        if numerator is not None and not _amount(text, numerator, lex):
            spans.append((numerator.start(), m.start()))
        if lex.profile.cjk and text.startswith(lex.profile.ratio_noun_counters, end) \
                and (after := _CJK_NUMERATOR.match(text, end)) is not None \
                and not _money_follows(text, after.end(), lex):
            # 每10萬名兒童有31例: the numerator after a whole of people or things
            # ([ratios] noun_counters; 每千瓦时6.5美分 is a price)
            spans.append((end, after.end()))
    return spans


# After a CJK rate's denominator, its noun (a few characters), a link and the numerator:
# 每10萬名兒童有31例, 每10万人31例, 每10万人中就有31例.
_CJK_NUMERATOR = re.compile(r"[\u3400-\u9fff]{0,5}?(?:中|里|裡)?(?:就|约|約)?(?:有|为|為)?"
                            r"[0-9０-９][0-9０-９.,]*")


def _inside_unit(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the rate word at `pos` is inside a unit word that starts with the word
    before it ("parts per million", "parties par million")."""
    m = WORD_BEFORE_SPACE.search(text, max(0, pos - 30), pos)
    if m is None:
        return False
    hit = lex.quantity_words.at(text, m.start(1))
    return hit is not None and hit[0] > pos


def _money_follows(text: str, end: int, lex: Lexicon) -> bool:
    """A currency word or symbol right after a number ending at `end`, perhaps after a
    linker ("100 000 euros", "10 milliards d'euros", "1 million $"); a word several
    currencies share too (2486ルピー)."""
    q = skip_spaces(text, end, 1)
    if money_after(text, q, lex) or lex.currency_ambiguous.at(text, q) is not None:
        return True
    link = lex.linkers.at(text, q)
    return link is not None and money_after(text, link[0], lex)


# A round denominator before a rate word written after it, with a scale word and a
# counter of up to two characters: "10万人あたり".
_DENOMINATOR_BEFORE = re.compile(
    r"(?<![0-9.,])[0-9]+(?:[.,\u00a0\u202f ][0-9]{3})*\s?(?P<tail>[^\W\d_]{0,3})$")
_NUMBER_AFTER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
# One unit before a rate word: "1バレル当たり3ドル" (3 dollars a barrel), "1キロ当たり",
# "1平方キロメートル当たり".
_ONE_BEFORE = re.compile(r"(?<![0-9.,])1\s?[^\W\d_]{1,10}$")


def _rate_after_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """'人口10万人あたり0.31人': a round denominator before a rate word written after it
    (language data `rates.after`), and the rate right after the word, are no claims (but
    for money after it: 100キロ当たり2486ルピー is a price, as "₹2,486 per quintal" is). One
    unit before it ("1バレル当たり3ドル": 3 dollars a barrel) is no claim either; the
    amount after it is a price, read as "$3 a barrel" is."""
    spans: list[tuple[int, int]] = []
    for word in lex.profile.rate_after:
        at = text.find(word)
        while at >= 0:
            m = _DENOMINATOR_BEFORE.search(text, max(0, at - 24), at)
            if m is not None and _round_before(text, m, lex):
                q = skip_spaces(text, at + len(word), 1)
                qual = lex.qual_before.at(text, q)  # 10万人当たり約48人: the rate, about
                after = _NUMBER_AFTER.match(text, q if qual is None else skip_spaces(
                    text, qual[0], 1))
                if after is not None and _money_follows(text, after.end(), lex):
                    after = None  # 100キロ当たり2486ルピー: a price per 100 kg, read
                spans.append((m.start(), after.end() if after else at + len(word)))
                later = _CJK_RATE_LATER.match(text, at + len(word)) \
                    if after is None and lex.profile.cjk else None
                if later is not None and not _money_follows(text, later.end(1), lex):
                    # 人口10万人当たりの罹患率は全国で230件: the rate, named, then its value
                    spans.append((later.start(1), later.end(1)))
            elif (one := _ONE_BEFORE.search(text, max(0, at - 13), at)) is not None:
                spans.append((one.start(), at + len(word)))
            elif (unit := _one_currency_after(text, at + len(word), lex)) is not None:
                spans.append((at, unit))  # 48埃及鎊兌1美元: one dollar, the rate's base
            at = text.find(word, at + len(word))
    for word in lex.profile.rate_one_after:
        at = text.find(word)
        while at >= 0:
            if (one := _ONE_BEFORE.search(text, max(0, at - 13), at)) is not None:
                spans.append((one.start(), at))  # 1キロの価格は: the price of one kilo
            at = text.find(word, at + len(word))
    return spans


# After a CJK rate word: its genitive, the rate's name and its topic or subject marker, a
# few more characters of its clause, then the value (人口10万人当たりの罹患率は全国で230件).
_CJK_RATE_LATER = re.compile(r"の[^、。，,;；\d０-９]{1,12}?[はが][^、。，,;；\d０-９]{0,6}?"
                             r"([0-9０-９][0-9０-９.,]*)")


def _one_currency_after(text: str, pos: int, lex: Lexicon) -> int | None:
    """Where one unit of a currency right after a rate word ends ("48埃及鎊兌1美元"): the
    base of an exchange rate, no amount of its own."""
    one = skip_spaces(text, pos, 1)
    if text[one:one + 1] != "1" or text[one + 1:one + 2].isdigit() \
            or text[one + 1:one + 2] in (".", ","):
        return None
    hit = lex.currency_after.at(text, skip_spaces(text, one + 1, 1))
    return hit[0] if hit is not None else None


def _round_before(text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """Whether the digits and scale word of `m` (a _DENOMINATOR_BEFORE match) are round."""
    digits = re.sub(r"[^0-9]", "", text[m.start():m.start("tail")])
    scale = lex.scales.at(text, m.start("tail")) if m.group("tail") else None
    return _round(digits + ("000" if scale is not None else ""))


def _round(digits: str) -> bool:
    """A power of ten from 100 up, written as digits ("100", "100000")."""
    return power_of_ten(digits, least=3)


def _amount(text: str, numerator: re.Match[str], lex: Lexicon) -> bool:
    """'$5 per 100 grams', '5 millions pour 1 000 écoles': money or a scaled amount before
    the rate word is a price or a sum of its own, not a rate's numerator; it stays read."""
    word = numerator.group("word")
    return lex.currency_before.before(text, numerator.start()) is not None or (
        word is not None and (word.casefold() in lex.profile.scales
                              or lex.currency_after.at(word, 0) is not None))


def _round_denominator(text: str, pos: int, lex: Lexicon) -> int | None:
    """The end of a round denominator at pos: 100, 1,000, 100 000, 10 万, a million,
    a scale fused with its "one" (id "per sejuta penduduk": per million people)."""
    scale = lex.scales.at(text, pos)
    if scale is not None:
        return scale[0]  # "per million", "pour mille"
    word = _WORD_AT.match(text, pos)
    if lex.profile.fused_scales and word is not None \
            and word.group(0).casefold() in lex.profile.fused_scales:
        return word.end()
    if word is not None and word.group(0).casefold() in lex.profile.articles:
        # "per satu juta penduduk", "per one million": "one" and a scale word
        scale = lex.scales.at(text, skip_spaces(text, word.end()))
        if scale is not None:
            return scale[0]
    if lex.han_atoms is not None and lex.profile.cjk:
        han = lex.han_atoms.match(text, pos)  # 每百万人, 每百萬瓦時: per million
        value = _ratio_value(han.group(0), lex) if han is not None else None
        if han is not None and value is not None and value >= 100 \
                and power_of_ten(str(int(value))):
            return han.end()
    m = _DENOMINATOR.match(text, pos)
    if m is None:
        return None
    digits = re.sub(r"[^0-9]", "", m.group(0))
    end = m.end()
    after = lex.scales.at(text, skip_spaces(text, end, 1))
    if after is not None:
        digits, end = digits + "000", after[0]  # "10 万": any scale keeps it round
    return end if _round(digits) else None


def _noun_at(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a word that may be a counted noun stands at pos: none of the function words
    skipped or stopped at before a noun ("won 10-20 seats", not "trailed 3-5 before")."""
    m = _WORD_AT.match(text, pos)
    return m is not None and m.group(0).casefold() not in lex.profile.count_skip \
        and m.group(0).casefold() not in lex.profile.count_stop


def claim_atoms(text: str, found: Sequence[Expr], lex: Lexicon) -> list[Expr]:
    """The atoms that may be claims. A non-claim takes its range partner with it: in
    "aged 30 to 65 years" and "15-17岁" both ends are an age."""
    if not found:  # (most sentences: no comprehension made for nothing)
        return []
    never = [is_nonclaim_atom(text, a, lex) for a in found]
    for i in range(len(found) - 1):
        if not (never[i] or never[i + 1]):
            continue  # neither is a non-claim: nothing to take along
        core = text[found[i].end:found[i + 1].start].strip(SPACES)
        hit = (lex.connectors.at(core, 0) or lex.between.at(core, 0)) if core else None
        partner = found[i + 1] if never[i] else found[i]
        if hit is not None and hit[0] == len(core) and (never[i] or never[i + 1]) \
                and _GROUPED.fullmatch(text, partner.start, partner.end) is None:
            # (a number grouped in thousands is no name's, age or time: "sold its Model 3
            # to 1,500 buyers" keeps the 1,500)
            never[i] = never[i + 1] = True
    if any(never) and len(found) > 1:
        _listed_with(text, found, never, lex)
    return [a for a, bad in zip(found, never, strict=True) if not bad]


# Between two members of a list of numbers: a comma (after a mark of a sub-item, "120130(c),")
# or a coordinator, or both ("3, 5 and 7", "3, 5, dan 7").
_LIST_MARK = re.compile(r"\s*(?:\([0-9A-Za-z]{1,3}\))?\s*[,，、]?\s*(?P<rest>.*?)\s*")


def _listed_with(text: str, found: Sequence[Expr], never: list[bool], lex: Lexicon) -> None:
    """Numbers listed after a non-claim are of its kind ("Articles 3, 5 and 7 of the law",
    "sections 120125, 120140 et 120150", "aged 30, 40 and 50"): a run of plain numbers
    joined by commas, ended by a coordinator before its last one (a bare comma ends no
    list: "Boeing 737, 200 passengers"), takes the non-claim status of its first member;
    an amount with a unit of its own ("Model 3 and 500 dollars") ends the run."""
    coordinators = lex.profile.coordinators
    i = 0
    while i < len(found) - 1:
        if not never[i]:
            i += 1
            continue
        run: list[int] = []
        coordinated = False  # whether a coordinator stands before the run's last member
        j = i
        while j + 1 < len(found):
            partner = found[j + 1]
            mark = _LIST_MARK.fullmatch(text, found[j].end, partner.start)
            if mark is None or partner.origin != "digits" or not partner.plain_int \
                    or _GROUPED.fullmatch(text, partner.start, partner.end) is not None:
                break
            rest = mark.group("rest").casefold()
            if rest and rest not in coordinators:
                break
            run.append(j + 1)
            j += 1
            if rest:
                coordinated = True
                break  # the coordinator comes before the last member
        if coordinated and not _unit_follows(text, found[run[-1]], lex):
            for k in run:
                never[k] = True
        i = (run[-1] if run else i) + 1


def _unit_follows(text: str, atom: Expr, lex: Lexicon) -> bool:
    at = skip_spaces(text, atom.end)
    return lex.scales.at(text, at) is not None or lex.percent_after.at(text, at) is not None \
        or lex.currency_after.at(text, at) is not None \
        or lex.durations.at(text, at) is not None or unit_after(text, at, lex) is not None


def is_nonclaim_atom(text: str, atom: Expr, lex: Lexicon) -> bool:
    """A number that names a time of day, an age, a numbered thing or a product."""
    if atom.origin == "several":
        return False
    if atom.origin == "word" and atom.start >= 2 and text[atom.start - 1] in "-\u2010" \
            and text[atom.start - 2].isdigit():
        return True  # "7-Eleven": a spelled number glued to digits names a thing
    # The tables that may have a phrase ending right before the number (up to three spaces
    # skipped) and standing right after it (one skipped): the others' lookups there are
    # skipped (they would find nothing). A lookup that skips fewer spaces before, where
    # there are more, runs whatever the mask says.
    before = back_spaces(text, atom.start)
    near = before == back_spaces(text, atom.start, 1)
    bits = lex.nonclaim_before_gate.mask(text, before)
    after = lex.nonclaim_after_gate.mask(text, skip_spaces(text, atom.end, 1))
    return (_clock(text, atom, lex, bits if near else -1, after)
            or _digit_count(text, atom, lex)
            or _hour_of_day(text, atom, lex)
            or _age(text, atom, lex, bits, after)
            or _reference(text, atom, lex, bits if near else -1)
            or _house_number(text, atom, lex))


def _house_number(text: str, atom: Expr, lex: Lexicon) -> bool:
    """"27 rue de Rivoli", "27 Jalan Pahlawan", "221 Baker Street": a number of up to four
    plain digits before a street (Lexicon.street_after) numbers a house, no claim; so does
    the postcode after it ("27 avenue Kléber, 75016 Paris": four to six digits before a
    capitalised word, a house number and its street just before)."""
    if atom.origin != "digits" or lex.street_after is None \
            or text[atom.end:atom.end + 1] not in (" ", "\u00a0") \
            or not text[atom.start:atom.end].isdigit():
        return False  # (a street and a postcode's town both follow one space or no-break)
    size = atom.end - atom.start
    if size <= 4 and lex.street_after.match(text, atom.end) is not None:
        return True
    if not 4 <= size <= 6 or _CAPITAL_AFTER.match(text, atom.end) is None:
        return False
    head = max(0, atom.start - 60)
    return any(lex.street_after.match(text, m.end()) is not None
               for m in _HOUSE.finditer(text, head, atom.start))


_CAPITAL_AFTER = re.compile(r"[ \u00a0][A-Z\u00c0-\u00de]")
_HOUSE = re.compile(r"(?<![0-9])[0-9]{1,4}(?![0-9])")


def _digit_count(text: str, atom: Expr, lex: Lexicon) -> bool:
    """"double-digit growth", "in double digits", « à deux chiffres », 2桁, 两位数: the
    number of a figure's digits ([nonclaims] digit_words after the number, a hyphen or a
    space between), no claim."""
    if not lex.digit_words.entries:
        return False
    at = atom.end
    if text[at:at + 1] in ("-", "\u2010"):
        at += 1
    return lex.digit_words.at(text, skip_spaces(text, at, 1)) is not None


def _clock(text: str, atom: Expr, lex: Lexicon, bits: int, after: int) -> bool:
    """`bits`: nonclaim_before_gate's mask at back_spaces(text, atom.start, 1), `after`
    nonclaim_after_gate's at skip_spaces(text, atom.end, 1) (-1: unknown)."""
    before = back_spaces(text, atom.start, 1)
    hit = lex.clock_before.before(text, before) if bits & NONCLAIM_BEFORE_CLOCK else None
    if hit is not None and atom.value <= 24:
        # "pukul 9", "jam 9": a time; but in "2 jam 30 menit", "dua jam 18 menit" jam is
        # the unit of the number before it.
        at = back_spaces(text, hit[0])
        if at == 0 or not (text[at - 1].isdigit() or text[at - 1] in lex.profile.han_digits
                           or number_ends_at(text, at, lex.profile.number_words)):
            return True
    pos = atom.end
    minutes = _MINUTES.match(text, pos)
    if minutes is not None:
        pos = minutes.end()
    elif not after & NONCLAIM_AFTER_CLOCK:
        return False
    at = skip_spaces(text, pos, 1)
    hit = lex.clock_after.at(text, at)
    if hit is None or hit[1] is not True:
        return False
    if minutes is None and _span_follows(text, hit[0], lex):
        return False  # "2 h 11 min 53 s": hours of a span of time, not a time of day
    return atom.value <= 24 or _hhmm_zone(text, atom, at, hit[0])


def _hour_of_day(text: str, atom: Expr, lex: Lexicon) -> bool:
    """'à 10 heures', 'dès 18 heures': a word of `[nonclaims] clock_before_hhmm` (not a bound
    word), an hour of the day and the word of hours is a time of day, no span ("à 2 heures
    de Paris", a distance in time, and "de 4 à 2 heures", a change, stay spans)."""
    befores = lex.profile.nonclaims.clock_before_hhmm
    if not befores or atom.origin != "digits" or atom.value > 24:
        return False
    dur = lex.durations.at(text, skip_spaces(text, atom.end, 1))
    if dur is None or not isinstance(dur[1], tuple) or dur[1][0] != "hour":
        return False
    if text.startswith(("de ", "d'", "d’"), skip_spaces(text, dur[0])):
        return False
    last = word_before(text, max(0, atom.start - 20), atom.start)
    nxt = _WORD_AT.match(text, skip_spaces(text, dur[0]))
    if last is not None and (last[1].casefold() in lex.profile.weekdays or (
            nxt is not None and nxt.group(0).casefold() in lex.profile.weekdays
            and text[last[0]:atom.start].strip().casefold() in befores)):
        # « mardi 8 heures », « jusqu'à 8 heures mardi »: an hour of that day (« a duré
        # 8 heures mardi » stays a span)
        return True
    if last is not None and last[1].casefold() in lex.profile.nonclaims.clock_from \
            and _later_hour_after(text, atom, dur[0], lex):
        return True  # « de 8 heures à 17 heures »: opening hours
    if last is None or lex.qual_before.before(text, back_spaces(text, atom.start)) is not None:
        return False  # ("jusqu'à 16 heures" may be up to 16 hours)
    start = last[0] if last[1].casefold() in befores else _phrase_start(text, last[0], befores)
    if start is None:
        return False
    before = back_spaces(text, start)
    prior = word_before(text, max(0, before - 20), before + 1 if before < len(text) else before)
    # "de 4 à 2 heures", "de quatre à deux heures": a change, not a time
    return before == 0 or not (text[before - 1].isdigit() or (
        prior is not None and prior[1].casefold() in lex.profile.number_words))


_HOUR_AFTER = re.compile(r"\s*(\S+)\s+([0-9]{1,2})(?![0-9.,])")


def _later_hour_after(text: str, atom: Expr, end: int, lex: Lexicon) -> bool:
    """Whether a word of clock_before_hhmm, then a later hour of the day and the word of
    hours follow the hours ending at `end` (« 8 heures à 17 heures »)."""
    m = _HOUR_AFTER.match(text, end)
    if m is None or m.group(1).casefold() not in lex.profile.nonclaims.clock_before_hhmm \
            or not atom.value < int(m.group(2)) <= 24:
        return False
    dur = lex.durations.at(text, skip_spaces(text, m.end(), 1))
    return dur is not None and isinstance(dur[1], tuple) and dur[1][0] == "hour"


def _phrase_start(text: str, word: int, phrases: tuple[str, ...]) -> int | None:
    """Where a phrase of several words among `phrases` ends with the word at `word` ("à
    partir de"), whole, when one does."""
    end = skip_spaces(text, word)
    end = end + len(text[end:end + 20].split(" ", 1)[0])
    head = text[max(0, end - 30):end].casefold()
    for phrase in phrases:
        if " " in phrase and head.endswith(phrase):
            start = end - len(phrase)
            if start == 0 or not text[start - 1].isalnum():
                return start
    return None


_MINUTE_NUMBER = re.compile(r"\s?[0-5]?\d\s?([^\W\d_]+)")


def _span_follows(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether minutes and a word of [nonclaims] clock_span_after ("11 min") follow `pos`."""
    words = lex.profile.nonclaims.clock_span_after
    m = _MINUTE_NUMBER.match(text, pos) if words else None
    return m is not None and m.group(1).casefold() in words


def _hhmm_zone(text: str, atom: Expr, at: int, end: int) -> bool:
    """"1200 GMT", "0930 UTC": four digits read as hours and minutes before a time zone
    (a clock word written in capitals)."""
    digits = text[atom.start:atom.end]
    zone = text[at:end]
    return (_HHMM.fullmatch(digits) is not None and zone.isascii() and zone.isalpha()
            and zone.isupper())


def _age(text: str, atom: Expr, lex: Lexicon, bits: int, after: int) -> bool:
    """`bits`: nonclaim_before_gate's mask at back_spaces(text, atom.start), `after`
    nonclaim_after_gate's at skip_spaces(text, atom.end, 1). A number past a lifetime is
    no person's age ("celui de 2023": the one of 2023)."""
    if atom.value > _MAX_AGE:
        return False
    before = back_spaces(text, atom.start)
    hit = lex.age_before.before(text, before) if bits & NONCLAIM_BEFORE_AGE else None
    if hit is not None and _age_after_word(text, atom, lex, hit[1]) \
            and (hit[1] != "at" or _age_at(text, hit[0], atom, lex)) \
            and (hit[1] != "have" or _age_have(text, hit[0], atom, lex)):
        return True
    # "âgées de plus de 50 ans", "aged over 60": a comparison between the age word and
    # the number bounds the age.
    qual = lex.qual_before.before(text, before) if bits & NONCLAIM_BEFORE_QUALIFIER else None
    hit = lex.age_before.before(text, back_spaces(text, qual[0])) if qual is not None else None
    if hit is not None and _age_after_word(text, atom, lex, hit[1]) \
            and (hit[1] != "have" or _age_have(text, hit[0], atom, lex)):
        return True
    at = skip_spaces(text, atom.end, 1)
    if after & NONCLAIM_AFTER_AGE and lex.age_after.at(text, at) is not None:
        return True
    if text[at:at + 1] in SPREAD_OPENERS and (spread := SPREAD_ASIDE.match(text, at)) \
            is not None and lex.age_after.at(text, skip_spaces(text, spread.end(), 1)) is not None:
        return True  # "47 (95% CI 40-54) years old": the spread, then the age word
    # 30多岁, 30余歳: a qualifier between the number and the age word ("30-odd years old")
    qual = lex.qual_after.at(text, at) if lex.age_after.entries else None
    if qual is not None and lex.age_after.at(text, skip_spaces(text, qual[0], 1)) is not None:
        return True
    return _apposed_age(text, atom, lex) or _named_age(text, atom, lex) \
        or _age_range_end(text, atom, lex) or _age_change(text, atom, lex)


_MAX_AGE = 150
# The number a unit of time follows, at the end of a text: digits or a word.
_NUMBER_END = re.compile(r"(?:[0-9][0-9.,]*|[^\W\d_]+)$")
_DIGITS_AT = re.compile(r"[0-9]+(?:[.,][0-9]+)?")


def _age_change(text: str, atom: Expr, lex: Lexicon) -> bool:
    """A change of an age ("raise the retirement age from 62 to 64", `de 62 à 64 ans` after
    `l'âge légal de départ`, `usia pensiun dari 62 tahun menjadi 64 tahun`; [nonclaims]
    age_change_*): an age noun in the clause before a from-word and the first number, and
    a to-word before the second. Both numbers are ages."""
    words = lex.profile.nonclaims
    if not words.age_change_nouns:
        return False
    lo = max(0, atom.start - 90)
    # Two tests that cost less than reading the words, each needed by what follows: a
    # space before the number (the last item read), and an age noun written somewhere
    # in the window (it is one of the words read, folded).
    if atom.start == lo or not text[atom.start - 1].isspace():
        return False
    window = text[lo:atom.start].casefold()
    if not any(noun in window for noun in words.age_change_nouns):
        return False
    head = _WORDS_TO.findall(text, lo, atom.start)
    if not head or head[-1].strip():
        return False
    tokens = [t.casefold() for t in head[:-1]]
    # The second number: "<from> N [unit] <to>" right before it.
    if len(tokens) >= 3 and tokens[-1] in words.age_change_to:
        rest = tokens[:-1]
        if rest and lex.durations.at(rest[-1], 0) is not None:
            rest = rest[:-1]
        if len(rest) >= 2 and rest[-1][:1].isdigit() and rest[-2] in words.age_change_from:
            tokens = rest[:-1]
        else:
            return False
    elif not tokens or tokens[-1] not in words.age_change_from \
            or not _to_after(text, atom, lex):
        return False  # ("relevé de trois mois par an": a step, no change of an age)
    # The age noun within the eight words before the from-word, no number between.
    for token in reversed(tokens[-9:-1]):
        if token[:1].isdigit():
            return False
        if token in words.age_change_nouns:
            return True
    return False


def _to_after(text: str, atom: Expr, lex: Lexicon) -> bool:
    """Whether a to-word of [nonclaims] age_change_to follows the number (its time unit
    between them): "from 62 to 64", `dari 62 tahun menjadi 64`."""
    at = skip_spaces(text, atom.end, 1)
    unit = lex.durations.at(text, at)
    m = _WORD_AT.match(text, skip_spaces(text, unit[0], 1) if unit else at)
    return m is not None and m.group(0).casefold() in lex.profile.nonclaims.age_change_to


# Words, numbers and the space after the last of them (the last item: what stands between
# the last word and the number, only spaces for a number right after a word).
_WORDS_TO = re.compile(r"[^\W_]+(?:[.,][0-9]+)*|\s+$")


def _age_range_end(text: str, atom: Expr, lex: Lexicon) -> bool:
    """The other end of a range of ages whose units differ, so that no range joins them:
    "aged between six months and five years", "âgés de six mois à cinq ans", "berusia enam
    bulan hingga lima tahun" (an age word before the first end: the second is an age too);
    6个月至5岁 (an age word after the second end: the first is an age too)."""
    if lex.profile.cjk:
        at = skip_spaces(text, atom.end, 1)
        unit = lex.durations.at(text, at)
        link = lex.connectors.at(text, skip_spaces(text, unit[0], 1)) if unit else None
        digits = _DIGITS_AT.match(text, skip_spaces(text, link[0], 1)) if link else None
        return digits is not None \
            and lex.age_after.at(text, skip_spaces(text, digits.end(), 1)) is not None
    if lex.durations.at(text, skip_spaces(text, atom.end, 1)) is None:
        return False  # the other end of an age range states its unit ("five years")
    before = back_spaces(text, atom.start)
    link = lex.connectors.before(text, before) or lex.between.before(text, before)
    if link is None:
        return False
    unit = lex.durations.before(text, back_spaces(text, link[0]))
    number = _NUMBER_END.search(text, max(0, unit[0] - 30), back_spaces(text, unit[0])) \
        if unit is not None else None
    if number is None:
        return False
    hit = lex.age_before.before(text, back_spaces(text, number.start()))
    # (after a preposition of a moment of life, only an age it makes one: not « condamné à
    # 3 ans et 6 mois »)
    return hit is not None and (hit[1] != "at" or _age_at(
        text, hit[0], make_expr(number.start(), number.end(), Decimal(0), "digits",
                                number.start(), number.end()), lex))


def _named_age(text: str, atom: Expr, lex: Lexicon) -> bool:
    """'un Allemand de 86 ans', 'une Kényane de 31 ans': an article, a capitalised noun
    inside the sentence (a nationality), a link word of `[nonclaims] age_name_link`, then
    the number and an age word: the person's age."""
    links = lex.profile.nonclaims.age_name_link
    if not links or lex.age_apposition.at(text, skip_spaces(text, atom.end, 1)) is None:
        return False
    before = back_spaces(text, atom.start)
    head = text[:before].casefold()
    link = next((w for w in links if head.endswith(w) and (
        w[-1] in "'’" or before == len(w) or not text[before - len(w) - 1].isalnum())), None)
    if link is None:
        return False
    name = _WORD_END.search(text, max(0, before - len(link) - 41),
                            back_spaces(text, before - len(link)))
    if name is None or not name.group()[:1].isupper() or name.start() == 0:
        return False
    article = word_before(text, max(0, name.start() - 20), name.start())
    return article is not None and article[1].casefold() in lex.profile.articles


def _age_at(text: str, start: int, atom: Expr, lex: Lexicon) -> bool:
    """« mort à 88 ans »: the preposition a word of its own (not « jusqu'à 5 ans »), the age
    word after the number, and no « de » (« à 2 ans de la retraite ») nor a bound after it."""
    if start > 0 and not text[start - 1].isspace():
        return False
    before = back_spaces(text, start)
    if before > 0 and (text[before - 1].isdigit()
                       or number_ends_at(text, before, lex.profile.number_words)
                       or lex.durations.before(text, before) is not None
                       or text[:before].casefold().endswith(lex.profile.count_half_after)):
        return False  # « de 25 à 30 ans », « un an et demi à deux ans »: a range's end
    verb = word_before(text, max(0, start - 30), start)
    if verb is not None and verb[1].casefold() in lex.profile.nonclaims.age_at_not_after:
        return False  # « condamné à 5 ans », « porté à 3 ans »: a span set
    word = lex.age_apposition.at(text, skip_spaces(text, atom.end, 1))
    if word is None:
        return False
    nxt = _WORD_AT.match(text, skip_spaces(text, word[0], 1))
    return nxt is None or nxt.group(0).casefold() not in lex.profile.nonclaims.age_at_not_before


def _age_have(text: str, start: int, atom: Expr, lex: Lexicon) -> bool:
    """« elle a 20 ans », « qui a 32 ans »: the verb a word of its own, not after « y » (« il
    y a 20 ans »: ago), and no « de » nor a bound after the age word (« a 20 ans de retard »)."""
    nc = lex.profile.nonclaims
    if start > 0 and not text[start - 1].isspace():
        return False
    verb = word_before(text, max(0, start - 30), start)
    if verb is not None and verb[1].casefold() in nc.age_have_not_after:
        return False
    word = lex.age_apposition.at(text, skip_spaces(text, atom.end, 1))
    if word is None:
        return False
    nxt = _WORD_AT.match(text, skip_spaces(text, word[0], 1))
    return nxt is None or nxt.group(0).casefold() not in nc.age_at_not_before


def _age_after_word(text: str, atom: Expr, lex: Lexicon, role: object) -> bool:
    """Whether the number after an age word of role `role` is an age: always after an age
    word ("aged"), after a person word when no noun is counted (_no_noun_after), after a
    noun of people when no percent or currency follows, after a verb of having an age
    ("avait 29 ans") when the age word follows the number."""
    if role is True:
        return True
    if role in ("verb", "at", "have"):
        return lex.age_apposition.at(text, skip_spaces(text, atom.end, 1)) is not None
    if role == "people":  # (no scale word either: "penduduk di atas 5 juta")
        return not _percent_or_currency_after(text, atom, lex) \
            and lex.scales.at(text, skip_spaces(text, atom.end, 1)) is None
    return _no_noun_after(text, atom, lex)


def _percent_or_currency_after(text: str, atom: Expr, lex: Lexicon) -> bool:
    at = skip_spaces(text, atom.end, 1)
    return lex.percent_after.at(text, at) is not None \
        or lex.currency_after.at(text, at) is not None


def _no_noun_after(text: str, atom: Expr, lex: Lexicon) -> bool:
    """Whether the number after a person word is an age: no word follows it, or a function
    word, an age word or a time unit does ("les plus de 55 ans", "those over 65", "un
    enfant de 7 mois"; not "des plus de 300 passagers")."""
    if _percent_or_currency_after(text, atom, lex):
        return False  # « celle de 1,3 % »: the one of 1.3 per cent, no age
    m = _WORD_AT.match(text, skip_spaces(text, atom.end, 1))
    if m is None:
        return True
    word = m.group(0).casefold()
    if word in lex.profile.count_skip or word in lex.profile.count_stop:
        return True  # "those over 70 and", "… over 70 in hospital": no counted noun
    if lex.age_apposition.at(text, m.start()) is not None:
        return True
    return lex.durations.at(text, m.start()) is not None  # "un enfant de 7 mois"


def _apposed_age(text: str, atom: Expr, lex: Lexicon) -> bool:
    """'Le Dr X, 29 ans, a été trouvé', 'Saroja B., 53 tahun, yang': a number of years set
    off by commas right after a name is the person's age."""
    before = back_spaces(text, atom.start)
    if before == 0 or text[before - 1] != "," or atom.origin != "digits":
        return False
    hit = lex.age_apposition.at(text, skip_spaces(text, atom.end, 1))
    if hit is None:
        return False
    after = skip_spaces(text, hit[0])
    if after >= len(text) or text[after] in ",;)—–":
        return True
    # "…, et Marie Dubois, 21 ans.": the sentence may end the apposition after a name.
    name = _WORD_END.search(text, max(0, before - 41), before - 1)
    return text[after] == "." and name is not None and name.group()[:1].isupper()


def _reference(text: str, atom: Expr, lex: Lexicon, bits: int) -> bool:
    """Article 5, section 3.2, Boeing 737, iPhone 15, ISO 9001: a number after a reference
    word, or after a capitalised name inside a sentence, names a thing. `bits`:
    nonclaim_before_gate's mask at back_spaces(text, atom.start, 1) (-1: unknown). A
    spelled number names a thing after a reference word too ("level three")."""
    if atom.origin not in ("digits", "word"):
        return False
    start = atom.start
    # (a hyphen or dash right before the number, or before a newline there, is what the
    # pattern ends with: looked for first, as most numbers have none)
    dash = text[max(0, start - 2):start]
    if ("-" in dash or "–" in dash) and (
            joined := _JOINED_BEFORE.search(text, max(0, start - 12), start)) is not None:
        start = joined.start()  # "Table 1-3": the second number names the same things
        bits = -1  # the mask is of the place before the atom, not of this one
    before = back_spaces(text, start, 1)
    ref = lex.references.before(text, before) if bits & NONCLAIM_BEFORE_REFERENCE else None
    if ref is not None and before == start and (not lex.profile.cjk or before - ref[0] < 2):
        ref = None  # "version3" is a name of its own; 代表3人 is no table, 如表3 is one
    if ref is not None:
        at = skip_spaces(text, atom.end)
        quoted = lex.quote_per.at(text, at)
        if lex.percent_after.at(text, at) is not None \
                or lex.currency_after.at(text, at) is not None \
                or lex.durations.at(text, at) is not None \
                or lex.multiplier_after.at(text, at) is not None \
                or lex.scales.at(text, at) is not None \
                or unit_after(text, at, lex) is not None \
                or (quoted is not None and lex.currency_after.at(
                    text, skip_spaces(text, quoted[0])) is not None):
            # "di level 6 persen", "level 4 percent": a rate, not a name; "ditutup pada
            # level 2.845 yen": a price; "won the stage 48 seconds ahead": a span; "ke
            # level 16.500 per dolar AS": a quote; "at level 3 times the limit": a multiple;
            # "now number 33.8 million": an amount (a verb, no name); "nomor 1.500 meter":
            # a distance (the event it names is a measure)
            return False
        # "a section 100 feet wide" measures a section; "section 3" and "a Phase 3 trial"
        # name one.
        last = word_before(text, max(0, ref[0] - 20), ref[0])
        return last is None or last[1].casefold() not in lex.profile.articles \
            or unit_after(text, skip_spaces(text, atom.end), lex) is None
    if lex.profile.cjk and atom.origin == "digits" and before < atom.start:
        # 「SG 8.0-167 DD」, SG 8.0-167 DD型: a number between two Latin words in capitals
        # in an unspaced script names a model
        return _LATIN_CAPS_END.search(text, max(0, before - 12), before) is not None \
            and _LATIN_CAPS_AFTER.match(text, atom.end) is not None
    if lex.profile.cjk or before == atom.start or atom.origin != "digits":
        return False
    last = word_before(text, max(0, atom.start - 40), atom.start)
    if last is None or not any(map(str.isupper, last[1])):
        # no word right before it, or one in lower case ("Some 300 people"): no name (read
        # first, as it leaves out most numbers, before the lookups of units after them)
        return False
    if bits & NONCLAIM_BEFORE_QUANTITY and lex.quantity_before.before(text, before) is not None:
        return False  # "Mw 6.8", "Magnitude 7": a unit written before its number
    at = skip_spaces(text, atom.end)
    if lex.scales.at(text, at) is not None or lex.percent_after.at(text, at) is not None \
            or lex.currency_after.at(text, at) is not None \
            or lex.durations.at(text, at) is not None \
            or unit_after(text, at, lex) is not None \
            or _GROUPED.fullmatch(text, atom.start, atom.end) is not None:
        # "et les États-Unis 2 millions de dollars", "Germany 5%": an amount after a name
        # whose verb the sentence leaves out, "reached Orsolo 1 hour and 50 minutes
        # later": a span after a place, "Lava Flows 150 Kilometers": a title's verb; no
        # product's number takes a scale or unit,
        # nor is it written in groups of thousands ("PHK 2.800").
        return False
    word = last[1]
    opening = _DATELINE.match(text)
    if _LETTER.search(text, opening.end() if opening else 0, last[0]) is None \
            and not _camel(word):
        # the sentence's first word, after a dateline if one opens it ("VALMORA — All 17
        # miners"; an acronym too: "PHK 500 karyawan", layoffs of 500), unless a capital
        # after a small letter marks a name wherever it stands ("iPhone 15 sales",
        # "PlayStation 5")
        return False
    if atom.plain_int and atom.end - atom.start == 4 and YEAR_RANGE[0] <= atom.value \
            <= YEAR_RANGE[1]:
        return False  # "Paris 2024": the year stays a date
    follower = _WORD_AT.match(text, skip_spaces(text, atom.end))
    if follower is not None and not text.rstrip().endswith(".") \
            and title_cased(_WORD_AT.findall(text)) \
            and (follower.group(0)[0].islower()
                 or follower.group(0).casefold() in concepts_of(lex.profile.code)):
        # "Party Wins 141 of 225 Seats", "Retailer Closes 37 Stores", "Tutup 37 Toko": a
        # title's capitals name nothing (a word of things counted after the number is no
        # model's name: "Boeing 737 Max")
        return False
    return not _known_word(word, lex)


# A Latin word with capitals ending a text (a model's maker or series: "SG"), and one after
# a number, past a hyphen and its second number if any (" DD", "-167 DD").
_LATIN_CAPS_END = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]{0,9}$")
_LATIN_CAPS_AFTER = re.compile(r"(?:[-–][0-9][0-9.]*)?[ \u00a0]?[A-Z]{1,5}(?![a-z])")
# A dateline: a place in capitals (a news agency in brackets), its date after a comma if
# one is written ("JAKARTA, 13 Oktober 2025 —", "TOKYO, Rabu (17/9/2025) -"), then a dash.
_DATELINE = re.compile(r"\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. \-]*(?:\([^()]{1,20}\))?"
                       r"(?:,[^—–\n]{1,40}?)?\s*[—–-]+\s*")
_GROUPED = re.compile(r"[0-9]{1,3}(?:[.,\u00a0\u202f ][0-9]{3})+")


def _camel(word: str) -> bool:
    """A capital letter after a small one ("iPhone", "PlayStation", "eBay")."""
    return any(a.islower() and b.isupper() for a, b in pairwise(word))


def _known_word(word: str, lex: Lexicon) -> bool:
    """A word the profile knows (a month, qualifier, currency …): not a product name."""
    key = word.casefold()
    prof = lex.profile
    return (key in prof.months or key in prof.weekdays or key in prof.qualifiers_before
            or key in prof.count_skip or key in prof.determiners or key in prof.several
            or lex.currency_after.at(word, 0) is not None
            or lex.currency_before.at(word, 0) is not None
            or key in prof.range_openers or key in prof.linkers or key in prof.casualty_verbs)

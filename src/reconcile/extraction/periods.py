"""Fiscal years and quarters as the time of a fact, one period value in every language.

"the fiscal year to March 2026", "l'exercice clos en mars 2026", "2026年3月期" and
"截至2026年3月的财年" are one period, April 2025 to March 2026: a date claim whose date is
the month range "2025-04/2026-03". A quarter of it ("the first quarter of the fiscal year
ending March 2026", "2026年3月期第1四半期") is its first three months, "2025-04/2025-06", the
same value as a calendar quarter ("the second quarter of 2025", "kuartal II 2025",
"2025年第二季度"). A form whose months cannot be told (a bare "FY2025", which starts in
another month at each company) gives no period.

The phrases are language data: the [periods] table of lang/data/<code>.toml holds regular
expressions with the placeholders {year} (four digits), {month} (a month name of the
profile), {mnum} (a month in digits or a word of the table `month_counts`), {q} (a quarter
word of the table `quarters`), {qn} (a quarter in digits, 1-4), {mnum2} (a second month,
likewise: 2019年一至十一月), {h} (a half word of the table
`halves`), {hn} (a half in digits, 1-2), {n} (a number of months, 1-12, in digits or a word
of the table `month_counts`), listed
under `fiscal_year` (a fiscal year named by its last month), `fiscal_quarter` (a quarter of
such a year), `quarter` (a calendar quarter), `half` (a calendar half year: "the first
half of 2025", "2025年上半期" is "2025-01/2025-06"), `first_months` (the first {n} months of
a year: "the first nine months of 2026", 2026年前9个月 is "2026-01/2026-09", as 2026年1～9月
is; `first_months_no_year` without its year, "the first nine months of the year", 前9个月,
read in the story's year) and `month_range` (the months {mnum}
to {mnum2} of the year: 2025年4～6月期 is "2025-04/2025-06"). `quarter_no_year` lists a
quarter named without its year ("the third quarter", "au troisième trimestre", 第三季度):
its months, read in the story's year as a range of months without a year is (4～6月期).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from types import MappingProxyType

from reconcile.extraction.expr import NO_YEAR, Expr, make_expr
from reconcile.extraction.phrases import alternation
from reconcile.extraction.wordscan import ODD_FOLDS
from reconcile.lang import get_profile, supplement_table, tablecache


@dataclass(frozen=True)
class PeriodPatterns:
    """The compiled period phrases of one language."""

    fiscal_year: tuple[re.Pattern[str], ...]
    fiscal_quarter: tuple[re.Pattern[str], ...]
    quarter: tuple[re.Pattern[str], ...]
    quarters: Mapping[str, int]
    month_range: tuple[re.Pattern[str], ...]
    months: Mapping[str, int]
    half: tuple[re.Pattern[str], ...]
    halves: Mapping[str, int]
    quarter_no_year: tuple[re.Pattern[str], ...]
    # Words of a sentence in which a quarter without a year is another thing's third
    # (a trimester of pregnancy: "grossesse", "fœtus"), case-folded.
    quarter_no_year_not_with: tuple[str, ...]
    # For each pattern (by its source), the words every match of it holds, case-folded
    # (_needs): a sentence without one of them is not searched with it.
    needs: Mapping[str, tuple[str, ...]]
    # A half year without its year ("premier semestre", 上半年, "the first half of the
    # year"): read in the story's year, as a quarter without its year is.
    half_no_year: tuple[re.Pattern[str], ...] = ()
    # The first months of a year, and without its year ("the first nine months of the
    # year", 前9个月: read in the story's year); the words of month counts.
    first_months: tuple[re.Pattern[str], ...] = ()
    first_months_no_year: tuple[re.Pattern[str], ...] = ()
    month_counts: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    # For each pattern (by its source), the choices every match of it makes (_choices): of
    # each tuple, one case-folded word is in the match ("q1" to "q4" for "Q{qn}", "kuartal"
    # or "triwulan"); a sentence holding none of one tuple is not searched with it.
    choices: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        default_factory=lambda: MappingProxyType({}))
    # One search of the case-folded text for the patterns with a year (`dated_gate`) and
    # for those without (`no_year_gate`): it finds, for each pattern, a word of its rarest
    # need or choice (_key), and any character a text folding oddly holds after folding
    # (then each pattern's own gate decides). A text it finds nothing in is searched with
    # none of them; None where a pattern has no need or choice.
    dated_gate: re.Pattern[str] | None = None
    no_year_gate: re.Pattern[str] | None = None


def _spaces(template: str) -> str:
    """The template with each space outside a character class also matching a no-break
    space (« de l'année\u00a02020 », as French typesetting writes it)."""
    out: list[str] = []
    depth = 0  # inside [...]
    i = 0
    while i < len(template):
        ch = template[i]
        if ch == "\\":
            out.append(template[i:i + 2])
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        out.append("[ \u00a0\u202f]" if ch == " " and not depth else ch)
        i += 1
    return "".join(out)


def _compile(template: str, months: str, quarters: str, halves: str,
             counts: str = r"(?!x)x") -> re.Pattern[str]:
    body = (_spaces(template).replace("{year}", r"(?P<year>\d{4})(?!\d)")
            .replace("{n}", rf"(?P<n>1[0-2](?!\d)|0?[1-9](?!\d)|{counts})")
            .replace("{month}", rf"(?P<month>{months})")
            .replace("{mnum}", rf"(?P<mnum>1[0-2](?!\d)|0?[1-9](?!\d)|{counts})")
            .replace("{mnum2}", rf"(?P<mnum2>1[0-2](?!\d)|0?[1-9](?!\d)|{counts})")
            .replace("{qn}", r"(?P<qn>[1-4])(?!\d)")
            .replace("{hn}", r"(?P<hn>[12])(?!\d)")
            .replace("{h}", rf"(?P<h>{halves})")
            .replace("{q}", rf"(?P<q>{quarters})"))
    return re.compile(body, re.IGNORECASE)


@lru_cache(maxsize=64)
def period_patterns(code: str) -> PeriodPatterns | None:
    """The period phrases of a language, compiled once (kept on disk between runs:
    lang/tablecache.py); None when it lists none."""
    return tablecache.cached("periods", code, lambda: _build_period_patterns(code))


def _build_period_patterns(code: str) -> PeriodPatterns | None:
    table = supplement_table(code, "periods")
    if not table:
        return None
    prof = get_profile(code)
    quarters = {str(k).casefold(): int(v) for k, v in table.get("quarters", {}).items()}
    months = alternation(list(prof.months)) or r"(?!x)x"
    alt = alternation(list(quarters)) or r"(?!x)x"
    halves = {str(k).casefold(): int(v) for k, v in table.get("halves", {}).items()}
    half_alt = alternation(list(halves)) or r"(?!x)x"
    counts = {str(k).casefold(): int(v) for k, v in table.get("month_counts", {}).items()}
    count_alt = alternation(list(counts)) or r"(?!x)x"

    def patterns(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(_compile(t, months, alt, half_alt, count_alt) for t in table.get(key, []))

    templates = [t for key in ("fiscal_year", "fiscal_quarter", "quarter", "half",
                               "month_range", "quarter_no_year", "half_no_year",
                               "first_months", "first_months_no_year")
                 for t in table.get(key, [])]
    needs = {_compile(t, months, alt, half_alt, count_alt).pattern: _needs(t)
             for t in templates}
    # The words a placeholder stands for, when it is one of them, as written ({q}: a
    # quarter word; {qn}: a digit).
    words = {"q": tuple(quarters), "h": tuple(halves), "qn": tuple("1234"), "hn": ("1", "2")}
    choices = {_compile(t, months, alt, half_alt, count_alt).pattern: _choices(t, words)
               for t in templates}
    return PeriodPatterns(patterns("fiscal_year"), patterns("fiscal_quarter"),
                          patterns("quarter"), quarters, patterns("month_range"), prof.months,
                          patterns("half"), MappingProxyType(halves),
                          patterns("quarter_no_year"),
                          tuple(w.casefold() for w in table.get("quarter_no_year_not_with", [])),
                          MappingProxyType(needs), patterns("half_no_year"),
                          patterns("first_months"), patterns("first_months_no_year"),
                          MappingProxyType(counts),
                          MappingProxyType({k: v for k, v in choices.items() if v}),
                          _union_gate([t for key in ("fiscal_year", "fiscal_quarter", "quarter",
                                                     "half", "first_months", "month_range")
                                       for t in table.get(key, [])], words),
                          _union_gate([t for key in ("quarter_no_year", "half_no_year",
                                                     "first_months_no_year")
                                       for t in table.get(key, [])], words))


# What a text holding İ, ı or U+0345 (ODD_FOLDS) holds once case-folded: U+0307 (İ folds
# to i and a combining dot), ı, ι. (Alternatives, not a class: a pattern whose every
# branch opens with a character is searched for those characters, not tried at every
# position.)
_FOLDED_ODD = "\u0307|\u0131|\u03b9"


def _union_gate(templates: list[str], words: Mapping[str, tuple[str, ...]]
                ) -> re.Pattern[str] | None:
    """PeriodPatterns.dated_gate or no_year_gate for these templates."""
    keys: set[str] = set()
    for template in templates:
        key = _key(_needs(template), _choices(template, words))
        if key is None:
            return None
        keys.update(key)
    if not keys:
        return None
    return re.compile("|".join(map(re.escape, sorted(keys, key=lambda k: (-len(k), k))))
                      + "|" + _FOLDED_ODD)


def _key(needs: tuple[str, ...], choices: tuple[tuple[str, ...], ...]
         ) -> tuple[str, ...] | None:
    """Of the words a pattern needs (each alone) and its choices, the one a text is least
    likely to hold: its shortest word the longest, then the fewest words; None if none."""
    candidates = [(word,) for word in needs] + list(choices)
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


# Characters where IGNORECASE and case folding disagree: a text holding one is searched
# with every pattern (see reconcile.extraction.wordscan).
_ODD = re.compile(f"[{ODD_FOLDS}]")
_GLOBAL_FLAGS = re.compile(r"\(\?[a-zA-Z]+\)")


def _needs(template: str) -> tuple[str, ...]:
    """The words every match of a period template holds, case-folded: the runs of letters
    written at its top level (outside any group or class), less a letter a quantifier
    makes optional. A template with a top-level "|" or global flags ("(?x)") needs none.
    Read conservatively: an escape, a class, a group or a placeholder ends a run; nothing
    inside them is needed."""
    if _GLOBAL_FLAGS.match(template):
        return ()  # (?x): spaces and comments are no text
    runs: list[str] = []
    run = ""
    depth = 0
    i = 0
    while i < len(template):
        ch = template[i]
        if depth == 0 and ch.isalpha():
            run += ch
            i += 1
            continue
        if depth == 0 and (ch in "?*" or (ch == "{" and template[i + 1:i + 2].isdigit())):
            run = run[:-1]  # "ab?", "ab{0,2}": the last letter may be missing
        runs.append(run)
        run = ""
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(template, i)
            continue
        if ch == "{":
            close = template.find("}", i)
            i = len(template) if close < 0 else close + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "|" and depth == 0:
            return ()
        i += 1
    runs.append(run)
    return tuple(dict.fromkeys(r.casefold() for r in runs
                               if r and not any(c in r for c in ODD_FOLDS)))


# More alternatives than this in one choice end it (a sentence is searched for each).
_MAX_CHOICE = 64


def _choices(template: str, words: Mapping[str, tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """The choices every match of a period template makes, case-folded: for each run of
    text written at its top level out of letters and digits, groups of such alternatives
    ("(?:kuartal|triwulan)") and placeholders that stand for a list of `words` ({q}, {qn}),
    every way of writing it ("Q{qn}": "q1" to "q4"; "第{q}季度": "第一季度" to "第四季度"),
    when there are two or more (one word is what _needs finds). Read conservatively, as
    _needs is: anything else (an escape, a class, a space, another group or placeholder)
    ends a run, and a quantifier drops the piece before it; a top-level "|" or global flags
    make none."""
    if _GLOBAL_FLAGS.match(template):
        return ()
    out: list[tuple[str, ...]] = []
    run: tuple[str, ...] = ("",)  # the ways of writing the run read so far
    before: tuple[str, ...] = ("",)  # the run before its last piece

    def end() -> None:
        nonlocal run, before
        if len(run) > 1 and all(run):
            out.append(run)
        run = before = ("",)

    def add(piece: tuple[str, ...]) -> None:
        nonlocal run, before
        if len(run) * len(piece) > _MAX_CHOICE:
            end()
        before, run = run, tuple(dict.fromkeys(a + b for a in run for b in piece))

    i = 0
    while i < len(template):
        ch = template[i]
        if ch.isalnum() and ch not in ODD_FOLDS:
            add((ch.casefold(),))
            i += 1
        elif ch in "?*+" or (ch == "{" and template[i + 1:i + 2].isdigit()):
            # the piece before is optional ("ab?", "(?:的)?"), or repeated: the run ends
            # before it
            run = before if ch != "+" else run
            end()
            close = template.find("}", i) if ch == "{" else i
            i = len(template) if close < 0 else close + 1
        elif ch == "{":
            close = template.find("}", i)
            if close < 0:
                return ()
            piece = words.get(template[i + 1:close])
            if piece and all(_literal(w) for w in piece):
                add(tuple(w.casefold() for w in piece))
            else:
                end()
            i = close + 1
        elif ch == "(":
            close = _group_end(template, i)
            alternatives = template[i + 3:close - 1].split("|")
            if template.startswith("(?:", i) and all(map(_literal, alternatives)):
                add(tuple(a.casefold() for a in alternatives))
            else:
                end()
            i = close
        elif ch == "|" or ch == ")":
            return ()
        else:
            end()
            if ch == "\\":
                i += 2
            elif ch == "[":
                i = _class_end(template, i)
            else:
                i += 1
    end()
    return tuple(out)


def _literal(word: str) -> bool:
    """Whether a word is written with letters and digits only (no regex syntax, no space,
    which a pattern matches as any of several spaces), none folding oddly."""
    return word.isalnum() and not any(c in word for c in ODD_FOLDS)


def _group_end(template: str, start: int) -> int:
    """The index after the group that opens at `start` (the template's end if none
    closes it)."""
    depth = 0
    i = start
    while i < len(template):
        ch = template[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(template, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if not depth:
                return i + 1
        i += 1
    return len(template)


def _class_end(template: str, start: int) -> int:
    """The index after the character class that opens at `start`."""
    i = start + 1
    if template[i:i + 1] == "^":
        i += 1
    if template[i:i + 1] == "]":
        i += 1  # a "]" first is a member
    while i < len(template) and template[i] != "]":
        i += 2 if template[i] == "\\" else 1
    return i + 1


def _quarter(m: re.Match[str], p: PeriodPatterns) -> int | None:
    groups = m.groupdict()
    if groups.get("qn"):
        return int(groups["qn"])
    word = groups.get("q")
    q = p.quarters.get(word.casefold()) if word else None
    return q if q is not None and 1 <= q <= 4 else None


def _half(m: re.Match[str], p: PeriodPatterns) -> int | None:
    groups = m.groupdict()
    if groups.get("hn"):
        return int(groups["hn"])
    word = groups.get("h")
    h = p.halves.get(word.casefold()) if word else None
    return h if h in (1, 2) else None


def _count(m: re.Match[str], p: PeriodPatterns) -> int | None:
    """The number of months a first-months phrase names (1 to 12)."""
    n = _number(m.group("n"), p)
    return n if n is not None and 1 <= n <= 12 else None


def _number(word: str, p: PeriodPatterns) -> int | None:
    """A month's or a count's number, in digits or a word of `month_counts` (十一: 11)."""
    return int(word) if word.isdigit() else p.month_counts.get(word.casefold())


def _month(m: re.Match[str], p: PeriodPatterns) -> int | None:
    groups = m.groupdict()
    if groups.get("mnum"):
        return _number(groups["mnum"], p)
    word = groups.get("month")
    if word:
        return p.months.get(word.casefold()) or p.months.get(word.casefold().rstrip("."))
    return None


def _shift(year: int, month: int, months: int) -> tuple[int, int]:
    total = year * 12 + month - 1 + months
    return total // 12, total % 12 + 1


def _span(first: tuple[int, int], months: int) -> tuple[str, str]:
    last = _shift(*first, months - 1)
    return f"{first[0]:04d}-{first[1]:02d}", f"{last[0]:04d}-{last[1]:02d}"


# Written \d\d{3}, not \d{4}: a pattern that starts with a character class is searched for
# that class in one fast loop; one that starts with a repeat is tried at every position.
_FOUR_DIGITS = re.compile(r"\d\d{3}")


def _expr(m: re.Match[str], dates: tuple[str, str]) -> Expr:
    year = Decimal(dates[0][:4])
    return Expr(m.start(), m.end(), year, "digits", m.start(), m.end(), date=dates[0],
                high_date=dates[1], whole_period=True)


def period_exprs(text: str, code: str, digits: bool = True) -> Iterator[Expr]:
    """The periods a segment names, as date expressions spanning a range of months;
    `digits` False when the text has none (then it names no year, but may name a quarter
    without one: "in the third quarter of the following year")."""
    p = period_patterns(code)
    if p is None:
        return
    folded = text.casefold()
    dated = list(_periods(text, p, folded)) if digits else []
    yield from dated
    if p.no_year_gate is not None and p.no_year_gate.search(folded) is None:
        return  # no word any pattern without a year needs
    if any(word in folded for word in p.quarter_no_year_not_with):
        return  # "au cours du premier trimestre … fausse-couche": a trimester
    quarters, halves, firsts = _no_year_matches(
        (p.quarter_no_year, p.half_no_year, p.first_months_no_year), p, text, folded)
    # A quarter's or a half year's months, no year: read in the story's year (NO_YEAR);
    # not a quarter whose months follow in brackets, read from them ("triwulan I
    # (Januari-Maret) 2025").
    for matches, which, size in ((quarters, _quarter, 3), (halves, _half, 6)):
        for m in matches:
            n = which(m, p)
            if n is not None \
                    and not any(e.start < m.end() and m.start() < e.end for e in dated) \
                    and (size == 6 or text[m.end():].lstrip()[:1] not in ("(", "（")):
                yield make_expr(m.start(), m.end(), Decimal(0), "digits", m.start(),
                                m.end(), relative=NO_YEAR,
                                date=f"0000-{size * (n - 1) + 1:02d}",
                                high_date=f"0000-{size * n:02d}")
    # The first months of the year, no year ("the first nine months of the year"):
    # January to the last of them, in the story's year.
    for m in firsts:
        n = _count(m, p)
        if n is not None and not any(e.start < m.end() and m.start() < e.end
                                     for e in dated):
            yield make_expr(m.start(), m.end(), Decimal(0), "digits", m.start(), m.end(),
                            relative=NO_YEAR, date="0000-01", high_date=f"0000-{n:02d}")


def _no_year_matches(lists: tuple[tuple[re.Pattern[str], ...], ...], p: PeriodPatterns,
                     text: str, folded: str) -> list[list[re.Match[str]]]:
    """The matches in a text of each list of patterns, `folded` the text case-folded: a
    pattern is not searched where it lacks a word the pattern needs or, unless the text
    holds a character whose case folding IGNORECASE disagrees with, a word of each of its
    choices."""
    found: list[list[re.Match[str]]] = []
    odd: bool | None = None  # (looked for at the first choice: most texts need none)
    for patterns in lists:
        out: list[re.Match[str]] = []
        for pattern in patterns:
            source = pattern.pattern
            if not all(map(folded.__contains__, p.needs.get(source, ()))):
                continue
            choices = p.choices.get(source)
            if choices:
                if odd is None:
                    odd = _ODD.search(text) is not None
                if not odd and not all(any(map(folded.__contains__, c)) for c in choices):
                    continue
            out += pattern.finditer(text)
        found.append(out)
    return found


def periods_of(text: str, p: PeriodPatterns) -> Iterator[Expr]:
    """period_exprs with the language's compiled patterns."""
    return _periods(text, p, text.casefold())


def _periods(text: str, p: PeriodPatterns, folded: str | None) -> Iterator[Expr]:
    """periods_of, `folded` the text case-folded."""
    if _FOUR_DIGITS.search(text) is None:
        return  # every period names its {year} in four digits
    if folded is not None and p.dated_gate is not None and p.dated_gate.search(folded) is None:
        return  # no word any pattern needs
    if _ODD.search(text):
        folded = None

    def search(pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        if folded is not None:
            source = pattern.pattern
            if not all(map(folded.__contains__, p.needs.get(source, ()))):
                return iter(())
            choices = p.choices.get(source)
            if choices and not all(any(map(folded.__contains__, c)) for c in choices):
                return iter(())
        return pattern.finditer(text)

    for pattern in p.fiscal_quarter:
        for m in search(pattern):
            month, q = _month(m, p), _quarter(m, p)
            if month is None or q is None:
                continue
            start = _shift(int(m.group("year")), month, -11 + 3 * (q - 1))
            yield _expr(m, _span(start, 3))
    for pattern in p.fiscal_year:
        for m in search(pattern):
            month = _month(m, p)
            if month is not None:
                yield _expr(m, _span(_shift(int(m.group("year")), month, -11), 12))
    for pattern in p.quarter:
        for m in search(pattern):
            q = _quarter(m, p)
            if q is not None:
                yield _expr(m, _span((int(m.group("year")), 3 * q - 2), 3))
    for pattern in p.half:
        for m in search(pattern):
            h = _half(m, p)
            if h is not None:
                yield _expr(m, _span((int(m.group("year")), 6 * h - 5), 6))
    for pattern in p.first_months:
        for m in search(pattern):
            n = _count(m, p)
            if n is not None:
                yield _expr(m, _span((int(m.group("year")), 1), n))
    for pattern in p.month_range:
        for m in search(pattern):
            first, last = _number(m.group("mnum"), p), _number(m.group("mnum2"), p)
            if first is not None and last is not None and first < last <= 12:
                yield _expr(m, _span((int(m.group("year")), first), last - first + 1))

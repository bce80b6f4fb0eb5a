"""The per-sentence scans read as they did before they were made faster (issue #14).

- Spelled-out numbers: the runs of number words are found from the entries' first words,
  located in one scan of the case-folded sentence, instead of from every word of the
  sentence folded one by one. `_runs_word_by_word` is the earlier reading, kept here as
  the reference; both must give the same tokens on any text, whatever its case, its
  letters whose fold is longer (ß, İ) or a character whose fold is a letter (U+0345).
  A sentence whose only number words are lone ones ("un", "one") skips the reader.
- WordScan (number words, month names): a phrase pattern tried only where a phrase's
  first word stands finds what finditer finds.
- Periods: a pattern runs only on a sentence holding the words its template needs.
- Patterns rewritten to start with a character (phone numbers, chains, pairs, four
  digits, CJK mixed numbers, year ranges and month-days) match as the earlier ones.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.extraction import atoms, nonclaims, periods, spelled, wordscan
from reconcile.extraction.expr import Expr
from reconcile.extraction.lexicon import Lexicon, lexicon
from reconcile.extraction.phrases import letter_words

LANGS = ("en", "fr", "id", "ja", "zh")
SETTINGS = settings(max_examples=300, deadline=None, derandomize=True)

_WORD = re.compile(r"[^\W\d_]+")
_LOWER_WORD = re.compile(r"[a-z]+")


def _runs_word_by_word(text: str, sp: spelled.SpelledWords, index: spelled.SpelledIndex
                       ) -> Iterator[list[spelled.Token]]:
    """spelled._runs as it was: every word of the text folded and looked at."""
    if text.isascii():
        words = [(m.start(), m.end(), m.group(0)) for m in _LOWER_WORD.finditer(text.lower())]
    else:
        words = [(m.start(), m.end(), m.group(0).casefold()) for m in _WORD.finditer(text)]
    starts = [i for i, (_, _, word) in enumerate(words)
              if word in index.firsts or word.startswith(sp.one_prefixes)]
    run: list[spelled.Token] = []
    i = k = 0
    while True:
        while k < len(starts) and starts[k] < i:
            k += 1
        if k == len(starts):
            break
        if starts[k] > i:
            if run:
                yield run
                run = []
            i = starts[k]
        if run and not spelled._GAP.fullmatch(text, run[-1].end, words[i][0]):
            yield run
            run = []
        tokens, used = spelled._entry(words, i, text, sp, index.vocab,
                                      index.sizes.get(words[i][2], 0))
        if not tokens:
            if run:
                yield run
                run = []
            i += 1
            continue
        run.extend(tokens)
        i += used
    if run:
        yield run


def _pieces(lang: str) -> list[str]:
    lex = lexicon(lang)
    sp, index = lex.profile.spelled, lex.spelled_index
    words = sorted({*sp.roles, *index.vocab, *(p + "lus" for p in sp.one_prefixes)})
    cased = [v for w in words for v in (w, w.upper(), w.title())]
    odd = ["ß", "İ", "\u0345", "ﬁ", "é", "É", "3", "_", "x", "-", "–", " ", "  ", ", ", ". ",
           "\u00a0", "'", "’", "中", "二"]
    return cased + odd


@pytest.mark.parametrize("lang", LANGS)
def test_runs_read_as_word_by_word(lang: str) -> None:
    lex = lexicon(lang)
    sp, index = lex.profile.spelled, lex.spelled_index
    pieces = _pieces(lang)

    @SETTINGS
    @given(st.lists(st.sampled_from(pieces), max_size=14), st.sampled_from(["", " "]))
    def check(parts: list[str], sep: str) -> None:
        text = sep.join(parts)
        assert list(spelled._runs(text, sp, index)) == \
            list(_runs_word_by_word(text, sp, index)), text

    check()


@pytest.mark.parametrize("text", [
    "deux cent mille personnes et un chat",
    "Deux Cent MILLE", "quatre-vingt-dix-sept", "quatre vingt", "straße zwei",
    "İki three hundred", "three\u0345 hundred", "twenty-one thousand five",
    "seratus dua puluh ribu", "sepertiga dari", "one and a half million",
    "un ß deux", "x de et un", "", "   ", "3un deux4",
])
def test_runs_on_known_forms(text: str) -> None:
    for lang in LANGS:
        lex = lexicon(lang)
        sp, index = lex.profile.spelled, lex.spelled_index
        assert list(spelled._runs(text, sp, index)) == \
            list(_runs_word_by_word(text, sp, index)), (lang, text)


def test_only_one_character_folds_to_a_letter_from_a_non_letter() -> None:
    """spelled._FOLD_MAKES_LETTER is complete: no other character that folds to one
    character changes whether it is a letter, and no character folds to nothing."""
    letter = re.compile(r"[^\W\d_]")
    odd = []
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        folded = ch.casefold()
        assert folded, hex(cp)
        if len(folded) == 1 and bool(letter.fullmatch(ch)) != bool(letter.fullmatch(folded)):
            odd.append(ch)
    assert "".join(odd) == spelled._FOLD_MAKES_LETTER


def test_an_empty_prefix_reads_every_word() -> None:
    """Where no start pattern can be written, every word is looked at (the same runs)."""
    lex = lexicon("id")
    sp, index = lex.profile.spelled, lex.spelled_index
    assert index.starts is not None
    bare = spelled.SpelledIndex(index.vocab, index.firsts, index.sizes)
    for text in ("seratus dua puluh ribu orang", "Sepertiga dari 5", "satu, dua, tiga"):
        assert list(spelled._runs(text, sp, bare)) == list(spelled._runs(text, sp, index))
    assert list(itertools.chain(spelled._runs("seribu", sp, bare)))


# --- number words: WordScan ---------------------------------------------------------------

def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]  # type: ignore[attr-defined]


def _word_pieces(lang: str) -> list[str]:
    prof = lexicon(lang).profile
    phrases = sorted({*prof.number_words, *prof.articles, *prof.fused_scales,
                      *prof.one_durations, *prof.multiplier_words, *prof.multiplier_several,
                      *prof.several, *prof.vague, *prof.scales, *prof.linkers, *prof.months,
                      *prof.months_wide, *prof.date_decade_before})[:250]
    cased = [v for w in phrases for v in (w, w.upper(), w.title())]
    odd = ["ß", "İ", "ı", "\u0345", "ﬁ", "é", "3", "_", "x", "-", " ", "  ", ", ", "'", "’",
           ".", "中", "二", "数", "\u00a0", "\n", "1960", "60", "1990s"]
    return [*prof.date_decade_before, *cased, *odd]


def _scans(lang: str) -> list[wordscan.WordScan]:
    lex = lexicon(lang)
    decades = [p for p, _ in lex.latin_decades if isinstance(p, wordscan.WordScan)]
    return [s for s in (lex.word_atoms, lex.month_starts, lex.month_alone, *decades)
            if s is not None]


@pytest.mark.parametrize("lang", LANGS)
def test_word_scan_finds_what_finditer_finds(lang: str) -> None:
    scans = _scans(lang)
    assert scans
    pieces = _word_pieces(lang)

    @SETTINGS
    @given(st.lists(st.sampled_from(pieces), max_size=12), st.sampled_from(["", " "]))
    def check(parts: list[str], sep: str) -> None:
        text = sep.join(parts)
        for scan in scans:
            assert _spans(scan.finditer(text, letter_words(text))) == \
                _spans(scan.pattern.finditer(text)), (text, scan.pattern.pattern[:40])

    check()
    for text in _dev_sentences(lang):
        for scan in scans:
            assert _spans(scan.finditer(text, letter_words(text))) == \
                _spans(scan.pattern.finditer(text)), text


@pytest.mark.parametrize("text", [
    "two hundred", "Two-thirds", "TWICE as many", "une centaine de milliers de",
    "des centaines d'élèves", "dozens of dozens", "a dozen", "sıx", "SIX", "İki two",
    "two\u0345", "straße two", "twenty2 two", "3two", "berkali-kali", "seratus ribu",
    "", "x", "May 5", "in MARCH", "avr. 2020", "fin avril", "5 mai", "Mei2020", "mayday",
    "les années 1960", "ANNÉES 60", "années1960", "xannées 1970",
])
def test_word_scan_on_known_forms(text: str) -> None:
    for lang in LANGS:
        for scan in _scans(lang):
            assert _spans(scan.finditer(text, letter_words(text))) == \
                _spans(scan.pattern.finditer(text)), (lang, text)


def test_word_scan_odd_folds_are_complete() -> None:
    """wordscan.ODD_FOLDS holds a character of every pair that IGNORECASE takes for one
    another but case folding does not fold alike (among characters folding to one: a longer
    fold changes the text's length, and WordScan reads that text whole), and U+0345
    (spelled._FOLD_MAKES_LETTER: a non-letter folding to a letter)."""
    cased = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF
                    and (chr(c).lower() != chr(c) or chr(c).upper() != chr(c)
                         or chr(c).casefold() != chr(c)))
    single = [ch for ch in cased if len(ch.casefold()) == 1]
    for ch in single:
        for m in re.finditer(re.escape(ch), cased, re.IGNORECASE):
            other = m.group(0)
            if len(other.casefold()) == 1 and other.casefold() != ch.casefold():
                assert ch in wordscan.ODD_FOLDS or other in wordscan.ODD_FOLDS, (ch, other)
    assert spelled._FOLD_MAKES_LETTER in wordscan.ODD_FOLDS


# --- periods: the words each pattern needs ---------------------------------------------------

@pytest.mark.parametrize(("template", "needs"), [
    ("{q}(?:-| )quarter of {year}", ("quarter", "of")),
    (r"\bQ{qn} {year}", ("q",)),
    ("{year}年{mnum}[~～〜\\-–]{mnum2}月期?", ("年", "月")),
    ("(?:fiscal|financial) year ending {month}", ("year", "ending")),
    ("quarters? of", ("quarter", "of")),
    ("ab{0,2}c", ("a", "c")),
    ("a|b", ()),
    ("(?x) quarter # of", ()),
    ("[quarter]x", ("x",)),
    (r"\w+ha\.lf", ("ha", "lf")),
    ("exercice (?:clos|achevé) en {month}", ("exercice", "en")),
])
def test_period_needs(template: str, needs: tuple[str, ...]) -> None:
    assert periods._needs(template) == needs


def _period_pieces(lang: str) -> list[str]:
    p = periods.period_patterns(lang)
    assert p is not None
    words = sorted({w for need in p.needs.values() for w in need} | set(p.quarters)
                   | set(p.halves) | set(list(p.months)[:12]))
    cased = [v for w in words for v in (w, w.upper(), w.title())]
    return [*cased, "2024", "2025", "3", "12", "Q2", "H1", "T3", "S1", "年", "月", "期", "-",
            "ı", "İ", "ß", " ", "  ", "the ", "of ", "fiscal year ending ",
            "exercice clos en ", "tahun buku yang berakhir "]


@pytest.mark.parametrize("lang", LANGS)
def test_periods_read_as_without_needs(lang: str) -> None:
    p = periods.period_patterns(lang)
    assert p is not None
    every = replace(p, needs={}, choices={}, dated_gate=None, no_year_gate=None)
    pieces = _period_pieces(lang)

    @SETTINGS
    @given(st.lists(st.sampled_from(pieces), max_size=10), st.sampled_from(["", " "]))
    def check(parts: list[str], sep: str) -> None:
        text = sep.join(parts)
        assert list(periods.periods_of(text, p)) == list(periods.periods_of(text, every)), text

    check()
    for text in _dev_sentences(lang):
        assert list(periods.periods_of(text, p)) == list(periods.periods_of(text, every)), text


def _dev_sentences(lang: str) -> list[str]:
    """The lines of the development texts kept with the tests (tests/gold/devdata)."""
    folder = Path(__file__).parent / "gold" / "devdata"
    texts = [f.read_text(encoding="utf-8") for f in sorted(folder.glob(f"*/*/{lang}.txt"))]
    return [line for text in texts for line in text.splitlines() if line.strip()]


# --- spelled numbers: a sentence whose only number words are lone ones -----------------------

def _spelled_atoms_of(text: str, lex: Lexicon) -> tuple[list[object], list[tuple[int, int]]]:
    out: list[Expr] = []
    blocked = atoms._spelled_atoms(text, lex, [], out, letter_words(text))
    return [(a.start, a.end, a.value, a.scaled) for a in out], blocked


@pytest.mark.parametrize("lang", LANGS)
def test_lone_ones_read_as_all_readings(lang: str) -> None:
    lex = lexicon(lang)
    every = replace(lex, spelled_index=replace(lex.spelled_index, beyond_one=None))
    sp = lex.profile.spelled
    pieces = [v for w in sorted({*lex.profile.articles, *lex.spelled_index.vocab,
                                 *list(sp.roles)[:40]})
              for v in (w, w.upper(), w.title())] + [" ", "-", ", ", "x", "ß", "\u0345", "3"]

    @SETTINGS
    @given(st.lists(st.sampled_from(pieces), max_size=12), st.sampled_from(["", " "]))
    def check(parts: list[str], sep: str) -> None:
        text = sep.join(parts)
        assert _spelled_atoms_of(text, lex) == _spelled_atoms_of(text, every), text

    check()
    for text in _dev_sentences(lang):
        assert _spelled_atoms_of(text, lex) == _spelled_atoms_of(text, every), text


# --- nonclaims: patterns written to start with a character ----------------------------------

_OLD_PATTERNS = {
    "_PHONE": re.compile(
        r"(?=[+0(])(?:"
        r"(?<![0-9A-Za-z_+])\+\d{1,3}(?:[ .\-]\(?\d{1,4}\)?){2,}(?![0-9A-Za-z_])"
        r"|(?<![0-9A-Za-z_.,\-])0\d{1,4}(?:[ .\-]\d{2,4}){2,}(?![0-9A-Za-z_\-])"
        r"|(?<![0-9A-Za-z_.,\-])0\d{1,4}-\d{5,8}(?![0-9A-Za-z_\-])"
        r"|\(0?\d{2,4}\)[ \-]?\d{3,4}[ .\-]?\d{3,4}(?![0-9A-Za-z_\-])"
        r")"),
    "_CHAIN": re.compile(r"(?<![0-9A-Za-z_.,\-])\d+(?:[-–]\d+){2,}(?![0-9A-Za-z_\-])"),
    # (a comma or full stop after the pair ends it unless a digit follows: "mené 3-5, …")
    "_PAIR": re.compile(
        r"(?<![0-9A-Za-z_.,\-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![0-9A-Za-z_\-%]|[.,]\d)"),
    "_FOUR_DIGITS": re.compile(r"\d{4}"),
}


def _all_matches(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(_OLD_PATTERNS))
def test_patterns_starting_with_a_character_match_as_before(name: str) -> None:
    new = getattr(periods if name == "_FOUR_DIGITS" else nonclaims, name)
    old = _OLD_PATTERNS[name]

    @settings(max_examples=3000, deadline=None, derandomize=True)
    @given(st.text(alphabet="0123456789+-–()., \u00a0aZ_%٣", max_size=30))
    def check(text: str) -> None:
        assert _all_matches(new, text) == _all_matches(old, text), text

    check()
    for text in ["+33 1 23 45 67 89", "010-12345678", "(020) 7946 0958", "x0 12 34 56",
                 "4-1-2", "a4-1-2", "3-1", "10–20", ".5-3", "2020", "1 2345", "+1-202-555-0143"]:
        assert _all_matches(new, text) == _all_matches(old, text), text


_OLD_CJK = {
    lang: {
        "mixed_atoms": re.compile(
            r"(?<![0-9.,])[0-9](?:[0-9]|[.,](?=[0-9]))*"
            + lexicon(lang).mixed_atoms.pattern.split(r"(?:[0-9]|[.,](?=[0-9]))*", 1)[1]),
        "cjk_year_range": re.compile(
            r"(?<![0-9０-９])(?P<y>[0-9]{4})"
            + lexicon(lang).cjk_year_range.pattern.split("[0-9]{3})", 1)[1]),
    } for lang in ("ja", "zh")
}


@pytest.mark.parametrize("lang", ("ja", "zh"))
@pytest.mark.parametrize("name", ("mixed_atoms", "cjk_year_range"))
def test_cjk_patterns_starting_with_a_digit_match_as_before(lang: str, name: str) -> None:
    new = getattr(lexicon(lang), name)
    old = _OLD_CJK[lang][name]
    assert new.pattern != old.pattern

    @settings(max_examples=2000, deadline=None, derandomize=True)
    @given(st.text(alphabet="0123456789０９.,年万千億亿十至～- 到", max_size=24))
    def check(text: str) -> None:
        assert _all_matches(new, text) == _all_matches(old, text), text

    check()


def _old_cjk_month(lang: str) -> re.Pattern[str]:
    """cjk_month_date as lexicon.py wrote it before: the test of what stands before first."""
    prof = lexicon(lang).profile
    han = "".join(sorted(k for k, v in prof.han_digits.items() if 0 <= v <= 9))
    tens = "".join(k for k, v in prof.han_units.items() if v == 10)
    small = (f"[0-9０-９]{{1,2}}|[{re.escape(han + tens)}]{{1,3}}" if han
             else "[0-9０-９]{1,2}")
    sp = "[ \u00a0\u3000]?"
    y, m = re.escape(prof.date_year), re.escape(prof.date_month)
    d = "|".join(re.escape(w) for w in sorted([prof.date_day, *prof.date_day_markers],
                                               key=lambda w: (-len(w), w)))
    month_day = rf"(?P<m>{small}){sp}{m}(?:{sp}(?P<d>{small}){sp}(?:{d}))?"
    return re.compile(rf"(?<![0-9０-９{y}{re.escape(han + tens)}]){month_day}")


@pytest.mark.parametrize("lang", ("ja", "zh"))
def test_cjk_month_pattern_matches_as_before(lang: str) -> None:
    new = lexicon(lang).cjk_month_date
    old = _old_cjk_month(lang)
    assert new is not None and new.pattern != old.pattern

    @settings(max_examples=3000, deadline=None, derandomize=True)
    @given(st.text(alphabet="0123456789０９一二三十〇年月日号 　x", max_size=20))
    def check(text: str) -> None:
        assert _all_matches(new, text) == _all_matches(old, text), text

    check()
    for text in _dev_sentences(lang):
        assert _all_matches(new, text) == _all_matches(old, text), text

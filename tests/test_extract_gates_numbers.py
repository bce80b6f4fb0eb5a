"""The quick tests in front of the before-era and proportion patterns are exact: wherever a
test says a form cannot be there, the full search finds none, and every sentence reads the
same with the tests open.

- A year before the common era needs one of its era words (Lexicon.before_era_gate).
- A proportion needs a link word (Lexicon.ratio_gate) and two numbers: one of its number
  words (Lexicon.ratio_words_gate) or two digit runs.
- The word before a number (a product or model name's head) is read from the end:
  nonclaims.word_before finds what its pattern finds.
- A year is read only from a plain number of four digits (keep.four_digits).
- Spelled-out numbers of an ASCII sentence are read from the lowered sentence: the same
  words, offsets and readings as by case-folding each word.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devsentences import LANGS, dev_sentences
from reconcile.extract import segment_exprs
from reconcile.extraction import spelled
from reconcile.extraction.atoms import atoms
from reconcile.extraction.grow import grow
from reconcile.extraction.keep import bare_year, bound_year, early_year, four_digits, price_level
from reconcile.extraction.lexicon import Lexicon, lexicon
from reconcile.extraction.nonclaims import (
    _LATIN_WORD_BEFORE,
    _ratio_spans,
    before_era_spans,
    nonclaim_spans,
    word_before,
)
from reconcile.extraction.phrases import TextGate, letter_words

SETTINGS = settings(max_examples=300, deadline=None, database=None, derandomize=True)




def _opened(lex: Lexicon) -> Lexicon:
    return replace(lex, before_era_gate=TextGate(False), ratio_gate=TextGate(False),
                   ratio_words_gate=TextGate(False))


def _check(text: str, lex: Lexicon) -> None:
    """Where a gate is closed the pattern behind it finds nothing; the spans are the same
    with the gates open."""
    opened = _opened(lex)
    words = letter_words(text)
    if lex.before_era is not None and not lex.before_era_gate.open(text, words):
        assert lex.before_era.search(text) is None, text
    if lex.ratio is not None and lex.ratio_gate.open(text, words) \
            and not lex.ratio_words_gate.open(text, words) \
            and re.search(r"[0-9][^0-9]+[0-9]", text) is None:
        assert lex.ratio.search(text) is None, text
    assert before_era_spans(text, lex, words) == before_era_spans(text, opened, words), text
    assert _ratio_spans(text, lex, words) == _ratio_spans(text, opened, words), text
    assert nonclaim_spans(text, lex, [], words) == nonclaim_spans(text, opened, [], words)


@pytest.mark.parametrize("lang", LANGS)
def test_gates_are_exact_on_the_development_texts(lang: str) -> None:
    lex = lexicon(lang)
    opened = _opened(lex)
    for text in dev_sentences(lang):
        _check(text, lex)
        assert segment_exprs(text, lex) == segment_exprs(text, opened), text


def _pieces(lang: str) -> list[str]:
    """Words and signs the patterns are made of: era words, link words, number words,
    digits, spaces and punctuation, in several cases."""
    prof = lexicon(lang).profile
    words = [*prof.era_bc_before, *prof.era_bc_after, *prof.era_bc_repeat, *prof.ratio_links,
             *(w for w, (role, _) in prof.spelled.roles.items()
               if role in ("unit", "teen", "ten") and " " not in w),
             *prof.range_connectors, "ans", "years", "年", "人"]
    cased = [v for w in words for v in (w, w.upper(), w.capitalize())]
    return [*cased, "1", "5", "10", "300", "2,000", "1 500", " ", "  ", ",", ".", "-", "–",
            "(", ")", "a", "in"]


@pytest.mark.parametrize("lang", LANGS)
def test_gates_are_exact_on_generated_texts(lang: str) -> None:
    lex = lexicon(lang)
    pieces = _pieces(lang)

    @SETTINGS
    @given(st.lists(st.sampled_from(pieces), max_size=12))
    def check(parts: list[str]) -> None:
        _check("".join(parts), lex)

    check()


@pytest.mark.parametrize("text", [
    "In 500 BC and 300 B.C. the city grew.",
    "One in five adults, 3 in 10 children and 2 out of 3 voters.",
    "one in five adults",
    "satu dari lima orang dewasa",
    "around 1 in five",
    "en 1500 av. J.-C., un adulte sur cinq",
    "紀元前500年、5人に1人",
    "It was 2020 in a year of 12 months.",
    "",
])
def test_gates_on_known_forms(text: str) -> None:
    for lang in LANGS:
        _check(text, lexicon(lang))


def _runs_by_casefold(text: str, sp: spelled.SpelledWords, index: spelled.SpelledIndex
                      ) -> list[list[spelled.Token]]:
    """spelled._runs on a text one non-ASCII character longer (so it takes the casefold
    path), its tokens cut back to the text."""
    return [[t for t in run if t.end <= len(text)]
            for run in spelled._runs(text + " \u00e9", sp, index)]


@pytest.mark.parametrize("lang", ("en", "fr", "id"))
def test_ascii_runs_read_as_casefolded_runs(lang: str) -> None:
    lex = lexicon(lang)
    sp, index = lex.profile.spelled, lex.spelled_index
    words = sorted({*sp.roles, *index.vocab})[:60]
    pieces = [v for w in words for v in (w, w.upper(), w.title())] + [" ", "-", ", ", "x"]

    @SETTINGS
    @given(st.lists(st.sampled_from(pieces), max_size=10))
    def check(parts: list[str]) -> None:
        text = " ".join(parts)
        if not text.isascii():
            return
        fast = [run for run in spelled._runs(text, sp, index)]
        slow = [run for run in _runs_by_casefold(text, sp, index) if run]
        assert fast == slow, text

    check()


@pytest.mark.parametrize("lang", LANGS)
def test_a_year_reading_needs_four_plain_digits(lang: str) -> None:
    """keep.four_digits is tested before the year readers: where it fails, none of them
    reads a year (every grown number of the development texts, and the same numbers made
    "up to" bounds, which bound_year reads)."""
    lex = lexicon(lang)
    seen = 0
    for text in dev_sentences(lang):
        for atom in atoms(text, lex, []):
            for e in (grow(text, atom, lex), replace(grow(text, atom, lex), qualifier="lte")):
                if not four_digits(e):
                    seen += 1
                    assert not (bare_year(e) or bound_year(text, e, lex)
                                or early_year(text, e, lex) or price_level(text, e, lex)), text
    assert seen > 0


def _word_before_by_regex(text: str, lo: int, hi: int) -> tuple[int, str] | None:
    m = _LATIN_WORD_BEFORE.search(text, lo, hi)
    return None if m is None else (m.start(), m.group(1))


@SETTINGS
@given(st.text(alphabet="aZé中Ωx1٣²Ⅻ½_- \u00a0\n\t.,", max_size=24), st.integers(0, 30),
       st.integers(0, 30))
def test_word_before_finds_what_the_pattern_finds(text: str, lo: int, hi: int) -> None:
    lo, hi = min(lo, len(text)), min(hi, len(text))
    assert word_before(text, lo, hi) == _word_before_by_regex(text, lo, hi)


@pytest.mark.parametrize(("text", "hi", "found"), [
    ("Boeing 737", 7, (0, "Boeing")),
    ("the SARS-CoV 10", 13, (4, "SARS-CoV")),
    ("the SARS-CoV-2 10", 15, None),  # a digit glued to the word
    ("x--y 5", 5, None),
    ("Paris\u00a02024", 6, (0, "Paris")),
    ("word \n5", 6, (0, "word")),  # "$" matches before a newline that ends the window
    ("word\t5", 5, None),
    ("5", 0, None),
])
def test_word_before(text: str, hi: int, found: tuple[int, str] | None) -> None:
    assert word_before(text, max(0, hi - 40), hi) == found
    assert _word_before_by_regex(text, max(0, hi - 40), hi) == found

"""The quick tests that let extraction skip work are exact: on the real texts of the
development gold, wherever a test says a form cannot be there, the full search finds none.

The gates: a date form written in digits needs a digit (dates.date_exprs), a period needs
four digits (periods.period_exprs), a rate word or an era word must stand in the sentence
(Lexicon.rate_gate, Lexicon.era_gate), a CJK date a year or month marker, a CJK decade a
decade word, number words and relative dates one of their phrases (TextGates built from the
same phrase lists; CJK phrases are looked for as written).
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from devsentences import LANGS, dev_sentences
from reconcile.extract import segment_exprs
from reconcile.extraction import dates
from reconcile.extraction.lexicon import lexicon
from reconcile.extraction.nonclaims import _rate_after_spans, _rate_spans
from reconcile.extraction.periods import period_exprs, period_patterns
from reconcile.extraction.phrases import PhraseTable, TextGate, WordGate, is_word, letter_words

_DIGIT = re.compile(r"\d")




@pytest.mark.parametrize("lang", LANGS)
def test_date_forms_in_digits_need_a_digit(lang: str) -> None:
    lex = lexicon(lang)
    texts = [t for t in dev_sentences(lang) if not _DIGIT.search(t)]
    assert texts
    for text in texts:
        assert not list(dates._latin_dates(text, lex)), text
        assert not list(dates._numeric_dates(text, lex)), text
        assert not list(dates._short_year_ranges(text)), text
        assert not list(dates._period_years(text, lex)), text
        assert not list(dates._era_years(text, lex)), text
        assert list(dates._decades(text, lex, True)) == list(dates._decades(text, lex, False))


@pytest.mark.parametrize("lang", LANGS)
def test_a_period_needs_four_digits(lang: str) -> None:
    patterns = period_patterns(lang)
    assert patterns is not None
    every = (*patterns.fiscal_year, *patterns.fiscal_quarter, *patterns.quarter,
             *patterns.half, *patterns.month_range)
    for text in dev_sentences(lang):
        if re.search(r"\d{4}", text) is None:
            assert not any(p.search(text) for p in every), text
            assert not list(period_exprs(text, lang))


@pytest.mark.parametrize("lang", LANGS)
def test_word_and_marker_gates_are_exact(lang: str) -> None:
    lex = lexicon(lang)
    ungated = replace(lex, rate_gate=TextGate(False), era_gate=TextGate(False),
                      cjk_year_gate=TextGate(False), cjk_month_gate=TextGate(False),
                      decade_gate=TextGate(False))
    closed = 0
    for text in dev_sentences(lang):
        words = letter_words(text)
        if not lex.era_gate.open(text, words):
            closed += 1
            assert not list(dates._era_years(text, ungated)), text
        if not lex.rate_gate.open(text, words):
            assert _rate_spans(text, ungated, words) == _rate_after_spans(text, lex), text
        assert dates.date_exprs(text, lex, words) == dates.date_exprs(text, ungated, words)
    assert closed > 0


@pytest.mark.parametrize("lang", LANGS)
def test_a_sentence_reads_the_same_with_every_gate_open(lang: str) -> None:
    """The phrase gates of the whole extraction, on every development sentence. (The word
    gate of a spaced script also decides that an article alone is no atom, so it stays;
    it is the WordGate it always was, as the CJK phrases it adds for ja and zh are tested.)"""
    lex = lexicon(lang)
    opened = replace(lex, rate_gate=TextGate(False), era_gate=TextGate(False),
                     cjk_year_gate=TextGate(False), cjk_month_gate=TextGate(False),
                     decade_gate=TextGate(False), relative_gate=TextGate(False),
                     month_gate=TextGate(False))
    if lex.profile.cjk:
        opened = replace(opened, word_gate=TextGate(False))
    for text in dev_sentences(lang):
        assert segment_exprs(text, lex) == segment_exprs(text, opened), text


@pytest.mark.parametrize(("bounded", "unbounded", "text", "opens"), [
    (["per", "for every"], ["/"], "5 deaths per 100,000", True),
    (["per", "for every"], ["/"], "one FOR  EVERY ten", True),
    (["per", "for every"], ["/"], "0.31/10 万", True),
    (["per", "for every"], ["/"], "the person and every one", False),
    ([], ["每"], "每10万人", True),
    ([], ["每"], "10万人", False),
    (["AD", "A.D."], [], "in 79 A.D.", True),
    (["l'an"], [], "l'an 400", True),
    (["l'an"], [], "400 ans", False),
])
def test_text_gate(bounded: list[str], unbounded: list[str], text: str, opens: bool) -> None:
    gate = TextGate.of(bounded, unbounded)
    assert gate.usable
    assert gate.open(text, letter_words(text)) is opens


@pytest.mark.parametrize(("bounded", "unbounded"), [
    (["per"], ["p/"]),  # a cased phrase matched anywhere: no word test is exact
    (["(per"], []),  # no Latin word at its start
    ([], ["for every"]),
])
def test_text_gate_that_cannot_be_made_always_opens(bounded: list[str],
                                                    unbounded: list[str]) -> None:
    gate = TextGate.of(bounded, unbounded)
    assert not gate.usable
    assert gate.open("", frozenset())
    assert gate.words == WordGate(False)


def _lookup_at(table: PhraseTable, text: str, pos: int) -> tuple[int, object] | None:
    """PhraseTable.at as first written: every first character casefolded."""
    if pos >= len(text):
        return None
    lengths = table.by_first.get(text[pos].casefold()[:1] if table.fold else text[pos])
    for length in lengths or ():
        cand = text[pos:pos + length]
        value = table.entries.get(cand.casefold() if table.fold else cand)
        if len(cand) < length or value is None:
            continue
        end = pos + length
        if is_word(cand[-1]) and end < len(text) and is_word(text[end]):
            continue
        if length == 1 and cand.isascii() and cand.isalpha() and text[end:end + 1] in ("'", "’") \
                and is_word(text[end + 1:end + 2] or " "):
            continue  # an elided word ("s’est"), not a one-letter symbol
        return end, value
    return None


def _lookup_before(table: PhraseTable, text: str, pos: int) -> tuple[int, object] | None:
    """PhraseTable.before as first written."""
    if pos <= 0:
        return None
    lengths = table.by_last.get(text[pos - 1].casefold()[:1] if table.fold else text[pos - 1])
    for length in lengths or ():
        cand = text[pos - length:pos]
        value = table.entries.get(cand.casefold() if table.fold else cand)
        if length > pos or value is None:
            continue
        start = pos - length
        if is_word(cand[0]) and start > 0 and is_word(text[start - 1]):
            continue
        return start, value
    return None


@pytest.mark.parametrize("lang", LANGS)
def test_phrase_lookups_without_casefold_find_the_same(lang: str) -> None:
    """An ASCII or CJK character is looked up as written: the same entries as by casefold,
    on development sentences and on characters whose casefold is another letter."""
    lex = lexicon(lang)
    tables = [v for v in vars(lex).values() if isinstance(v, PhraseTable)]
    text = " ".join(dev_sentences(lang)[:15]) + " MILLION Dollars ẞ ß K ſ İ ﬁ ＄ ％ 万 億 年"
    assert tables
    for table in tables:
        for pos in range(len(text) + 1):
            assert table.at(text, pos) == _lookup_at(table, text, pos)
            assert table.before(text, pos) == _lookup_before(table, text, pos)

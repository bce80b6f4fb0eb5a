"""FirstGate and LastGate are exact: wherever one is shut, no phrase of its tables starts
(PhraseTable.at) or ends (PhraseTable.before) and no prefix of its lists stands; and growth
reads every number the same with the gates open."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devsentences import LANGS, dev_sentences
from reconcile.extract import segment_exprs
from reconcile.extraction.lexicon import (
    Lexicon,
    _after_gate,
    _before_gate,
    _fraction_starts,
    after_tables,
    lexicon,
)
from reconcile.extraction.phrases import FirstGate, LastGate, PhraseTable

SETTINGS = settings(max_examples=300, deadline=None, database=None, derandomize=True)


def _tables(lex: Lexicon) -> list[PhraseTable]:
    return after_tables(lex)


def _prefixes(lex: Lexicon) -> list[str]:
    prof = lex.profile
    return [p for p in ["+", prof.date_day, *prof.quantities.fraction_bridges] if p]


def _assert_exact(gate: FirstGate, tables: list[PhraseTable], prefixes: list[str],
                  text: str) -> None:
    for pos in range(len(text) + 1):
        if gate.shut(text, pos):
            assert all(t.at(text, pos) is None for t in tables), (text, pos)
            assert not any(text.startswith(p, pos) for p in prefixes), (text, pos)


def test_the_lexicon_gate_is_built_from_the_tables_growth_reads() -> None:
    for lang in LANGS:
        lex = lexicon(lang)
        assert lex.after_gate == _after_gate(lex)
        assert lex.after_gate == FirstGate.of(_tables(lex), ["+", lex.profile.date_day,
                                                           *lex.profile.quantities
                                                           .fraction_bridges],
                                              _fraction_starts(lex.profile))
        assert lex.after_gate.usable


@pytest.mark.parametrize(("phrases", "prefixes", "text", "pos", "shut"), [
    (["million", "per cent"], [], "5 people", 2, True),
    (["million", "per cent"], [], "5 million", 2, False),
    (["million", "per cent"], [], "5 MILLION", 2, False),
    (["million", "per cent"], [], "5 millions", 2, True),  # "million" ends at a word
    (["million", "per cent"], [], "5 per cent", 2, False),
    (["million", "per cent"], [], "5 percent", 2, True),
    (["million", "per cent"], [], "5 per", 2, False),  # "per" leads a phrase: looked up
    (["million", "per cent"], [], "5 millionér", 2, True),  # a Latin word of its own
    (["million", "per cent"], [], "5 millionΣ", 2, False),  # a Greek letter: looked up
    (["m²"], [], "5 m² plot", 2, False),
    (["m²"], [], "5 mm plot", 2, True),
    (["%"], [], "5%", 1, False),
    (["%"], [], "5,", 1, True),
    (["万"], ["个"], "5个半月", 1, False),
    (["万"], ["个"], "5人", 1, True),
    (["万"], [], "5", 1, True),  # the end of the text
    (["x"], ["ab"], "5 abc", 2, False),  # a prefix has no word boundary: no word test
])
def test_first_gate(phrases: list[str], prefixes: list[str], text: str, pos: int,
                    shut: bool) -> None:
    gate = FirstGate.of([PhraseTable.of({p: True for p in phrases})], prefixes)
    assert gate.shut(text, pos) is shut
    _assert_exact(gate, [PhraseTable.of({p: True for p in phrases})], prefixes, text)


def test_a_phrase_that_starts_with_a_space_makes_no_gate() -> None:
    gate = FirstGate.of([PhraseTable.of({" bn": True})])
    assert not gate.usable
    assert not gate.shut("5 people", 1)


@pytest.mark.parametrize("lang", LANGS)
def test_first_gate_is_exact_on_generated_texts(lang: str) -> None:
    lex = lexicon(lang)
    tables, prefixes = _tables(lex), _prefixes(lex)
    keys = sorted({str(k) for t in tables for k in t.entries})
    pieces = [v for k in keys[:400] for v in (k, k.upper(), k[:1], k[:-1])]
    pieces += ["5", " ", "  ", ",", ".", "-", "people", "é", "ß", "İ", "x", "_", "人", "月"]

    @SETTINGS
    @given(st.lists(st.sampled_from(pieces), max_size=6))
    def check(parts: list[str]) -> None:
        _assert_exact(lex.after_gate, tables, prefixes, "".join(parts))

    check()




@pytest.mark.parametrize("lang", LANGS)
def test_growth_reads_the_same_with_the_gate_open(lang: str) -> None:
    lex = lexicon(lang)
    opened = replace(lex, after_gate=FirstGate(False))
    for text in dev_sentences(lang):
        assert segment_exprs(text, lex) == segment_exprs(text, opened), text


def _before_tables(lex: Lexicon) -> list[PhraseTable]:
    return [lex.currency_before, lex.percent_before, lex.ordinal_before, lex.connectors,
            lex.qual_before, lex.qual_span_before]


def _assert_exact_before(gate: LastGate, tables: list[PhraseTable], text: str) -> None:
    for pos in range(len(text) + 1):
        if gate.shut(text, pos):
            assert all(t.before(text, pos) is None for t in tables), (text, pos)


def test_the_lexicon_before_gate_is_built_from_the_tables_growth_reads() -> None:
    for lang in LANGS:
        lex = lexicon(lang)
        assert lex.before_gate == _before_gate(lex) == LastGate.of(_before_tables(lex))
        assert lex.before_gate.usable


@pytest.mark.parametrize(("phrases", "text", "pos", "shut"), [
    (["about", "more than"], "killed 5", 6, True),
    (["about", "more than"], "about 5", 5, False),
    (["about", "more than"], "ABOUT 5", 5, False),
    (["about", "more than"], "roundabout 5", 10, True),  # "about" starts at a word
    (["about", "more than"], "more than 5", 9, False),
    (["about", "more than"], "rather than 5", 11, False),  # "than" ends a phrase
    (["about", "more than"], "éabout 5", 6, True),  # a Latin word of its own
    (["about", "more than"], "Σabout 5", 6, False),  # a Greek letter before it
    (["about", "more than"], "(about 5", 6, False),
    (["$", "US$"], "US$5", 3, False),
    (["$", "US$"], "US 5", 2, True),
    (["约"], "约5", 1, False),
    (["约"], "有5", 1, True),
    (["约"], "5", 0, True),  # the start of the text
])
def test_last_gate(phrases: list[str], text: str, pos: int, shut: bool) -> None:
    table = PhraseTable.of({p: True for p in phrases})
    gate = LastGate.of([table])
    assert gate.shut(text, pos) is shut
    _assert_exact_before(gate, [table], text)


def test_a_phrase_that_ends_with_a_space_makes_no_last_gate() -> None:
    gate = LastGate.of([PhraseTable.of({"about ": True})])
    assert not gate.usable
    assert not gate.shut("killed 5", 6)


@pytest.mark.parametrize("lang", LANGS)
def test_last_gate_is_exact_on_generated_texts(lang: str) -> None:
    lex = lexicon(lang)
    tables = _before_tables(lex)
    keys = sorted({str(k) for t in tables for k in t.entries})
    pieces = [v for k in keys[:400] for v in (k, k.upper(), k[-1:], k[1:])]
    pieces += ["5", " ", "  ", ",", ".", "-", "killed", "é", "ß", "İ", "x", "_", "人", "月"]

    @SETTINGS
    @given(st.lists(st.sampled_from(pieces), max_size=6))
    def check(parts: list[str]) -> None:
        _assert_exact_before(lex.before_gate, tables, "".join(parts))

    check()


@pytest.mark.parametrize("lang", LANGS)
def test_growth_reads_the_same_with_the_before_gate_open(lang: str) -> None:
    lex = lexicon(lang)
    opened = replace(lex, before_gate=LastGate(False))
    for text in dev_sentences(lang):
        assert segment_exprs(text, lex) == segment_exprs(text, opened), text

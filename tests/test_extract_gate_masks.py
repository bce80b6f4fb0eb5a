"""The gates' finer answers are exact: LastGate.mask leaves a table's bit off only where
that table has no phrase ending (PhraseTable.before), and FirstGate's letter prefixes
(the spelled fraction words) shut it only where no fraction is read after a number."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.extraction.lexicon import (
    AFTER_FRACTION,
    Lexicon,
    _fraction_starts,
    after_tables,
    lexicon,
)
from reconcile.extraction.phrases import FirstGate, LastGate, PhraseTable, skip_spaces
from reconcile.extraction.spelled import fraction_after

LANGS = ("en", "fr", "id", "ja", "zh")
SETTINGS = settings(max_examples=300, deadline=None, database=None, derandomize=True)
# Characters whose case fold is longer, of another kind (U+0345 is a mark that folds to a
# letter), or outside the Latin range; Latin words with accents.
_TRICKY = ["ß", "İ", "ŉ", "ǰ", "ſ", "µ", "\u0345", "’", "Σ", "×", "É", "décès", "DÉCÈS",
           "é", "à", "è", "1é", "ü"]


def _before_tables(lex: Lexicon) -> list[PhraseTable]:
    return [lex.currency_before, lex.percent_before, lex.ordinal_before, lex.connectors,
            lex.qual_before, lex.qual_span_before]


def _assert_mask_exact(gate: LastGate, tables: list[PhraseTable], text: str) -> None:
    for pos in range(len(text) + 1):
        mask = gate.mask(text, pos)
        for i, table in enumerate(tables):
            if not mask & (1 << i):
                assert table.before(text, pos) is None, (text, pos, i)


@pytest.mark.parametrize(("text", "pos", "bits"), [
    ("killed 5", 6, 0),
    ("about 5", 5, 0b10),
    ("ABOUT 5", 5, 0b10),
    ("US$5", 3, 0b01),
    ("5-7", 2, 0b100),
    ("more than 5", 9, 0b10),
    ("habout 5", 6, 0),
    ("déjàabout 5", 10, 0),  # a Latin word of its own
    ("Σabout 5", 6, 0b10),  # a Greek letter before it: looked up
])
def test_last_gate_mask(text: str, pos: int, bits: int) -> None:
    tables = [PhraseTable.of({"$": True, "US$": True}),
              PhraseTable.of({"about": True, "more than": True}),
              PhraseTable.of({"-": True, "to": True})]
    gate = LastGate.of(tables)
    assert gate.mask(text, pos) == bits
    assert gate.shut(text, pos) is (bits == 0)
    _assert_mask_exact(gate, tables, text)


def test_an_unusable_last_gate_opens_to_every_table() -> None:
    gate = LastGate.of([PhraseTable.of({"about ": True})])
    assert gate.mask("about 5", 6) & (1 << 5)


@pytest.mark.parametrize("lang", LANGS)
def test_last_gate_mask_is_exact_on_generated_texts(lang: str) -> None:
    lex = lexicon(lang)
    tables = _before_tables(lex)
    keys = sorted({str(k) for t in tables for k in t.entries})
    pieces = [v for k in keys[:400] for v in (k, k.upper(), k[-1:], k[1:])]
    pieces += ["5", " ", "  ", ",", ".", "-", "killed", "é", "ß", "İ", "x", "_", "人", "月"]
    pieces += _TRICKY

    @SETTINGS
    @given(st.lists(st.sampled_from(pieces), max_size=6))
    def check(parts: list[str]) -> None:
        _assert_mask_exact(lex.before_gate, tables, "".join(parts))

    check()


@pytest.mark.parametrize(("text", "shut"), [
    ("5 and a half", False),
    ("5 And a half", False),
    ("5 android", True),
    ("5 and2 a", False),  # the letter run "and" is read as a word: looked up
    ("5 people", True),
    ("5 _and", True),
    ("5 andé", True),  # an accented Latin word: its own fold, not "and"
    ("5 andΣ", False),  # a Greek letter continues it: looked up
])
def test_first_gate_letter_prefixes(text: str, shut: bool) -> None:
    gate = FirstGate.of([PhraseTable.of({"million": True})], [], ["and a", "half"])
    assert gate.shut(text, 2) is shut


@pytest.mark.parametrize("lang", ["en", "fr", "id"])
def test_no_fraction_is_read_where_the_after_gate_has_no_fraction_bit(lang: str) -> None:
    lex = lexicon(lang)
    sp = lex.profile.spelled
    words = sorted({w for p in _fraction_starts(lex.profile) for w in p.split()})
    pieces = [v for w in words for v in (w, w.upper(), w[:-1], w + "s", w + "2")]
    pieces += [" ", "  ", ",", "-", "people", "é", "x", "_", "5", *_TRICKY]

    @SETTINGS
    @given(st.lists(st.sampled_from(pieces), max_size=6))
    def check(parts: list[str]) -> None:
        text = "5 " + "".join(parts)
        for pos in range(1, len(text)):
            q = skip_spaces(text, pos)
            if q > pos and not lex.after_gate.mask(text, q) & AFTER_FRACTION:
                for scaled in (False, True):
                    assert fraction_after(text, pos, sp, lex.profile.quantities.fraction_of,
                                          after_scale=scaled) is None, (text, pos)

    check()


def _after_tables(lex: Lexicon) -> list[PhraseTable]:
    return after_tables(lex)


def _assert_first_mask_exact(gate: FirstGate, tables: list[PhraseTable],
                             prefixes: list[str], text: str) -> None:
    for pos in range(len(text) + 1):
        mask = gate.mask(text, pos)
        for i, table in enumerate(tables):
            if not mask & (1 << i):
                assert table.at(text, pos) is None, (text, pos, i)
        if not mask & (1 << len(tables)):
            assert not any(text.startswith(p, pos) for p in prefixes if p), (text, pos)


@pytest.mark.parametrize(("text", "bits"), [
    ("5 people", 0),
    ("5 million", 0b001),
    ("5 of", 0b010),
    ("5 per cent", 0b100),
    ("5 percent", 0),
    ("5+", 0b1000),
    ("5 and a half", 0b10000),
])
def test_first_gate_mask(text: str, bits: int) -> None:
    tables = [PhraseTable.of({"million": True}), PhraseTable.of({"of": True}),
              PhraseTable.of({"per cent": True, "%": True})]
    gate = FirstGate.of(tables, ["+"], ["and a"])
    pos = 1 if text[1] == "+" else 2
    assert gate.mask(text, pos) == bits
    _assert_first_mask_exact(gate, tables, ["+"], text)


@pytest.mark.parametrize("lang", LANGS)
def test_first_gate_mask_is_exact_on_generated_texts(lang: str) -> None:
    lex = lexicon(lang)
    tables = _after_tables(lex)
    prof = lex.profile
    prefixes = ["+", prof.date_day, *prof.quantities.fraction_bridges]
    keys = sorted({str(k) for t in tables for k in t.entries})
    pieces = [v for k in keys[:400] for v in (k, k.upper(), k[:1], k[:-1])]
    pieces += ["5", " ", "  ", ",", ".", "-", "+", "people", "é", "ß", "İ", "x", "_", "人"]
    pieces += [p for p in prefixes if p]
    pieces += _TRICKY

    @SETTINGS
    @given(st.lists(st.sampled_from(pieces), max_size=6))
    def check(parts: list[str]) -> None:
        _assert_first_mask_exact(lex.after_gate, tables, prefixes, "".join(parts))

    check()


def test_is_word_is_the_same_on_every_character() -> None:
    from reconcile.detect import is_cjk
    from reconcile.extraction.phrases import is_word

    for cp in range(0x110000):
        ch = chr(cp)
        assert is_word(ch) == ((ch.isalnum() or ch == "_") and not is_cjk(ch)), hex(cp)



@pytest.mark.parametrize("lang", ["ja", "zh"])
def test_the_gap_qualifier_precheck_skips_only_where_no_qualifier_ends(lang: str) -> None:
    from reconcile.extraction.grow import _may_end

    lex = lexicon(lang)
    table = lex.qual_before
    keys = sorted(str(k) for k in table.entries)
    text = "".join(keys) + "至少募資人数近年约的の"
    for at in range(-1, len(text)):
        if not _may_end(table, text, at):
            assert table.before(text, at + 1) is None, (text, at)


@pytest.mark.parametrize("lang", LANGS)
def test_circumfix_reads_the_same_without_its_end_test(lang: str) -> None:
    from dataclasses import replace

    from reconcile.extraction.quantities import circumfix

    lex = lexicon(lang)
    plain = replace(lex, circumfix_ends=None)
    prefixes = [p for p, _ in lex.quantity_circumfixes]
    units = sorted({str(k) for _, t in lex.quantity_circumfixes for k in t.entries})
    pieces = [*prefixes, *(p[:-1] for p in prefixes), *units, "5", " ", "速", "x", "é"]

    @SETTINGS
    @given(st.lists(st.sampled_from(pieces), max_size=5), st.lists(st.sampled_from(pieces),
                                                                   max_size=3))
    def check(before: list[str], after: list[str]) -> None:
        head, tail = "".join(before), "".join(after)
        text = head + "30" + tail
        for start in range(len(head) + 1):
            at = len(head) + 2
            assert circumfix(text, start, at, lex) == circumfix(text, start, at, plain)

    check()


@pytest.mark.parametrize("lang", LANGS)
def test_the_bit_names_are_their_tables(lang: str) -> None:
    from reconcile.extraction import lexicon as lx

    lex = lexicon(lang)
    after = {lx.AFTER_MINOR: lex.minor_units, lx.AFTER_SCALE: lex.scales,
             lx.AFTER_SHORT_SCALE: lex.short_scales, lx.AFTER_QUALIFIER: lex.qual_after,
             lx.AFTER_LINKER: lex.linkers, lx.AFTER_CURRENCY: lex.currency_after,
             lx.AFTER_AMBIGUOUS: lex.currency_ambiguous, lx.AFTER_SYMBOL: lex.currency_before,
             lx.AFTER_QUANTITY: lex.quantity_after, lx.AFTER_QUANTITY_WORD: lex.quantity_words,
             lx.AFTER_GENERIC: lex.currency_generic, lx.AFTER_PERCENT: lex.percent_after,
             lx.AFTER_DURATION: lex.durations,
             lx.AFTER_DURATION_ADJECTIVE: lex.duration_adjectives,
             lx.AFTER_MULTIPLIER: lex.multiplier_after, lx.AFTER_COUNTER: lex.counters,
             lx.AFTER_TENTHS: lex.tenths, lx.AFTER_CASUALTY: lex.casualty_counters}
    for bit, table in after.items():
        for key in map(str, table.entries):
            assert lex.after_gate.mask(key + " ", 0) & bit, (bit, key)
    before = {lx.BEFORE_CURRENCY: lex.currency_before, lx.BEFORE_PERCENT: lex.percent_before,
              lx.BEFORE_ORDINAL: lex.ordinal_before, lx.BEFORE_CONNECTOR: lex.connectors,
              lx.BEFORE_QUALIFIER: lex.qual_before, lx.BEFORE_SPAN: lex.qual_span_before}
    for bit, table in before.items():
        for key in map(str, table.entries):
            assert lex.before_gate.mask(" " + key, len(key) + 1) & bit, (bit, key)
    prof = lex.profile
    for prefix in ["+", prof.date_day, *prof.quantities.fraction_bridges]:
        if prefix:
            assert lex.after_gate.mask(prefix, 0) & lx.AFTER_PREFIX
    for word in _fraction_starts(prof):
        assert lex.after_gate.mask(word + " ", 0) & lx.AFTER_FRACTION, word

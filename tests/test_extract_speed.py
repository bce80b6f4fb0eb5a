"""The fast paths of extraction and segmentation find what the slower code they replace
finds: on the real texts of the development gold and on generated strings built from the
characters each fast path is about (digits, signs, dots, month and number words, CJK).

Hints (a cheap pattern every match of the full pattern holds) must never miss a match;
the rewritten counters, scanners and constructors must give the same values.
"""

from __future__ import annotations

import random
import re
from dataclasses import fields
from decimal import Decimal, localcontext
from functools import lru_cache

import pytest

from devsentences import DEVGOLD, LANGS, dev_sentences
from reconcile import segment as seg_mod
from reconcile.api import document_from_text
from reconcile.extract import _URL_TOKEN, _norm, _url_hint
from reconcile.extraction import atoms as atoms_mod
from reconcile.extraction import dates, nonclaims
from reconcile.extraction.expr import Expr, make_expr
from reconcile.extraction.lexicon import NUMERIC_DATE, SHORT_YEAR_RANGE, lexicon
from reconcile.extraction.phrases import _LETTER_WORD, back_spaces, letter_words, skip_spaces
from reconcile.extraction.spelled import SpelledIndex, readings
from reconcile.extraction.wordscan import WordScan
from reconcile.numbers import _FW_ANY, _WIDTH


@lru_cache(maxsize=8)
def _paragraphs(lang: str) -> tuple[str, ...]:
    found: list[str] = []
    for path in sorted(DEVGOLD.glob(f"*/*/{lang}.txt")):
        doc = document_from_text(path.read_text(encoding="utf-8"), lang)
        found.extend(doc.text[p.start:p.end] for p in doc.paragraphs)
    return tuple(found)


def _soup(rng: random.Random, pieces: list[str], n: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(n))


_SIGNS = ["0", "1", "2", "5", "9", "12", "2019", "1960", " ", "  ", "-", "–", "/", ".", ",",
          ":", "h", "s", "'s", "-an", "an", "a", "Q", "x", "(", ")", "+", "%", "\u00a0", "．",
          "，", "３", "年", "月"]


def _texts(lang: str, rng: random.Random, extra: list[str]) -> list[str]:
    generated = [_soup(rng, _SIGNS + extra, rng.randint(1, 30)) for _ in range(3000)]
    return [*dev_sentences(lang), *generated]


# --- hints: a cheap look that every match of the full pattern passes -----------------------

@pytest.mark.parametrize("lang", LANGS)
def test_joined_digit_hint_never_misses_a_numeric_date_or_year_range(lang: str) -> None:
    for text in _texts(lang, random.Random(1), []):
        if NUMERIC_DATE.search(text) or SHORT_YEAR_RANGE.search(text):
            assert dates._JOINED_DIGITS.search(text), text


@pytest.mark.parametrize("lang", LANGS)
def test_clock_hint_never_misses_a_clock_time(lang: str) -> None:
    lex = lexicon(lang)
    for text in _texts(lang, random.Random(2), ["à ", "vers ", "à 14.30", "21h30", "9 h 05"]):
        if any(p.search(text) for p in lex.clock_times):
            assert lex.clock_hint is not None and lex.clock_hint.search(text), text


@pytest.mark.parametrize("lang", LANGS)
def test_decade_hints_never_miss_a_decade(lang: str) -> None:
    lex = lexicon(lang)
    for text in _texts(lang, random.Random(3), ["années ", "'", "’", "1860s", "90-an"]):
        for scan, hint in lex.latin_decades:
            pattern = scan.pattern if isinstance(scan, WordScan) else scan
            if hint is not None and pattern.search(text):
                assert hint.search(text), text


@pytest.mark.parametrize("lang", LANGS)
def test_dash_slash_and_spaced_point_hints_never_miss(lang: str) -> None:
    for text in _texts(lang, random.Random(4), [" . ", "／", "3/4", "1-2-3"]):
        if nonclaims._CHAIN.search(text) or nonclaims._PAIR.search(text):
            assert "-" in text or "–" in text, text
        if atoms_mod._SLASH_FRACTION.search(text):
            assert "/" in text or "／" in text, text
        if atoms_mod._POINT_BEFORE.search(text) or atoms_mod._POINT_AFTER.search(text):
            assert " . " in text, text


def test_url_hint_never_misses_a_url_token() -> None:
    rng = random.Random(5)
    pieces = ["http", "://", "www.", ".", "html", "htm", "php", "asp", "aspx", "jsp", "@",
              "a", "b", " ", "/", "W", "x1"]
    texts = [_soup(rng, pieces, rng.randint(1, 12)) for _ in range(5000)]
    for text in [*texts, *dev_sentences("en")]:
        if any(_URL_TOKEN.search(t) for t in text.split()):
            assert _url_hint(text), text


# --- rewritten scans give the same results ---------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_latin_dates_tried_at_month_starts_match_as_finditer(lang: str) -> None:
    lex = lexicon(lang)
    months = list(lex.profile.months)[:12]
    rng = random.Random(6)
    pieces = [*months, *(m.upper() for m in months), " ", "  ", "1", "12", "2020", "1-3 ",
              " and ", " et ", " dan ", ",", ".", "of ", "May", "may", "th", "-", "–"]
    texts = [*dev_sentences(lang), *(_soup(rng, pieces, rng.randint(1, 14)) for _ in range(3000))]
    for text in texts:
        expected = [m.span() for p in lex.latin_dates for m in p.finditer(text)]
        assert [m.span() for m in dates._latin_matches(text, lex)] == expected, text


def test_dotted_runs_are_the_runs_of_the_pattern() -> None:
    rng = random.Random(7)
    pieces = ["a", "Z", "0", ".", ":", "/", "-", " ", "é", "\n", "www", "..", "::", "@", ",",
              "x.y", "(", ")", "«", "漢"]
    texts = [_soup(rng, pieces, rng.randint(0, 25)) for _ in range(5000)]
    for text in [*texts, "." * 1000, "a" * 500 + ":" + "b" * 500, *_paragraphs("en")]:
        expected = [m.span() for m in seg_mod._DOTTED_RUN_RE.finditer(text)]
        assert list(seg_mod._dotted_runs(text)) == expected, text


def _old_units(text: str) -> float:
    words = len(seg_mod._LETTERS_RE.findall(text))
    if not seg_mod._CJK_RE.search(text):
        return float(words)
    cjk = len(re.findall(f"(?=[^\\W\\d_])[{seg_mod.CJK_CLASS}]", text))
    cjk_words = re.findall(f"(?<![^\\W\\d_])(?:(?=[^\\W\\d_])[{seg_mod.CJK_CLASS}])+(?![^\\W\\d_])",
                           text)
    return cjk / 2 + (words - len(cjk_words))


@pytest.mark.parametrize("lang", LANGS)
def test_units_and_capped_units(lang: str) -> None:
    rng = random.Random(8)
    pieces = ["word ", "mot ", "é", "漢字", "かな", "カナ", "한국", "12 ", ". ", "x", "-", "_",
              "\u00a0", "Ünïcode "]
    texts = [_soup(rng, pieces, rng.randint(0, 200)) for _ in range(1500)]
    for text in [*_paragraphs(lang), *texts]:
        units = _old_units(text)
        assert seg_mod._units(text) == units, text
        capped = seg_mod._units_upto(text, seg_mod.LONG_PARAGRAPH_UNITS)
        if units < seg_mod.LONG_PARAGRAPH_UNITS:
            assert capped == units, text
        else:
            assert capped >= seg_mod.LONG_PARAGRAPH_UNITS, text


@pytest.mark.parametrize("lang", LANGS)
def test_letter_words_of_ascii_text(lang: str) -> None:
    rng = random.Random(9)
    pieces = ["Abc", "DEF", "ghi", "1", "_", " ", "'", "-", "x9y", "É", "ß"]
    texts = [_soup(rng, pieces, rng.randint(0, 20)) for _ in range(3000)]
    for text in [*dev_sentences(lang), *texts]:
        assert letter_words(text) == frozenset(_LETTER_WORD.findall(text.casefold())), text


def test_width_hint_is_exactly_the_folded_characters() -> None:
    mapped = {chr(cp) for cp in _WIDTH}
    hinted = {chr(cp) for cp in range(0x10000) if _FW_ANY.match(chr(cp))}
    assert hinted == mapped


def test_space_skips() -> None:
    def old_skip(text: str, pos: int, limit: int) -> int:
        end = pos
        while end < len(text) and text[end] in " \t\u00a0\u202f\u2009\u3000" \
                and end - pos < limit:
            end += 1
        return end

    def old_back(text: str, pos: int, limit: int) -> int:
        start = pos
        while start > 0 and text[start - 1] in " \t\u00a0\u202f\u2009\u3000" \
                and pos - start < limit:
            start -= 1
        return start

    for text in ["", " ", "a", "  a  ", "\u3000x\u00a0 ", "ab    cd", "\t\t\t\t"]:
        for pos in range(0, len(text) + 2):
            for limit in range(0, 5):
                assert skip_spaces(text, pos, limit) == old_skip(text, pos, limit)
                if pos <= len(text):
                    assert back_spaces(text, pos, limit) == old_back(text, pos, limit)


# --- constructors and values ------------------------------------------------------------------

def test_make_expr_is_the_constructor() -> None:
    one = Decimal(1)
    made = make_expr(3, 9, one, "word", 3, 5, scaled=True, date="2020", several=(one, one))
    built = Expr(3, 9, one, "word", 3, 5, scaled=True, date="2020", several=(one, one))
    assert made == built and repr(made) == repr(built)
    assert {f.name: getattr(made, f.name) for f in fields(Expr)} == vars(made)
    with pytest.raises(TypeError):
        make_expr(0, 1, one, "digits", 0, 1, no_such_field=True)


def _old_norm(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        with localcontext() as ctx:
            ctx.prec = max(28, value.adjusted() + 2)
            return value.quantize(Decimal(1))
    return value.normalize()


@pytest.mark.parametrize("raw", ["0", "-0", "0.00", "-0.0", "1", "-7.000", "1E+2", "5E+1",
                                 "1000000.000", "2.50", "1e-3", "-1E+40",
                                 "123456789012345678901234567890123", "12345678901234567890.0"])
def test_norm_fast_path(raw: str) -> None:
    assert repr(_norm(Decimal(raw))) == repr(_old_norm(Decimal(raw)))


@pytest.mark.parametrize("lang", ["en", "fr", "id"])
def test_spelled_entries_bounded_by_their_longest_read_the_same(lang: str) -> None:
    lex = lexicon(lang)
    sp, articles = lex.profile.spelled, lex.profile.articles
    index = lex.spelled_index
    unbounded = SpelledIndex(index.vocab, index.firsts, {w: 3 for w in index.sizes})
    vocab = sorted({*sp.roles, *index.vocab})
    rng = random.Random(10)
    texts = [" ".join(rng.choice([*vocab, "x", "de", "-"]) for _ in range(rng.randint(1, 8)))
             for _ in range(3000)]
    for text in [*dev_sentences(lang), *texts]:
        assert readings(text, sp, articles, None, index) == \
            readings(text, sp, articles, None, unbounded), text

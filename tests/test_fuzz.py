"""Fuzzing of extraction and alignment (issue #19): random Unicode mixed with the number
vocabulary of each language profile (scale words, currencies, separators, full-width and
CJK numerals). Extraction and diff never raise, every claim points into its text, and the
same input always gives the same output. (Time linear in size: benchmarks/fuzz_linear.py.)"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile import diff_story, document_from_text, extract_claims, load_aliases
from reconcile.entities import AliasTable
from reconcile.errors import InputError
from reconcile.ingest import decode_bytes, paragraph_spans
from reconcile.lang import get_profile, supported_languages
from reconcile.model import Claim, DiffResult, Source, Story

LANGS = supported_languages()

# Modest and seeded: the suite stays fast and deterministic; no example database.
SETTINGS = settings(max_examples=120, deadline=None, database=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

DIGITS = "0123456789０１２３４５６７８９"
SEPARATORS = [",", ".", "'", " ", "\u00a0", "\u2009", "\u202f", "，", "．", "、", "・", "-", "/"]
HAN_NUMERALS = list("〇零一二三四五六七八九十百千万萬亿億兆两兩廿卅")
SYMBOLS = ["%", "％", "$", "€", "£", "¥", "￥", "＄", "(", ")", "«", "»", "「", "」", "\n", "\n\n",
           "。", "！", "?", ";", ":", "+", "−", "~", "〜", "±", "½", "²", "ⅷ", "٣", "੩"]


@cache
def _vocabulary(lang: str) -> tuple[str, ...]:
    """The words of a profile a number grows with: scales, currencies, percent and range
    words, qualifiers, durations, months, multipliers."""
    p = get_profile(lang)
    words: set[str] = set()
    for table in (p.scales, p.short_scales, p.fused_scales, p.currency_words,
                  p.currency_symbols, p.qualifiers_before, p.qualifiers_after, p.durations,
                  p.months, p.multiplier_words, p.han_units, p.counters):
        words.update(table)
    words.update((*p.percent_words, *p.percent_signs, *p.range_connectors,
                  *p.multiplier_suffixes))
    return tuple(sorted(w for w in words if w))


def _piece(lang: str) -> st.SearchStrategy[str]:
    number = st.text(alphabet=DIGITS, min_size=1, max_size=6)
    grouped = st.lists(number, min_size=1, max_size=4).flatmap(
        lambda parts: st.sampled_from(SEPARATORS).map(lambda sep: sep.join(parts)))
    return st.one_of(
        number,
        grouped,
        st.sampled_from(SEPARATORS),
        st.sampled_from(_vocabulary(lang)),
        st.sampled_from(HAN_NUMERALS),
        st.sampled_from(SYMBOLS),
        st.text(max_size=6),  # any Unicode at all
        st.just(" "),
    )


def _soup(lang: str, max_pieces: int = 40) -> st.SearchStrategy[str]:
    return st.lists(_piece(lang), max_size=max_pieces).map("".join)


def _key(claims: list[Claim]) -> list[tuple[object, ...]]:
    return [(c.kind, c.surface, c.start, c.end, c.low, c.high, c.qualifier, c.unit, c.date)
            for c in claims]


def _check_extraction(text: str, lang: str) -> None:
    claims = extract_claims(text, lang)
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start:claim.end] == claim.surface, claim
        assert claim.low is None or claim.high is None or claim.low <= claim.high, claim
    assert _key(extract_claims(text, lang)) == _key(claims)  # deterministic


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(data=st.data())
def test_fuzzed_text_extracts_cleanly(lang: str, data: st.DataObject) -> None:
    _check_extraction(data.draw(_soup(lang)), lang)


@pytest.mark.parametrize("lang", LANGS)
@settings(SETTINGS, max_examples=60)
@given(data=st.data())
def test_other_languages_vocabulary_extracts_cleanly(lang: str, data: st.DataObject) -> None:
    """Text mixes languages (quotes, names): any profile's words in any language."""
    other = data.draw(st.sampled_from(LANGS))
    _check_extraction(data.draw(_soup(other)), lang)


# --- alignment ------------------------------------------------------------------------------


@cache
def _aliases() -> AliasTable:
    return load_aliases()


def _story(texts: list[tuple[str, str]]) -> Story:
    sources = []
    for index, (lang, text) in enumerate(texts):
        source_id = f"{lang}-{index}"
        doc = document_from_text(text, lang, source_id=source_id)
        sources.append(Source(source_id, f"{source_id}.txt", lang, doc))
    return Story("fuzz", "fuzz", tuple(sources))


@settings(SETTINGS, max_examples=60)
@given(data=st.data())
def test_fuzzed_versions_diff_cleanly(data: st.DataObject) -> None:
    langs = data.draw(st.lists(st.sampled_from(LANGS), min_size=2, max_size=3))
    base = data.draw(_soup(langs[0], 30))
    texts = []
    for lang in langs:
        # Versions share part of a text, as translations share numbers, then diverge.
        texts.append((lang, base + data.draw(_soup(lang, 15))))
    story = _story(texts)
    first = diff_story(story, _aliases())
    texts_by_id = {s.source_id: s.document.text for s in story.sources if s.document}
    for fact in first.facts:
        assert fact.claims
        for claim in fact.claims:
            assert texts_by_id[claim.source or ""][claim.start:claim.end] == claim.surface
    again: DiffResult = diff_story(_story(texts), _aliases())
    assert again == first  # deterministic, down to every claim and verdict


# --- real sentences, mutated ---------------------------------------------------------------

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@cache
def _real_lines(lang: str) -> tuple[str, ...]:
    """Lines with a digit from the bundled story's version in `lang` (real number forms)."""
    files = sorted(CORPUS.glob(f"*/{lang}.txt"))
    lines = (line for f in files for line in f.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if any(ch.isdigit() for ch in line))


@st.composite
def _mutated(draw: st.DrawFn, lang: str) -> str:
    chars = list(draw(st.sampled_from(_real_lines(lang))))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(chars)))
        chars[at:at] = draw(_piece(draw(st.sampled_from(LANGS))))
        if chars and draw(st.booleans()):
            del chars[draw(st.integers(0, len(chars) - 1))]
    return "".join(chars)


@pytest.mark.parametrize("lang", [code for code in LANGS if (CORPUS / "openai-musk"
                                                              / f"{code}.txt").is_file()])
@settings(SETTINGS, max_examples=80)
@given(data=st.data())
def test_mutated_real_sentences_extract_cleanly(lang: str, data: st.DataObject) -> None:
    _check_extraction(data.draw(_mutated(lang)), lang)


# --- reading bytes --------------------------------------------------------------------------


@SETTINGS
@given(data=st.one_of(
    st.binary(max_size=400),
    st.text(max_size=100).flatmap(lambda t: st.sampled_from(
        ["utf-8", "utf-16-le", "utf-16-be", "utf-16", "utf-32", "gbk", "shift_jis"]).map(
        lambda codec: t.encode(codec, errors="ignore")))))
def test_any_bytes_decode_or_are_an_input_error(data: bytes) -> None:
    """Whatever a file holds, reading it gives text or an InputError naming the file."""
    path = Path("fuzz.txt")
    try:
        text = decode_bytes(path, data)
    except InputError as exc:
        assert exc.path == "fuzz.txt" and exc.problem
        return
    assert text.strip() and "\x00" not in text
    assert decode_bytes(path, data) == text
    for start, end in paragraph_spans(text):
        assert text[start:end].strip() == text[start:end]

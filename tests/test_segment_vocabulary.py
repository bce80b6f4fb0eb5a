"""The topic rule's words and the units of a paragraph, read by whole-text patterns and
comprehensions (segment._topic_words, segment._units), are those the word-by-word reading of
segment_oracle.py gives: names, content tokens and units, in every script and at the edges
of the character classes the fast reading relies on."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import segment_oracle as oracle
from reconcile import segment as fast
from reconcile.detect import CJK_CLASS

SETTINGS = settings(max_examples=400, deadline=None, database=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
_LETTER = re.compile(r"[^\W\d_]")

# Letters of every kind the reading tells apart: ASCII and Latin capitals and lower case,
# titlecase (ǅ), letters without case (ª, ƻ, Arabic, Thai), case folds that grow (ß, ŉ),
# Greek and Cyrillic, Han (with 々 and 〇), kana with the katakana marks that are no letters
# (゠, ・), Hangul, unassigned code points inside the CJK ranges, digits and separators.
PIECES = ["The", "council", "Acme", "iPhone", "À", "École", "élan", "ß", "STRASSE", "ǅemal",
          "ǆ", "ª", "ƻƻƻƻ", "½", "ŉa", "Ωmega", "Дом", "дом", "مدينة", "เมือง", "会議",
          "会", "々", "〇", "カナ", "ー", "・", "゠", "ひらがな", "한국", "\u3130", "\ufa6e",
          "\U00020001", "\u1100", "12", "2024", " ", " ", ". ", "! ", "。", "、", "「", "」",
          "“", "’", "- ", "• ", "\n", "OpenAI", "Musk", "a"]
text = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _oracle_topic(paragraphs: list[str]) -> tuple[frozenset[str], list[frozenset[str]]]:
    words = [oracle._words(p) for p in paragraphs]
    names = oracle._name_like(words)
    return names, [oracle._content_tokens(w, names) for w in words]


def _fast_topic(paragraphs: list[str]) -> tuple[frozenset[str], list[frozenset[str]]]:
    return fast._topic_words(paragraphs)


@SETTINGS
@given(st.lists(text, min_size=1, max_size=4))
def test_names_and_tokens_as_word_by_word(paragraphs: list[str]) -> None:
    assert _fast_topic(paragraphs) == _oracle_topic(paragraphs)


@SETTINGS
@given(text)
def test_units_as_word_by_word(paragraph: str) -> None:
    units = oracle._units(paragraph)
    assert fast._units(paragraph) == units
    capped = fast._units_upto(paragraph, fast.LONG_PARAGRAPH_UNITS)
    assert capped == units if units < fast.LONG_PARAGRAPH_UNITS \
        else capped >= fast.LONG_PARAGRAPH_UNITS


@pytest.mark.parametrize("paragraphs", [
    ["The council met. Acme said Acme would pay, and acme shares rose.", "Acme again."],
    ["L’École a dit. À Paris, l’École et Éric ont parlé ; Éric était là."],
    ["会議は東京で開かれた。OpenAIのカナ・カナと한국어、Musk氏が話した。", "会議々〇"],
    ["ǅemal met ǆemal. ƻƻƻƻ and STRASSE; Straße ŉa."],
    ["مدينة كبيرة. เมือง ใหญ่", "\u3130\ufa6e会議 \U00020001\U00020002"],
])
def test_topic_words_of_mixed_scripts(paragraphs: list[str]) -> None:
    assert _fast_topic(paragraphs) == _oracle_topic(paragraphs)


def test_latin_letters_are_the_letters_below_u0250() -> None:
    latin = re.compile(f"[{fast.LATIN_LETTERS}]")
    for code in range(0x250):
        ch = chr(code)
        assert bool(latin.fullmatch(ch)) == bool(_LETTER.fullmatch(ch)), hex(code)


def test_no_cjk_character_is_a_decimal_digit() -> None:
    """_letter_runs takes a run of a CJK class for letters when isalnum accepts it: right
    only while no character of those classes is a decimal digit."""
    cjk = re.compile(f"[{CJK_CLASS}]")
    assert not any(cjk.fullmatch(chr(code)) and chr(code).isdecimal()
                   for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)


@SETTINGS
@given(st.lists(text, min_size=1, max_size=4))
def test_units_and_words_by_paragraph_letters(paragraphs: list[str]) -> None:
    """The letters of a page found once (_paragraph_letters) give each paragraph the units
    and the words the paragraph alone gives."""
    letters = fast._paragraph_letters(paragraphs, "\n".join(paragraphs))
    for paragraph, own in zip(paragraphs, letters, strict=True):
        assert (own is None) == (fast._non_cjk_letters(paragraph) is None)
        units = oracle._units(paragraph)
        capped = fast._units_upto(paragraph, fast.LONG_PARAGRAPH_UNITS, own)
        assert capped == units if units < fast.LONG_PARAGRAPH_UNITS \
            else capped >= fast.LONG_PARAGRAPH_UNITS
        if own is not None:
            assert fast._units(paragraph, own) == units
    assert fast._topic_words(paragraphs, letters) == _oracle_topic(paragraphs)

"""Language of a document and of each of its paragraphs (script check, then seeded langdetect)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reconcile.model import Paragraph

# langdetect is imported, and its 55 profiles (about 60 MiB) loaded, only when a text's
# language is neither given nor decided by its script: never for a story whose languages
# its manifest or --lang names.
if TYPE_CHECKING:
    from langdetect.detector_factory import DetectorFactory

# Below this much evidence (letters, CJK ones weighted) a paragraph keeps the document's
# language: a two-word heading says nothing reliable about its language.
MIN_PARAGRAPH_LETTERS = 20

# langdetect needs more than the script check before it may overrule the document: on a
# heading made of names ("CEO of Acme Jane Doe") it guesses wildly.
MIN_NGRAM_LETTERS = 40

# ... and it must be this sure of the other language: langdetect's reading of a short
# headline is often a guess spread over several ("Philippine retail bond sale raises ₱415.7
# billion as OFW remittances climb": fr 0.71, it 0.29), and a paragraph read in another
# language reads its numbers with that language's words (a French "billion" is 10^12).
MIN_SWITCH_PROBABILITY = 0.9

# One Han, kana or Hangul character carries about as much as a short Latin word, so CJK
# letters weigh more when scripts compete and when evidence is counted.
CJK_WEIGHT = 3

# Kana or Hangul must make up this share of the CJK letters to decide the language, so a
# Chinese text that borrows one "の" stays Chinese; real Japanese has far more kana.
MIN_SCRIPT_SHARE = 0.05

# langdetect's seed: any fixed value makes its sampling repeatable.
_SEED = 0


@dataclass(frozen=True)
class ScriptCounts:
    """How many letters of a text fall in each script family we decide by script."""

    kana: int = 0
    han: int = 0
    hangul: int = 0
    other: int = 0

    @property
    def cjk(self) -> int:
        return self.kana + self.han + self.hangul

    @property
    def letters(self) -> int:
        return self.cjk + self.other

    @property
    def evidence(self) -> int:
        """Letters, with CJK ones weighted: how much a detector has to go on."""
        return self.cjk * CJK_WEIGHT + self.other


def normalize_code(code: str) -> str:
    """Lower-case a language code and fold Chinese variants into "zh"."""
    low = code.strip().lower().replace("_", "-")
    # langdetect says zh-cn or zh-tw; the rest of reconcile knows one Chinese.
    return "zh" if low.startswith("zh-") else low


# The same ranges as character classes, for regular expressions (one definition each:
# is_han/is_kana/is_hangul below test the same code points one character at a time).
HAN_CLASS = "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0003134f\u3005\u3007"
KANA_CLASS = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d"
HANGUL_CLASS = "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff"
CJK_CLASS = HAN_CLASS + KANA_CLASS + HANGUL_CLASS


def is_kana(ch: str) -> bool:
    cp = ord(ch)
    return 0x3040 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0xFF66 <= cp <= 0xFF9D


def is_han(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x3134F
        or cp in (0x3005, 0x3007)  # 々 and 〇 behave as Han in running text
    )


def is_hangul(ch: str) -> bool:
    cp = ord(ch)
    return (
        0xAC00 <= cp <= 0xD7AF
        or 0x1100 <= cp <= 0x11FF
        or 0x3130 <= cp <= 0x318F
        or 0xA960 <= cp <= 0xA97F
        or 0xD7B0 <= cp <= 0xD7FF
    )


def is_cjk(ch: str) -> bool:
    # Every CJK range starts at U+1100 or later: Latin text is answered by one comparison.
    return ord(ch) >= 0x1100 and (is_han(ch) or is_kana(ch) or is_hangul(ch))


def count_scripts(text: str) -> ScriptCounts:
    """Count the letters of `text` per script family (digits and punctuation are ignored)."""
    kana = han = hangul = other = 0
    for ch in text:
        if is_han(ch):
            han += 1
        elif is_kana(ch):
            # The prolonged-sound mark ー is kana; ・ (U+30FB) is punctuation, not a letter.
            if ch.isalpha() or ch == "ー":
                kana += 1
        elif is_hangul(ch):
            hangul += 1
        elif ch.isalpha():
            other += 1
    return ScriptCounts(kana=kana, han=han, hangul=hangul, other=other)


def script_language(counts: ScriptCounts) -> str | None:
    """The language the scripts alone decide, or None when the letters are not mostly CJK."""
    if counts.cjk == 0 or counts.cjk * CJK_WEIGHT <= counts.other:
        return None
    threshold = max(1.0, counts.cjk * MIN_SCRIPT_SHARE)
    # langdetect calls Traditional Chinese "ko" paragraph after paragraph; only Hangul
    # makes a text Korean, only kana makes it Japanese, and Han alone is Chinese.
    if counts.hangul >= threshold and counts.hangul > counts.kana:
        return "ko"
    if counts.kana >= threshold:
        return "ja"
    if counts.hangul >= threshold:
        return "ko"
    return "zh"


@functools.lru_cache(maxsize=1)
def _factory() -> DetectorFactory:
    """A private, seeded langdetect factory: the profiles load once (from the cache folder
    when built before: reconcile.langprofiles), nothing global is set.

    Every profile is loaded, not only those of the languages with data files: a German or
    Spanish text must be told apart (it then gets CLDR's notation for its language), not
    read as the nearest supported language with the wrong separators."""
    from langdetect.detector_factory import PROFILES_DIRECTORY

    from reconcile.langprofiles import load_factory

    return load_factory(PROFILES_DIRECTORY, _SEED)


def _without_cjk(text: str) -> str:
    # A few CJK characters in a Latin paragraph would only confuse the n-gram model.
    return "".join(" " if is_cjk(ch) else ch for ch in text)


def _langdetect_probabilities(text: str) -> list[tuple[str, float]]:
    """langdetect's candidate (code, probability) pairs, best first; [] when it cannot tell."""
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory().create()
    detector.append(text)
    try:
        ranked = detector.get_probabilities()
    except LangDetectException:
        # Raised when the text holds no usable n-gram ("No features in text").
        return []
    return [(normalize_code(str(item.lang)), float(item.prob)) for item in ranked]


def detect_language(text: str) -> str | None:
    """The language code of `text`, or None when it has no letters or cannot be told."""
    counts = count_scripts(text)
    if counts.letters == 0:
        return None
    by_script = script_language(counts)
    if by_script is not None:
        return by_script
    ranked = _langdetect_probabilities(_without_cjk(text))
    return ranked[0][0] if ranked else None


def paragraph_language(text: str, doc_lang: str) -> str:
    """The language of one paragraph, keeping `doc_lang` unless the evidence rules it out."""
    counts = count_scripts(text)
    if counts.evidence < MIN_PARAGRAPH_LETTERS:
        return doc_lang
    by_script = script_language(counts)
    if by_script is not None:
        # Japanese (and old Korean) text uses Han too: a kanji-only line stays Japanese.
        if by_script == "zh" and doc_lang in ("ja", "ko"):
            return doc_lang
        return by_script
    if counts.other < MIN_NGRAM_LETTERS:
        return doc_lang
    ranked = _langdetect_probabilities(_without_cjk(text))
    if not ranked or any(code == doc_lang for code, _ in ranked):
        # Short paragraphs get several candidates; if the document's language is one of
        # them, the paragraph is not evidence enough to switch.
        return doc_lang
    if ranked[0][1] < MIN_SWITCH_PROBABILITY:
        return doc_lang  # not sure enough to read its numbers as another language's
    if ranked[0][0] not in _readable_languages():
        # A French headline taken for Catalan: a paragraph switches only to a language
        # whose numbers reconcile can read (a data file), as a document does.
        return doc_lang
    return ranked[0][0]


@functools.cache
def _readable_languages() -> frozenset[str]:
    from reconcile.languages import supported_languages

    return frozenset(supported_languages())


def detect_paragraph_langs(
    text: str, spans: Sequence[tuple[int, int]], doc_lang: str
) -> tuple[Paragraph, ...]:
    """A Paragraph with its language for each (start, end) span of `text`."""
    return tuple(
        Paragraph(start=start, end=end, lang=paragraph_language(text[start:end], doc_lang))
        for start, end in spans
    )

"""Language detection: script rules first, then seeded langdetect, per document and paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest
from langdetect.detector_factory import DetectorFactory

from reconcile.detect import (
    count_scripts,
    detect_language,
    detect_paragraph_langs,
    normalize_code,
    script_language,
)
from reconcile.ingest import paragraph_spans

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "openai-musk"


def _corpus_text(name: str) -> str:
    return (CORPUS / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "fr", "id", "ja", "zh"])
def test_corpus_documents_are_detected(lang: str) -> None:
    assert detect_language(_corpus_text(lang)) == lang


def test_traditional_chinese_paragraphs_are_never_korean() -> None:
    text = _corpus_text("zh")
    spans = paragraph_spans(text)
    for start, end in spans:
        assert detect_language(text[start:end]) in (None, "zh")
    assert {p.lang for p in detect_paragraph_langs(text, spans, "zh")} == {"zh"}


@pytest.mark.parametrize("lang", ["en", "fr", "id", "ja"])
def test_corpus_paragraphs_keep_the_document_language(lang: str) -> None:
    text = _corpus_text(lang)
    paragraphs = detect_paragraph_langs(text, paragraph_spans(text), lang)
    assert {p.lang for p in paragraphs} == {lang}


def test_english_line_with_a_chinese_phrase_is_english() -> None:
    line = next(line for line in _corpus_text("en").splitlines() if "很慌" in line)
    assert detect_language(line) == "en"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The council approved the new budget after a long debate on Tuesday night.", "en"),
        ("Le conseil municipal a adopté le nouveau budget après un long débat mardi soir.", "fr"),
        ("Der Stadtrat hat den neuen Haushalt nach einer langen Debatte gebilligt.", "de"),
        ("El ayuntamiento aprobó el nuevo presupuesto tras un largo debate el martes.", "es"),
        ("Dewan kota menyetujui anggaran baru setelah perdebatan panjang pada Selasa malam.", "id"),
        ("Городской совет утвердил новый бюджет после долгих дебатов во вторник вечером.", "ru"),
        ("市議会は火曜日の夜、長い議論の末に新しい予算を承認した。", "ja"),
        ("市议会在周二晚上经过长时间辩论后批准了新预算。", "zh"),
        ("市議會在週二晚上經過長時間辯論後批准了新預算。", "zh"),
        ("시의회는 화요일 밤 긴 토론 끝에 새 예산을 승인했다.", "ko"),
    ],
)
def test_short_sentences_in_many_languages(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "   \n\t", "12 345,67 — 89%", "!!! ??? ...", "\u3000。、"])
def test_text_without_letters_has_no_language(text: str) -> None:
    assert detect_language(text) is None


def test_text_langdetect_cannot_read_gives_none() -> None:
    # langdetect drops URLs before looking for n-grams, so nothing is left to judge.
    assert detect_language("https://example.com/news/item") is None


def test_detection_is_deterministic_and_leaves_langdetect_global_alone() -> None:
    texts = [_corpus_text(lang)[:400] for lang in ("fr", "id", "en")]
    first = [detect_language(t) for t in texts]
    second = [detect_language(t) for t in reversed(texts)]
    assert first == list(reversed(second))
    assert DetectorFactory.seed is None


def test_script_rules() -> None:
    # Kana decides Japanese even in a line that is mostly Han.
    assert script_language(count_scripts("東京都知事選挙の結果")) == "ja"
    # Hangul decides Korean even with Hanja mixed in.
    assert script_language(count_scripts("大韓民國 헌법 제1조는 민주공화국을 선언한다")) == "ko"
    # A Chinese text that borrows one kana stays Chinese.
    borrowed = "台北新開的" + "の" + "咖啡店今天人很多大家都在排隊買蛋糕"
    assert script_language(count_scripts(borrowed)) == "zh"
    # Mostly Latin letters: the script check has nothing to say.
    assert script_language(count_scripts("OpenAI and 微软 signed a deal")) is None


def test_normalize_code() -> None:
    assert normalize_code("zh-TW") == "zh"
    assert normalize_code("zh_cn") == "zh"
    assert normalize_code(" EN ") == "en"
    assert normalize_code("pt-BR") == "pt-br"


def test_paragraph_languages_switch_only_on_strong_evidence() -> None:
    text = "\n".join(
        [
            "The city council approved the budget after a long debate on Tuesday night.",
            "Le maire a déclaré que les travaux commenceront au printemps prochain dans le centre.",
            "Paris, Lyon",
            "市议会在周二晚上经过长时间辩论后批准了新预算。",
            "Bonjour",
        ]
    )
    spans = paragraph_spans(text)
    langs = [p.lang for p in detect_paragraph_langs(text, spans, "en")]
    assert langs == ["en", "fr", "en", "zh", "en"]


def test_kanji_only_line_in_a_japanese_document_stays_japanese() -> None:
    text = "国会議事堂前交差点通行止情報"
    paragraphs = detect_paragraph_langs(text, [(0, len(text))], "ja")
    assert paragraphs[0].lang == "ja"


def test_paragraph_offsets_are_kept() -> None:
    text = "  First paragraph of the text.\n\nSecond one here.  "
    spans = paragraph_spans(text)
    paragraphs = detect_paragraph_langs(text, spans, "en")
    assert [(p.start, p.end) for p in paragraphs] == list(spans)


def test_a_language_given_to_the_library_holds_for_every_paragraph() -> None:
    """Like --lang: a known language is never re-detected paragraph by paragraph (that was
    most of the extraction time on Latin-script text)."""
    from reconcile.api import document_from_text

    text = ("Le gouvernement a annoncé hier une nouvelle mesure pour les familles.\n\n"
            "The ministry said the plan would cost about two million euros in total.")
    given = document_from_text(text, "fr")
    assert given.lang_origin == "option"
    assert [p.lang for p in given.paragraphs] == ["fr", "fr"]
    detected = document_from_text(text)
    assert detected.lang_origin == "detected"
    assert [p.lang for p in detected.paragraphs] == ["fr", "en"]

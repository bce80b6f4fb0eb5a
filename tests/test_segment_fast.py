"""The fast segmenter gives what the segmenter before its fast paths gave (segment_oracle.py):
the same sentence and bullet spans, kinds, boilerplate reasons and links, on random pages
of link lists, furniture cues, tables, bullets, CJK punctuation and quotes, and on real
pages (the bundled corpus and, when it is beside the checkout, the dev data)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import segment_oracle as oracle
from reconcile import segment as fast
from reconcile.api import document_from_text
from reconcile.ingest import paragraph_spans
from reconcile.lang import fold_cue, furniture_cues
from reconcile.model import Document, Paragraph, Segment

ROOT = Path(__file__).resolve().parents[1]
DEVDATA = Path(os.environ.get("RECONCILE_DEVDATA", ROOT.parent / "shared" / "devdata"))
LANGS = ("en", "fr", "id", "ja", "zh")

# Seeded, no example database: the suite is deterministic.
SETTINGS = settings(max_examples=300, deadline=None, database=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

# Pieces a paragraph is made of: words of each script, numbers, terminals and closers in
# every arrangement the sentence rule weighs, links, handles, bullets, table cells, and
# furniture cues of each mode (whole lines, line starts, phrases, counters).
WORDS = ["The", "council", "approved", "Mr", "Dr", "U.S", "e.g", "No", "p", "approx", "J",
         "Cependant", "C'est", "l’objectif", "à", "Baca", "juga", "tahun", "Acme", "ß", "Ünï",
         "会議", "は", "承認", "した", "カナ", "议会", "批准", "한국", "々", "〇", "ー", "・"]
NUMBERS = ["5", "1.9", "12,5", "420", "6 . 2", "2024", "40,000", "3%", "１２", "1.", "12)"]
PUNCTUATION = [".", ". ", "!", "?", "…", "?!", "。", "！", "？", "｡", "，", "、", ":", "：", ";",
               ",", " , ", "...", ". .", "\u00a0", "\t", " | ", " • ", " / ", " » ", ".?", "?!",
               "。」", ".”", "!)", "。”", "?»", "．"]
QUOTES = ["\"", "'", "“", "”", "‘", "’", "«", "»", "« ", " »", "「", "」", "『", "』", "(", ")",
          "（", "）", "【", "】", "と", "って"]
LINKS = ["https://example.com/a.b", "www.site.org", "example.com", "mail@host.co.id",
         "ift.tt/x", "@handle", "(see foo.net).", "http://x.io/p?q=1:2", "a.b", "x..y:z",
         "1.5.", "site.COM", "-v1.2-", "WWW.SITE.ORG", "HTTP://X.IO", "user@mail", "a.b.c.d",
         "Example.Com", "x.co/a", "10:30", "v2.0.1", "wwww.x", "ftp://", "://x.y", "e.g.",
         "@a.b", "x@Y.CO"]
BULLETS = ["• ", "- ", "* ", "1. ", "12) ", "·", "▶ ", "– "]
CUES = ["Read more", "Related posts", "Share", "Tweet", "Advertisement", "All rights reserved",
        "Lire la suite", "À lire aussi :", "Partager", "Baca juga:", "Komentar", "関連記事",
        "Baca juga：", "Read more：", "voir aussi ：", "Lihat juga :",
        "相关阅读", "1,204 views", "阅读 12", "Published on March 3, 2024", "Home / News",
        "Your email address will not be published", "this website uses cookies",
        "Subscribe to our newsletter", "© 2024", "Revenue$12.3B$4.5B", "| Revenue | $12.3B |"]
SPACES = [" ", " ", " ", "  ", ""]

piece = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(NUMBERS), st.sampled_from(PUNCTUATION),
    st.sampled_from(QUOTES), st.sampled_from(LINKS), st.sampled_from(CUES),
    st.sampled_from(SPACES), st.sampled_from(SPACES), st.sampled_from(WORDS),
)
paragraph = st.tuples(
    st.sampled_from(["", "", "", *BULLETS]),
    st.lists(piece, max_size=40).map("".join),
).map("".join)
page = st.lists(st.one_of(paragraph, st.sampled_from(CUES), st.just("")), max_size=16)


def _document(text: str, lang: str) -> Document:
    paragraphs = tuple(Paragraph(s, e, lang) for s, e in paragraph_spans(text))
    return Document("t", "<test>", text, lang, "option", paragraphs)


def _assert_same(doc: Document) -> None:
    spans = [(p.start, p.end) for p in doc.paragraphs]
    got: Sequence[Segment] = fast.segment(doc)
    assert got == oracle.segment(doc), doc.text
    assert fast.boilerplate_reasons(doc.text, spans) \
        == oracle.boilerplate_reasons(doc.text, spans), doc.text
    assert fast.link_spans(doc.text) == oracle.link_spans(doc.text), doc.text


@SETTINGS
@given(page, st.sampled_from(LANGS), st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]))
def test_random_pages_segment_as_before(lines: list[str], lang: str, joiner: str) -> None:
    _assert_same(_document(joiner.join(lines) + "\n", lang))


@SETTINGS
@given(st.lists(piece, max_size=60).map("".join), st.integers(0, 8), st.integers(0, 8))
def test_sentence_spans_of_any_slice_as_before(text: str, cut_start: int, cut_end: int) -> None:
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert fast.sentence_spans(text, start, end) == oracle.sentence_spans(text, start, end)
    assert fast.link_spans(text) == oracle.link_spans(text)


@SETTINGS
@given(page)
def test_paragraphs_glued_to_links_find_the_links_of_each(lines: list[str]) -> None:
    """Paragraph spans that cut a run of link characters (not what lines give, but what a
    caller may pass) are read paragraph by paragraph, as before."""
    text = "".join(lines)
    step = max(1, len(text) // 5)
    spans = [(i, min(i + step, len(text))) for i in range(0, len(text), step)]
    assert fast.boilerplate_reasons(text, spans) == oracle.boilerplate_reasons(text, spans)
    doc = Document("t", "<test>", text, "en", "option",
                   tuple(Paragraph(s, e, "en") for s, e in spans))
    assert fast.segment(doc) == oracle.segment(doc)


# Forms where a shortcut could part from the rule it shortens: runs of mixed terminals,
# quotes closed after a CJK stop, spaced French quotes, dots inside and after links, cues
# with a full-width colon, bullets and numbering, glued table cells.
TRICKY = [
    "a.?B c", "Hello?! Next one.", "Wait... What? No!", "x.!Y", "rose 6 . 2 % in 2024. Then",
    "「会議は終わった。」と言った。次に", "他說：“我们走。”然後離開。", "“好。”他说。",
    "「はい。」「いいえ。」", "Il a dit « 50 millions de dollars. » Puis il est parti.",
    "See www.example.com. Next", "Mail me at a.b@example.co.id. Then",
    "Go to https://x.io/a.b?c=1. Done.", "U.S. Army. Dr. Who", "No. 5 rose. No. Way",
    "Baca juga：Harga naik", "Read more：Port fees rise", "• Share | Tweet",
    "1. First. 2. Second", "12) Item one.Item two", "Revenue$12.3B$4.5B",
    "coopération.Cependant", "C'est fini.C'est tout.", "ok.L’objectif", "approx. five",
    "Acme. , selon", "什么?然后", "Ünï. ß.",
]


@pytest.mark.parametrize("lang", LANGS)
def test_tricky_forms_segment_as_before(lang: str) -> None:
    _assert_same(_document("\n".join(TRICKY) + "\n", lang))
    for text in TRICKY:
        assert fast.sentence_spans(text) == oracle.sentence_spans(text), text
        _assert_same(_document(text, lang))


@SETTINGS
@given(page, st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400)), max_size=8))
def test_any_paragraph_spans_get_the_reasons_as_before(lines: list[str],
                                                        cuts: list[tuple[int, int]]) -> None:
    """Spans a caller passes may overlap, repeat or run backwards."""
    text = "\n".join(lines)
    spans = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in cuts]
    assert fast.boilerplate_reasons(text, spans) == oracle.boilerplate_reasons(text, spans)


@pytest.mark.parametrize("spans", [[(0, 23), (4, 23)], [(0, 23), (0, 23)], [(4, 23), (0, 3)]])
def test_overlapping_and_repeated_spans_each_see_their_links(spans: list[tuple[int, int]]
                                                             ) -> None:
    text = "see www.example.com now"
    assert fast.boilerplate_reasons(text, spans) == oracle.boilerplate_reasons(text, spans)


@pytest.mark.parametrize("capped", [
    "会" * 70, "会" * 30 + "Woolworths" * 3 + "会" * 40, "会。" * 40, "12年" * 30,
    "〇" * 80, "ー" * 80, "한국" * 40, "a" * 500, "word " * 100, "漢字" * 5,
])
def test_units_upto_keeps_its_contract(capped: str) -> None:
    cap = fast.LONG_PARAGRAPH_UNITS
    units = oracle._units(capped)
    got = fast._units_upto(capped, cap)
    assert got == units if units < cap else got >= cap


@SETTINGS
@given(st.lists(st.one_of(paragraph, st.sampled_from(CUES)), max_size=8))
def test_page_phrases_hold_every_phrase_of_each_paragraph(paragraphs: list[str]) -> None:
    """_page_phrases keeps, in the cues' order, every phrase any paragraph's fold_cue holds
    (the paragraphs are read against it alone)."""
    cues = furniture_cues()
    kept = fast._page_phrases("\n".join(paragraphs), cues)
    assert list(kept) == [item for item in cues.phrases if item in kept]
    for text in paragraphs:
        folded = fold_cue(text)
        assert all(item in kept for item in cues.phrases if item[0] in folded)


def _real_texts() -> list[tuple[str, str]]:
    files = sorted((ROOT / "corpus").glob("*/*.txt"))
    if DEVDATA.is_dir():
        files += sorted(DEVDATA.glob("*/*/*.txt"))
    return [(f.read_text(encoding="utf-8"), f.stem) for f in files if f.stem in LANGS]


def test_real_pages_segment_as_before() -> None:
    texts = _real_texts()
    assert texts
    for text, lang in texts:
        _assert_same(document_from_text(text, lang))

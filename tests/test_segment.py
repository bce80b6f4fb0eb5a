"""Segmentation: sentences and bullets at exact offsets, and site furniture marked boilerplate."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from reconcile.ingest import load_stories, paragraph_spans
from reconcile.model import Document, Paragraph, Segment
from reconcile.segment import bullet_body, link_spans, segment, sentence_spans

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "openai-musk"


def _doc(lines: Sequence[str], lang: str = "en") -> Document:
    text = "\n".join(lines) + "\n"
    paragraphs = tuple(Paragraph(s, e, lang) for s, e in paragraph_spans(text))
    return Document("t", "<test>", text, lang, "option", paragraphs)


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def _furniture_lines(doc: Document) -> list[tuple[str, bool]]:
    """(paragraph text, boilerplate) for each paragraph; its segments must all agree."""
    flags: dict[int, set[bool]] = {}
    for seg in segment(doc):
        flags.setdefault(seg.paragraph, set()).add(seg.boilerplate)
    result: list[tuple[str, bool]] = []
    for index in sorted(flags):
        assert len(flags[index]) == 1, "a paragraph's segments must agree"
        paragraph = doc.paragraphs[index]
        result.append((doc.text[paragraph.start : paragraph.end], flags[index].pop()))
    return result


def _split_at(
    lines: list[tuple[str, bool]], first_furniture: str
) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    cut = next(i for i, (text, _) in enumerate(lines) if text.startswith(first_furniture))
    return lines[:cut], lines[cut:]


def _flag_of(lines: list[tuple[str, bool]], start: str) -> bool:
    return next(flag for text, flag in lines if text.startswith(start))


@pytest.fixture(scope="module")
def corpus() -> dict[str, Document]:
    (story,) = load_stories([CORPUS])
    return {s.source_id: s.document for s in story.sources if s.document is not None}


# --- offsets and purity --------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr", "id", "ja", "zh"])
def test_segments_point_into_the_text(corpus: dict[str, Document], lang: str) -> None:
    doc = corpus[lang]
    segments = segment(doc)
    assert segments
    previous_end = 0
    for seg in segments:
        assert seg.text == doc.text[seg.start : seg.end]
        assert seg.text == seg.text.strip()
        assert seg.start >= previous_end
        previous_end = seg.end
        paragraph = doc.paragraphs[seg.paragraph]
        assert paragraph.start <= seg.start < seg.end <= paragraph.end
        assert seg.lang == paragraph.lang
    assert segment(doc) == segments


# --- sentences -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fund grew 1.9 percent to 175.000 euros, or 1,9 million. It then fell.",
            ["The fund grew 1.9 percent to 175.000 euros, or 1,9 million.", "It then fell."],
        ),
        (
            "Mr. Lee met J. Smith and Dr. Park in the U.S. last week. They agreed.",
            ["Mr. Lee met J. Smith and Dr. Park in the U.S. last week.", "They agreed."],
        ),
        (
            "Prices rose approx. 5 percent, e.g. for bread. Bakers were unhappy.",
            ["Prices rose approx. 5 percent, e.g. for bread.", "Bakers were unhappy."],
        ),
        (
            "Read it on harbornews.example or ift.tt/XbC9. Mail desk@harbornews.example today.",
            [
                "Read it on harbornews.example or ift.tt/XbC9.",
                "Mail desk@harbornews.example today.",
            ],
        ),
        (
            "Details at https://example.org/a.B?x=1. Next sentence here.",
            ["Details at https://example.org/a.B?x=1.", "Next sentence here."],
        ),
        (
            "Un accord de coopération.Cependant, le maire hésite.Il attend.",
            ["Un accord de coopération.", "Cependant, le maire hésite.", "Il attend."],
        ),
        (
            "Le PDG.Les motifs restent flous dans l'entreprise.C'est étrange.",
            ["Le PDG.", "Les motifs restent flous dans l'entreprise.", "C'est étrange."],
        ),
        (
            "Pourquoi sont-ils partis?Les courriels le disent!Vraiment.",
            ["Pourquoi sont-ils partis?", "Les courriels le disent!", "Vraiment."],
        ),
        (
            "Il a dit : « Nous paierons 10 millions de dollars. » Puis il est parti.",
            ["Il a dit : « Nous paierons 10 millions de dollars. »", "Puis il est parti."],
        ),
        (
            'He said "we will pay." Then he left... and came back. The end…',
            ['He said "we will pay."', "Then he left... and came back.", "The end…"],
        ),
        (
            "市政府宣布了新計劃。預算為1.5億元!市民支持嗎?有人反對。",
            ["市政府宣布了新計劃。", "預算為1.5億元!", "市民支持嗎?", "有人反對。"],
        ),
        (
            "他說:“我們會付錢。”然後離開了。第二天又回來了。",
            ["他說:“我們會付錢。”然後離開了。", "第二天又回来了。".replace("来", "來")],
        ),
        (
            # A quoted sentence of its own ends where its quote closes; the quote's book
            # titles (《…》) are not its opening mark.
            "有些人收藏他的作品。“他在 2000 年制作的《国王》入选纪录。”他还参与了纸币制作。",
            ["有些人收藏他的作品。", "“他在 2000 年制作的《国王》入选纪录。”",
             "他还参与了纸币制作。"],
        ),
        (
            "市長は「予算を承認した。」と述べた。工事は来年始まる。",
            ["市長は「予算を承認した。」と述べた。", "工事は来年始まる。"],
        ),
        (
            "They met on Monday. , and then again on Friday.",
            ["They met on Monday. , and then again on Friday."],
        ),
        ("No end punctuation here", ["No end punctuation here"]),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_sentence_spans_use_document_offsets() -> None:
    text = "xx First one. Second one. yy"
    spans = sentence_spans(text, 3, 25)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one."]
    assert spans[0][0] == 3


def test_pieces_without_letters_or_digits_are_dropped() -> None:
    assert _sentences("Done. — …") == ["Done."]


def test_links_found() -> None:
    text = "Voir http://www.site.example/a-1.html揭秘 et news.example.org, ou a.b@c.example."
    found = [text[s:e] for s, e in link_spans(text)]
    assert found == ["http://www.site.example/a-1.html", "news.example.org", "a.b@c.example"]
    assert link_spans("Il a 1.9 million, e.g. plus. U.S. Army") == []


# --- bullets and kinds -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("• Item", "Item"),
        ("•Item", "Item"),
        ("– In 2015, it began.", "In 2015, it began."),
        ("- dash item", "dash item"),
        ("* star item", "star item"),
        ("1. First step", "First step"),
        ("12) Twelfth step", "Twelfth step"),
        ("-5% drop in sales", None),
        ("2015. The year it began", None),
        ("1.9 million people", None),
        ("3 et 3La lutte", None),
    ],
)
def test_bullet_markers(line: str, body: str | None) -> None:
    start = bullet_body(line)
    assert (None if start is None else line[start:]) == body


def test_bullet_sentences_and_kinds() -> None:
    doc = _doc(
        [
            "Council budget",
            "The council met on Tuesday. It voted on the budget.",
            "  • The tram gets 420 million euros. Buses get 80 million.",
            "2) Parks get 5 million",
        ]
    )
    got = [(s.kind, s.text) for s in segment(doc)]
    assert got == [
        ("heading", "Council budget"),
        ("sentence", "The council met on Tuesday."),
        ("sentence", "It voted on the budget."),
        ("bullet", "The tram gets 420 million euros."),
        ("bullet", "Buses get 80 million."),
        ("bullet", "Parks get 5 million"),
    ]
    assert [s.paragraph for s in segment(doc)] == [0, 1, 1, 2, 2, 3]


# --- boilerplate on the bundled corpus ---------------------------------------------------------


def test_fr_related_posts_to_the_end_are_furniture(corpus: dict[str, Document]) -> None:
    lines = _furniture_lines(corpus["fr"])
    article, tail = _split_at(lines, "• Related Posts")
    assert len(tail) == 42
    assert all(flag for _, flag in tail)
    assert not any(flag for _, flag in article)
    for heading in ("1 et 1Encombré", "2Musk et Ultraman", "3 et 3La lutte", "PDG de Deepmind"):
        assert not _flag_of(article, heading)
    for furniture in ("Laisser un commentaire", "You Missed", "• 4 views", "• By jakiro", "Home"):
        assert _flag_of(tail, furniture)


def test_en_leading_links_and_handle_are_furniture(corpus: dict[str, Document]) -> None:
    lines = _furniture_lines(corpus["en"])
    assert [flag for _, flag in lines[:3]] == [True, True, True]
    assert lines[2][0].startswith("inside1024 @inside1024")
    assert not any(flag for _, flag in lines[3:])


@pytest.mark.parametrize(
    ("lang", "status", "first_trailer"),
    [("id", "Pembuatan abstrak", "Lihat Asli"), ("ja", "概要作成中", "原文表示")],
)
def test_id_ja_trailing_widgets_are_furniture(
    corpus: dict[str, Document], lang: str, status: str, first_trailer: str
) -> None:
    lines = _furniture_lines(corpus[lang])
    # A status line without a furniture cue is story text (it holds no claim either).
    assert lines[1] == ("robot", False)
    assert lines[2][0].startswith(status) and not lines[2][1]
    article, tail = _split_at(lines, first_trailer)
    assert len(tail) == 6
    assert all(flag for _, flag in tail)
    # The author line (3) holds no numbers and may go either way.
    body = article[4:]
    assert len(body) >= 27
    assert not any(flag for _, flag in body)
    reasons = [s.boilerplate_reason for s in segment(corpus[lang]) if s.boilerplate]
    assert reasons[-6:] == ["read-more", "share-widget", "comments", "share-widget",
                            "comments", "comments"]


def test_zh_link_disclaimer_and_unrelated_headlines_are_furniture(
    corpus: dict[str, Document],
) -> None:
    lines = _furniture_lines(corpus["zh"])
    article, tail = _split_at(lines, "本文鏈接:")
    assert tail[1][0].startswith("聲明:")
    assert len(tail) == 22
    assert all(flag for _, flag in tail)
    assert not any(flag for _, flag in article)
    assert ("人才。", False) in article
    assert ("一點思考", False) in article


def test_corpus_titles_are_kept(corpus: dict[str, Document]) -> None:
    for lang in ("fr", "zh"):
        title, flag = _furniture_lines(corpus[lang])[0]
        assert flag is False, title


# --- boilerplate: the general rule on stories it has never seen --------------------------------

ARTICLE = [
    "Harbor City council approves new tram line",
    "Harbor City council voted on Tuesday to fund a 14-kilometre tram line linking the old port "
    "to the university campus, ending two years of debate.",
    "The council approved the tram budget of 420 million euros by 31 votes to 12, and Mayor "
    "Ines Caldera said construction would begin in the spring.",
    "What happens next",
    "Most of the tram money comes from a regional transport fund, while the city will borrow "
    "about 95 million euros over twenty years, the council said.",
    "Opponents of the tram argued that the port district needs buses more urgently, but "
    "Caldera said the line would carry 40,000 passengers a day.",
    "The first trams are expected to run in 2027, according to the council.",
]


def _flags(lines: Sequence[str], lang: str = "en") -> list[bool]:
    found = _furniture_lines(_doc(lines, lang))
    assert [text for text, _ in found] == [line.strip() for line in lines]
    return [flag for _, flag in found]


def test_plain_article_has_no_furniture() -> None:
    assert _flags(ARTICLE) == [False] * len(ARTICLE)


HEADLINES = [
    "Harbor City tram: what the council decided",
    "Mayor Ines Caldera faces questions over port budget",
    "Five things to know about the Harbor City port district",
    "Harbor City weather: storms expected this weekend",
]


def test_related_headlines_after_a_list_heading_are_furniture_even_on_topic() -> None:
    lines = [*ARTICLE, "Related stories", *HEADLINES]
    assert _flags(lines) == [False] * len(ARTICLE) + [True] * (len(HEADLINES) + 1)


def test_closing_headlines_without_a_list_heading_are_kept() -> None:
    """Short closing lines may be the story's own last lines: without a cue, they stay."""
    assert _flags([*ARTICLE, *HEADLINES]) == [False] * (len(ARTICLE) + len(HEADLINES))


def test_unrelated_teasers_after_the_article_are_furniture() -> None:
    teasers = [
        "More from the newsroom",
        "Football: Rovers beat United 3-1 in a rainy derby as the striker scored twice, "
        "keeping their promotion hopes alive before the final weekend of the season.",
        "Recipe of the week: a lemon cake with almonds, ready in 45 minutes, that the whole "
        "family will love on a lazy Sunday afternoon.",
        "Share",
        "Comment",
    ]
    assert _flags([*ARTICLE, *teasers]) == [False] * len(ARTICLE) + [True] * len(teasers)


def test_leading_urls_byline_and_navigation_are_furniture() -> None:
    lead = [
        "https://harborcity.example/news/tram https://t.me/harborcitynews",
        "Home / News / Local / Search",
        "By Dana Whitfield • March 3, 2024 • 1,204 views",
    ]
    assert _flags([*lead, *ARTICLE]) == [True] * len(lead) + [False] * len(ARTICLE)


def test_french_breadcrumb_dateline_and_read_also_block() -> None:
    lines = [
        "Accueil > Économie > Transports",
        "Le conseil de Port-Clair vote un tramway de 420 millions d'euros",
        "Publié le 3 mars 2024 à 10h45 | Mis à jour le 3 mars 2024",
        "Le conseil municipal de Port-Clair a voté mardi le financement d'une ligne de tramway "
        "de 14 kilomètres reliant le vieux port au campus universitaire.",
        "Le budget du tramway, fixé à 420 millions d'euros, a été adopté par 31 voix contre 12, "
        "et la maire Inès Caldera a annoncé un début des travaux au printemps.",
        "Les opposants estiment que le quartier du port a davantage besoin de bus, mais "
        "Mme Caldera affirme que la ligne transportera 40 000 voyageurs par jour.",
        "Les premières rames du tramway devraient circuler en 2027, selon le conseil municipal.",
        "À lire aussi",
        "Port-Clair : la maire Inès Caldera candidate à sa réélection",
        "Météo : un week-end pluvieux sur la côte",
        "Football : le FC Port-Clair s'impose 2-0",
        "Partager sur Facebook",
    ]
    assert _flags(lines, "fr") == [True, False, True] + [False] * 4 + [True] * 5


def test_indonesian_read_also_editor_and_tags() -> None:
    lines = [
        "Dewan Kota Pelabuhan Setujui Trem Baru",
        "Jakarta, 3 Maret 2024 - Dewan kota Pelabuhan pada Selasa menyetujui pendanaan jalur trem "
        "sepanjang 14 kilometer yang menghubungkan pelabuhan lama dengan kampus universitas.",
        "Anggaran trem sebesar 420 juta euro disetujui dengan 31 suara berbanding 12, "
        "dan Wali Kota Ines Caldera mengatakan pembangunan akan dimulai pada musim semi.",
        "Para penentang berpendapat bahwa kawasan pelabuhan lebih membutuhkan bus, tetapi Caldera "
        "mengatakan jalur itu akan mengangkut 40.000 penumpang per hari.",
        "Baca juga: Harga cabai naik 20 persen menjelang Lebaran",
        "Editor: Budi Santoso",
        "Tag: trem, dewan kota, Caldera",
    ]
    assert _flags(lines, "id") == [False] * 4 + [True] * 3


def test_widget_row_inside_the_article_is_furniture() -> None:
    lines = [*ARTICLE[:3], "Share | Tweet | Email", *ARTICLE[3:]]
    expected = [False] * len(lines)
    expected[3] = True
    assert _flags(lines) == expected


def test_chinese_article_with_link_and_unrelated_headlines() -> None:
    lines = [
        "海港市議會批准新電車線",
        "海港市議會週二投票通過一條長十四公里的電車線,連接舊港口與大學校區,結束了兩年的爭論。",
        "市長卡德拉表示,電車工程預算為四億二千萬歐元,將於明年春天動工,議會以三十一票對十二票通過。",
        "下一步",
        "反對者認為港口區更需要公車,但卡德拉說電車每天可載運四萬名乘客,議會仍然支持這項計劃。",
        "市議會預計第一批電車將於二〇二七年投入營運,港口區的居民將是最早的乘客。",
        "原文連結:https://harborcity.example/news/123",
        "本週天氣轉涼 注意保暖",
        "新款手機銷量創新高",
        "股市收盤小幅上漲",
    ]
    # The link is furniture; headlines without a list heading ("相關新聞") may be the story's.
    assert _flags(lines, "zh") == [False] * 6 + [True] + [False] * 3
    with_heading = [*lines[:7], "相關新聞", *lines[7:]]
    assert _flags(with_heading, "zh") == [False] * 6 + [True] * 5


def test_title_case_title_is_kept_and_menu_above_it_is_not() -> None:
    lines = ["Skip to content", "Harbor City Council Approves New Tram Line", *ARTICLE[1:]]
    assert _flags(lines) == [True] + [False] * (len(lines) - 1)


def test_closing_sentence_that_names_the_story_is_kept() -> None:
    lines = [*ARTICLE, "Caldera declined to comment further."]
    assert _flags(lines) == [False] * len(lines)


def test_heading_without_shared_words_inside_the_article_stays() -> None:
    lines = [*ARTICLE[:3], "Background", *ARTICLE[3:]]
    assert _flags(lines) == [False] * len(lines)


# --- speed -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "".join(random.Random(7).choice("0123456789.,;: -/'") for _ in range(100_000)),
        "1." * 50_000,
        "a.Ab" * 25_000,
        "http://" + "a." * 50_000,
        "Short line\n" * 10_000,
    ],
    ids=["digits-and-separators", "dotted-digits", "glued-sentences", "long-url", "many-lines"],
)
def test_large_inputs_are_fast(text: str) -> None:
    doc = _doc([text])
    started = time.perf_counter()
    segments: tuple[Segment, ...] = segment(doc)
    assert time.perf_counter() - started < 10
    assert all(s.text == doc.text[s.start : s.end] for s in segments)


def test_every_gold_claim_lies_in_one_article_segment(corpus: dict[str, Document]) -> None:
    """The hand-annotated story claims are never cut by a sentence break nor marked furniture."""
    gold = Path(__file__).resolve().parent / "gold" / "openai-musk" / "claims.jsonl"
    segments = {lang: segment(doc) for lang, doc in corpus.items()}
    claims = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    assert claims
    for claim in claims:
        holders = [
            s
            for s in segments[claim["source"]]
            if s.start <= claim["start"] and claim["end"] <= s.end
        ]
        assert len(holders) == 1, claim["surface"]
        assert not holders[0].boilerplate, claim["surface"]

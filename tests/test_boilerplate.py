"""Boilerplate: only unmistakable site furniture is set aside, each paragraph with a reason."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from pathlib import Path

import pytest

from reconcile.api import extract_document
from reconcile.ingest import paragraph_spans
from reconcile.lang import fold_cue, furniture_cues, supported_languages
from reconcile.model import BOILERPLATE_REASONS, Document, Paragraph
from reconcile.segment import _page_phrases, boilerplate_reasons, segment

DATA = Path(__file__).resolve().parents[1] / "src" / "reconcile" / "lang" / "data"
LANGS = ("en", "fr", "id", "ja", "zh")


def _doc(lines: Sequence[str], lang: str) -> Document:
    text = "\n".join(lines) + "\n"
    paragraphs = tuple(Paragraph(s, e, lang) for s, e in paragraph_spans(text))
    return Document("t", "<test>", text, lang, "option", paragraphs)


def _reasons(lines: Sequence[str], lang: str) -> list[str | None]:
    """The reason of each line, checked against the segments the line yields."""
    doc = _doc(lines, lang)
    assert [doc.text[p.start : p.end] for p in doc.paragraphs] == [line.strip() for line in lines]
    reasons = list(boilerplate_reasons(doc.text, [(p.start, p.end) for p in doc.paragraphs]))
    for seg in segment(doc):
        assert seg.boilerplate_reason == reasons[seg.paragraph]
        assert seg.boilerplate == (reasons[seg.paragraph] is not None)
    return reasons


# --- a page in each language: story text kept, each kind of furniture set aside -------------

# (line, reason) for a made-up news page: navigation, a byline, the story (lead and a short
# last paragraph included), a share row and a "read more" line inside it, then a link, an ad,
# a subscribe box, a list of related posts, a comment box, a cookie banner and a footer.
PAGES: dict[str, list[tuple[str, str | None]]] = {
    "en": [
        ("Home / World / Business", "navigation"),
        ("Harbor City approves a 420 million euro tram line", None),
        ("Published on March 3, 2024", "post-meta"),
        ("Harbor City council voted on Tuesday to fund a 14-kilometre tram line linking the old "
         "port to the university campus.", None),
        ("The council approved the tram budget of 420 million euros by 31 votes to 12, and Mayor "
         "Ines Caldera said construction would begin in the spring.", None),
        ("Share | Tweet | Email", "share-widget"),
        ("Opponents of the tram argued that the port district needs buses more urgently, but "
         "Caldera said the line would carry 40,000 passengers a day.", None),
        ("Read more: Port fees rise 12% as shipping traffic grows", "read-more"),
        ("The first trams are expected to run in 2027.", None),
        ("https://harborcity.example/news/tram-vote", "link-list"),
        ("Advertisement", "advertisement"),
        ("Subscribe to our newsletter", "share-widget"),
        ("Related posts", "related-posts"),
        ("Harbor City budget: 95 million euros for new schools", "related-posts"),
        ("Mayor Caldera to seek a second term", "related-posts"),
        ("Leave a comment", "comments"),
        ("We use cookies to improve your experience. By continuing to browse, you accept our "
         "cookie policy.", "cookie-notice"),
        ("© 2024 Harbor Media. All rights reserved.", "footer-legal"),
    ],
    "fr": [
        ("Accueil > Monde > Économie", "navigation"),
        ("Port-Clair vote un tramway de 420 millions d'euros", None),
        ("Publié le 3 mars 2024 à 10h45", "post-meta"),
        ("Le conseil municipal de Port-Clair a voté mardi le financement d'une ligne de tramway "
         "de 14 kilomètres reliant le vieux port au campus.", None),
        ("Le budget du tramway, fixé à 420 millions d'euros, a été adopté par 31 voix contre 12, "
         "et la maire Inès Caldera a annoncé un début des travaux au printemps.", None),
        ("Partager | Tweeter | Imprimer", "share-widget"),
        ("Les opposants estiment que le quartier du port a davantage besoin de bus, mais "
         "Mme Caldera affirme que la ligne transportera 40 000 voyageurs par jour.", None),
        ("Lire aussi : les taxes portuaires augmentent de 12 %", "read-more"),
        ("Les premières rames circuleront en 2027.", None),
        ("https://port-clair.example/actualites/tramway", "link-list"),
        ("Publicité", "advertisement"),
        ("Abonnez-vous à notre newsletter", "share-widget"),
        ("Sur le même sujet", "related-posts"),
        ("Budget : 95 millions d'euros pour les écoles de Port-Clair", "related-posts"),
        ("La maire Inès Caldera candidate à un second mandat", "related-posts"),
        ("Laisser un commentaire", "comments"),
        ("Nous utilisons des cookies pour améliorer votre expérience de navigation sur notre "
         "site.", "cookie-notice"),
        ("© 2024 Port-Clair Médias. Tous droits réservés.", "footer-legal"),
    ],
    "id": [
        ("Beranda / Berita / Ekonomi", "navigation"),
        ("Dewan Kota Pelabuhan Setujui Trem Senilai 420 Juta Euro", None),
        ("Diterbitkan 3 Maret 2024, 10:45 WIB", "post-meta"),
        ("Dewan kota Pelabuhan pada Selasa menyetujui pendanaan jalur trem sepanjang 14 kilometer "
         "yang menghubungkan pelabuhan lama dengan kampus universitas.", None),
        ("Anggaran trem sebesar 420 juta euro disetujui dengan 31 suara berbanding 12, dan Wali "
         "Kota Ines Caldera mengatakan pembangunan akan dimulai pada musim semi.", None),
        ("Bagikan | Suka | Cetak", "share-widget"),
        ("Para penentang berpendapat bahwa kawasan pelabuhan lebih membutuhkan bus, tetapi "
         "Caldera mengatakan jalur itu akan mengangkut 40.000 penumpang per hari.", None),
        ("Baca juga: Tarif pelabuhan naik 12 persen", "read-more"),
        ("Trem pertama dijadwalkan beroperasi pada 2027.", None),
        ("https://pelabuhan.example/berita/trem", "link-list"),
        ("Iklan", "advertisement"),
        ("Berlangganan", "share-widget"),
        ("Berita Terkait", "related-posts"),
        ("Anggaran sekolah naik menjadi 95 juta euro", "related-posts"),
        ("Wali Kota Caldera kembali mencalonkan diri", "related-posts"),
        ("Tulis komentar", "comments"),
        ("Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.",
         "cookie-notice"),
        ("© 2024 Pelabuhan Media. Hak cipta dilindungi undang-undang.", "footer-legal"),
    ],
    "ja": [
        ("ホーム > ニュース > 経済", "navigation"),
        ("港市議会、4億2000万ユーロの路面電車を承認", None),
        ("公開日:2024年3月3日", "post-meta"),
        ("港市議会は火曜日、旧港と大学キャンパスを結ぶ全長14キロの路面電車の建設費を承認した。",
         None),
        ("路面電車の予算4億2000万ユーロは賛成31票、反対12票で可決され、カルデラ市長は春に着工すると述べた。",
         None),
        ("シェア | ツイート | 印刷", "share-widget"),
        ("反対派は港地区にはバスの方が必要だと主張したが、カルデラ市長は1日4万人の乗客を見込んでいると述べた。",
         None),
        ("関連記事:港の使用料、12%引き上げ", "read-more"),
        ("最初の電車は2027年に運行を始める予定だ。", None),
        ("https://minato.example/news/tram", "link-list"),
        ("広告", "advertisement"),
        ("メルマガ登録", "share-widget"),
        ("関連記事", "related-posts"),
        ("学校予算、9500万ユーロに増額", "related-posts"),
        ("カルデラ市長が再選に出馬へ", "related-posts"),
        ("コメントを書く", "comments"),
        ("当サイトではサービス向上のためにCookieを使用しています。", "cookie-notice"),
        ("Copyright © 2024 Minato Media. 無断転載を禁じます。", "footer-legal"),
    ],
    "zh": [
        ("首页 > 新闻 > 财经", "navigation"),
        ("海港市议会批准四亿二千万欧元电车线", None),
        ("发布时间:2024年3月3日 10:45", "post-meta"),
        ("海港市议会周二投票通过一条长14公里的电车线,连接旧港口与大学校区,结束了两年的争论。",
         None),
        ("电车工程预算为4.2亿欧元,议会以31票对12票通过,市长卡德拉表示将于春天动工。", None),
        ("分享 | 点赞 | 收藏", "share-widget"),
        ("反对者认为港口区更需要公交车,但卡德拉说电车每天可载运4万名乘客。", None),
        ("相关阅读:港口收费上涨12%", "read-more"),
        ("首批电车预计于2027年投入运营。", None),
        ("https://haigang.example/news/tram", "link-list"),
        ("广告", "advertisement"),
        ("订阅", "share-widget"),
        ("相关新闻", "related-posts"),
        ("学校预算增至9500万欧元", "related-posts"),
        ("卡德拉市长宣布竞选连任", "related-posts"),
        ("发表评论", "comments"),
        ("本网站使用Cookie以改善您的浏览体验。", "cookie-notice"),
        ("版权所有 © 2024 海港传媒", "footer-legal"),
    ],
}


@pytest.mark.parametrize("lang", LANGS)
def test_each_kind_of_furniture_gets_its_reason_and_the_story_is_kept(lang: str) -> None:
    page = PAGES[lang]
    assert _reasons([line for line, _ in page], lang) == [reason for _, reason in page]


@pytest.mark.parametrize("lang", LANGS)
def test_the_page_names_every_reason(lang: str) -> None:
    assert {r for _, r in PAGES[lang] if r} == set(BOILERPLATE_REASONS)


@pytest.mark.parametrize("lang", LANGS)
def test_claims_of_the_story_are_kept_and_furniture_claims_carry_their_reason(lang: str) -> None:
    page = PAGES[lang]
    doc = _doc([line for line, _ in page], lang)
    story = extract_document(doc)
    every = extract_document(doc, include_boilerplate=True)
    assert story == [c for c in every if not c.boilerplate]
    assert story and all(c.boilerplate_reason is None for c in story)
    aside = [c for c in every if c.boilerplate]
    assert aside, "the furniture of the page holds numbers"
    for claim in aside:
        line = next(i for i, p in enumerate(doc.paragraphs) if p.start <= claim.start < p.end)
        assert claim.boilerplate_reason == page[line][1]
    # The last paragraph of the story is short and shares few words with the rest: kept.
    last = page[8][0]
    assert any(c.sentence == last for c in story), last


# --- what is never furniture ------------------------------------------------------------------

TABLES: dict[str, list[str]] = {
    "en": [
        "Acme results for 2024",
        "Acme posted record sales last year, helped by its new factory, the company said on "
        "Monday.",
        "| Segment | Revenue | Profit |",
        "|---|---|---|",
        "| Cloud | $12.3 billion | $4.5 billion |",
        "| Devices | $8.1 billion | $1.2 billion |",
        "Revenue$12.3B$4.5B",
        "Devices$8.1B$1.2B",
        "Region\tSales\tGrowth",
        "Europe\t$3.1 billion\t12%",
        "Shares rose 3%.",
    ],
    "fr": [
        "Les résultats d'Acme en 2024",
        "Acme a publié des ventes record l'an dernier, portées par sa nouvelle usine, a annoncé "
        "l'entreprise lundi.",
        "| Activité | Chiffre d'affaires | Bénéfice |",
        "|---|---|---|",
        "| Cloud | 12,3 milliards d'euros | 4,5 milliards d'euros |",
        "Cloud€12,3€4,5",
        "Europe\t3,1 milliards d'euros\t12 %",
        "L'action a gagné 3 %.",
    ],
    "zh": [
        "艾克米公司2024年業績",
        "艾克米公司週一表示,受新工廠投產帶動,公司去年銷售額創下歷史新高,利潤也大幅增長。",
        "| 業務 | 收入 | 利潤 |",
        "|---|---|---|",
        "| 雲服務 | 123億美元 | 45億美元 |",
        "雲服務$12.3B$4.5B",
        "歐洲\t31億美元\t12%",
        "股價上漲3%。",
    ],
}


@pytest.mark.parametrize("lang", sorted(TABLES))
def test_tables_lead_and_last_paragraphs_are_story_text(lang: str) -> None:
    lines = TABLES[lang]
    assert _reasons(lines, lang) == [None] * len(lines)


@pytest.mark.parametrize("lang", sorted(TABLES))
def test_a_table_after_a_related_posts_heading_ends_the_list(lang: str) -> None:
    heading = {"en": "Related posts", "fr": "Articles similaires", "zh": "相關新聞"}[lang]
    lines = [*TABLES[lang][:2], heading, "Another story", *TABLES[lang][2:]]
    reasons = _reasons(lines, lang)
    assert reasons[2:4] == ["related-posts", "related-posts"]
    assert reasons[4:] == [None] * (len(lines) - 4)


def test_lead_and_last_lines_without_cues_are_kept() -> None:
    lines = [
        "Updated at noon",
        "The tram line will cost 420 million euros, the council said on Tuesday after a long "
        "debate about the port district.",
        "Opponents wanted buses instead, and 12 councillors voted against the plan in the end.",
        "Rain is expected.",
        "Five",
    ]
    assert _reasons(lines, "en") == [None] * len(lines)


def test_cue_words_inside_running_text_are_story_text() -> None:
    lines = [
        "Home prices rose 5% in 2023",
        "Share prices fell 12% after the company said it would share its data with 3 partners.",
        "Read more than 40 reports before you decide, the regulator told 1,200 investors.",
        "Google said it will stop using third-party cookies for 1% of Chrome users in 2024.",
        "Related companies lost 2 billion dollars in value during the week, analysts said.",
    ]
    assert _reasons(lines, "en") == [None] * len(lines)


def test_a_footer_in_the_middle_of_a_page_does_not_swallow_the_story() -> None:
    lines = [
        "© Reuters 2024",
        "Acme to cut 1,200 jobs",
        "Acme will cut 1,200 jobs in Europe by 2026 as demand for its devices falls, the company "
        "said on Monday.",
        "The cuts will save about 300 million euros a year, Acme said in a statement.",
    ]
    assert _reasons(lines, "en") == ["footer-legal", None, None, None]


def test_a_read_more_list_inside_the_story_ends_where_the_story_resumes() -> None:
    story = [
        "Harbor City council voted on Tuesday to fund a 14-kilometre tram line linking the old "
        "port to the university campus, ending two years of debate.",
        "The council approved the tram budget of 420 million euros by 31 votes to 12, and Mayor "
        "Ines Caldera said construction of the tram would begin in the spring.",
        "Opponents of the tram argued that the port district needs buses more urgently, but "
        "Caldera said the tram line would carry 40,000 passengers a day.",
        "The first trams are expected to run in 2027, according to the council, and the tram "
        "line will be extended to the airport by 2031.",
    ]
    lines = [*story[:2], "READ MORE", "Port fees rise 12%", "Five things to know about trams",
             *story[2:]]
    assert _reasons(lines, "en") == [None, None, "read-more", "related-posts", "related-posts",
                                     None, None]


def test_teasers_of_other_posts_in_a_list_are_furniture() -> None:
    story = [
        "Harbor City council voted on Tuesday to fund a 14-kilometre tram line linking the old "
        "port to the university campus, ending two years of debate.",
        "The council approved the tram budget of 420 million euros by 31 votes to 12, and Mayor "
        "Ines Caldera said construction of the tram would begin in the spring.",
        "Opponents of the tram argued that the port district needs buses more urgently, but "
        "Caldera said the tram line would carry 40,000 passengers a day.",
    ]
    lines = [
        *story,
        "You may also like",
        "Football: Rovers beat United 3-1 in a rainy derby as the striker scored twice, keeping "
        "their promotion hopes alive before the final weekend of the season.",
        "Recipe of the week: a lemon cake with almonds, ready in 45 minutes, that the whole "
        "family will love on a lazy Sunday afternoon.",
    ]
    assert _reasons(lines, "en") == [None] * 3 + ["related-posts"] * 3


def test_rows_of_meta_fields_and_counters() -> None:
    lines = [
        "By Dana Whitfield • March 3, 2024 • 1,204 views",
        "• 4 views",
        "阅读 1234",
        "Revenue | $12.3B",
        "Cloud | $4.5B",
    ]
    assert _reasons(lines, "en") == ["post-meta", "post-meta", "post-meta", None, None]


# --- the data -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_furniture_cues_of_every_mode(lang: str) -> None:
    table = tomllib.loads((DATA / f"{lang}.toml").read_text(encoding="utf-8"))["boilerplate"]
    assert set(table) == {"line", "start", "phrase", "counter"}
    for mode in table.values():
        assert set(mode) <= set(BOILERPLATE_REASONS)
        for cues in mode.values():
            assert cues and all(isinstance(cue, str) and cue.strip() for cue in cues)


def test_cues_are_merged_from_every_language_and_use_known_reasons() -> None:
    cues = furniture_cues()
    assert set(LANGS) <= set(supported_languages())
    assert cues.reasons <= set(BOILERPLATE_REASONS)
    assert cues.lines[fold_cue("Related Posts")] == "related-posts"
    assert cues.lines[fold_cue("Lire aussi")] == "read-more"
    assert cues.lines[fold_cue("関連記事")] == "related-posts"
    starts = [cue for cue, _ in cues.starts]
    assert starts == sorted(starts, key=lambda c: (-len(c), c))


@pytest.mark.parametrize(
    ("text", "folded"),
    [("À lire aussi :", "à lire aussi:"), ("相关阅读：", "相关阅读:"), ("Read  MORE", "read more")],
)
def test_fold_cue(text: str, folded: str) -> None:
    assert fold_cue(text) == folded


def test_page_phrases_keep_every_phrase_a_paragraph_holds() -> None:
    """_page_phrases keeps a phrase whatever the case and spacing it stands in (its probe
    is looked for in the page case-folded, not in the page's fold_cue)."""
    cues = furniture_cues()
    for phrase, reason in cues.phrases:
        written = phrase.upper().replace(" ", " \u00a0\t").replace(":", " ：")
        paragraphs = ["Some story text.", f"Footer — {written} 2024"]
        assert phrase in fold_cue(paragraphs[1])
        kept = _page_phrases("\n".join(paragraphs), cues)
        assert (phrase, reason) in kept
        assert list(kept) == [item for item in cues.phrases if item in kept]

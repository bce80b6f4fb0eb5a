"""Tests for the entity stage: alias loading, exact and near-miss matching, unknown names."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.entities import (
    ENTITY_KINDS,
    AliasTable,
    EntityMention,
    default_alias_paths,
    find_entities,
    load_aliases,
)
from reconcile.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
STORY_ALIASES = ROOT / "claims" / "aliases.toml"
CORPUS = ROOT / "corpus" / "openai-musk"
LANGS = ("en", "fr", "id", "ja", "zh")


@pytest.fixture(scope="module")
def table() -> AliasTable:
    return load_aliases([STORY_ALIASES])


def known(mentions: tuple[EntityMention, ...]) -> list[tuple[str, str]]:
    """(surface, id) of the mentions resolved through the alias table."""
    return [(m.surface, m.entity) for m in mentions if not m.entity.startswith("name:")]


def resolve(text: str, surface: str, table: AliasTable) -> EntityMention:
    hits = [m for m in find_entities(text, table) if m.surface == surface]
    assert len(hits) == 1, find_entities(text, table)
    return hits[0]


def write(tmp_path: Path, body: str, name: str = "aliases.toml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


# ---- the story's variants ------------------------------------------------------------

EXACT_VARIANTS = [
    ("Later Musk wrote back.", "Musk", "musk"),
    ("他说馬斯克当时很生气。", "馬斯克", "musk"),
    ("当時マスクは反対した。", "マスク", "musk"),
    ("An email from Altman followed.", "Altman", "altman"),
    ("後來奧特曼回信了。", "奧特曼", "altman"),
    ("その後アルトマンが返信した。", "アルトマン", "altman"),
    ("Puis Ultraman a répondu.", "Ultraman", "altman"),
    ("Le co-fondateur Ilya Sutskever est parti.", "Ilya Sutskever", "sutskever"),
    ("A letter from Sutskever arrived.", "Sutskever", "sutskever"),
    ("He met Microsoft again.", "Microsoft", "microsoft"),
    ("後來微軟決定出資。", "微軟", "microsoft"),
    ("后来微软决定出资。", "微软", "microsoft"),
    ("条件はマイクロソフトのクラウドを使うこと。", "マイクロソフト", "microsoft"),
    ("Pressure from Google grew.", "Google", "google"),
    ("始终被谷歌按在地板上。", "谷歌", "google"),
    ("当時グーグルに対抗した。", "グーグル", "google"),
]

NEAR_VARIANTS = [
    ("Musk tells Sam Atlman it is disgusting.", "Atlman", "altman"),
    ("接手的是Sam Altamn本人。", "Altamn", "altman"),
    ("Le revenu de Sutskevi a dépassé 1,9 million.", "Sutskevi", "sutskever"),
    ("Le mois suivant, Sutskwei et Brockman ont écrit.", "Sutskwei", "sutskever"),
    ("aux États-Unis. Sutskwe et Brockman ont déclaré", "Sutskwe", "sutskever"),
    ("après que Sutskville et Brockman ont exprimé", "Sutskville", "sutskever"),
]


@pytest.mark.parametrize(("text", "surface", "entity"), EXACT_VARIANTS)
def test_exact_variants_resolve(text: str, surface: str, entity: str, table: AliasTable) -> None:
    mention = resolve(text, surface, table)
    assert (mention.entity, mention.score) == (entity, 1.0)


@pytest.mark.parametrize(("text", "surface", "entity"), NEAR_VARIANTS)
def test_misspellings_resolve_as_near_misses(
    text: str, surface: str, entity: str, table: AliasTable
) -> None:
    mention = resolve(text, surface, table)
    assert mention.entity == entity
    assert 0.5 < mention.score < 1.0


def test_misspellings_are_not_listed_in_the_alias_files(table: AliasTable) -> None:
    # Otherwise the near-miss test above would prove nothing about the near-miss rule.
    listed = {name.casefold() for entity in table.entities for name in entity.names}
    assert not listed & {surface.casefold() for _, surface, _ in NEAR_VARIANTS}


@pytest.mark.parametrize(
    "text",
    [
        "Altogether, the plan failed.",
        "They bought a Microscope for the lab.",
        "She wrote to the Muse of history.",
        "Music was playing in the office.",
        "A Muskrat crossed the road.",
        "La décision a mis en colère le musc.",
        "The Goggle factory closed.",
    ],
)
def test_near_words_do_not_resolve(text: str, table: AliasTable) -> None:
    assert known(find_entities(text, table)) == []


def test_latin_names_match_whole_words_only(table: AliasTable) -> None:
    text = "Musk’s Muskrat and OpenAI’s Openaitools"
    assert known(find_entities(text, table)) == [("Musk", "musk"), ("OpenAI", "openai")]


def test_latin_names_ignore_case_but_not_all_lower_case(table: AliasTable) -> None:
    text = "Openai, Deepmind and Sam altman; an apple, on the verge of it; XAI"
    assert known(find_entities(text, table)) == [
        ("Openai", "openai"),
        ("Deepmind", "deepmind"),
        ("Sam altman", "altman"),
        ("XAI", "xai"),
    ]


def test_acronyms_match_only_in_capitals(table: AliasTable) -> None:
    text = "j'ai eu la lettre de l'UE; the EU and the US, as we told us"
    assert known(find_entities(text, table)) == [
        ("UE", "european-union"),
        ("EU", "european-union"),
        ("US", "united-states"),
    ]


def test_longest_match_wins(table: AliasTable) -> None:
    text = "Google DeepMind hired Sam Altman; Musk Industries paid."
    assert known(find_entities(text, table)) == [
        ("Google DeepMind", "deepmind"),
        ("Sam Altman", "altman"),
        ("Musk Industries", "musk-industries"),
    ]


def test_cjk_names_match_inside_running_text(table: AliasTable) -> None:
    text = "同年微軟向OpenAI投資10億美金,谷歌的DeepMind也在加利福尼亞州。"
    assert known(find_entities(text, table)) == [
        ("微軟", "microsoft"),
        ("OpenAI", "openai"),
        ("谷歌", "google"),
        ("DeepMind", "deepmind"),
        ("加利福尼亞", "california"),
    ]


def test_katakana_names_do_not_match_inside_longer_katakana_words(table: AliasTable) -> None:
    text = "インドネシアとインド、イーロン・マスクとマスクメロン"
    assert known(find_entities(text, table)) == [
        ("インドネシア", "indonesia"),
        ("インド", "india"),
        ("イーロン・マスク", "musk"),
    ]


# ---- unknown names ---------------------------------------------------------------------


def test_unknown_names_resolve_to_themselves_across_versions(table: AliasTable) -> None:
    en = find_entities("Greg, Ilya and Trevor got higher salaries.", table, "en")
    fr = find_entities("Seuls Greg, Ilya et Trevor ont été mieux payés.", table, "fr")
    ja = find_entities("Greg、Ilya、Trevor(後の研究員)は高い給与を受け取った。", table, "ja")
    ids = [{m.entity for m in ms if m.surface == "Trevor"} for ms in (en, fr, ja)]
    assert ids == [{"name:trevor"}] * 3


def test_runs_of_capitalized_words_are_one_name(table: AliasTable) -> None:
    mentions = find_entities("Le rapport de Nik Popli et de Jean-Luc Picard.", table, "fr")
    assert [(m.surface, m.entity, m.score) for m in mentions] == [
        ("Nik Popli", "name:nik popli", 0.5),
        ("Jean-Luc Picard", "name:jean-luc picard", 0.5),
    ]


def test_sentence_initial_words_need_a_mid_sentence_capital(table: AliasTable) -> None:
    assert find_entities("Yesterday the board met. Suddenly it rained.", table, "en") == ()
    mentions = find_entities("Powell spoke. Then we asked Powell again.", table, "en")
    assert [m.surface for m in mentions] == ["Powell", "Powell"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He said: The board, In fact, At last, Because of it.", "en"),
        ("Il a dit: Il pense que Les gens et Dans la rue.", "fr"),
        ("Dia berkata: Pada tahun itu Dan Yang lain.", "id"),
    ],
)
def test_function_words_are_never_names(text: str, lang: str, table: AliasTable) -> None:
    assert find_entities(text, table, lang) == ()


def test_short_quotations_are_names(table: AliasTable) -> None:
    en = find_entities("Altman replied “Roger that.” and left.", table, "en")
    fr = find_entities("Il a répondu « Roger that » puis il est parti.", table, "fr")
    assert ("Roger that", "name:roger that") in [(m.surface, m.entity) for m in en]
    assert ("Roger that", "name:roger that") in [(m.surface, m.entity) for m in fr]
    long_quote = find_entities("“we will do everything we can to win” he said", table, "en")
    assert long_quote == ()


def test_katakana_words_are_names(table: AliasTable) -> None:
    mentions = find_entities("ハサビスとテンセントとアルファベータとネコ", table, "ja")
    assert [(m.surface, m.entity) for m in mentions] == [
        ("ハサビス", "demis-hassabis"),
        ("テンセント", "tencent"),
        ("アルファベータ", "name:アルファベータ"),
    ]


# ---- invariants ------------------------------------------------------------------------


def assert_well_formed(text: str, mentions: tuple[EntityMention, ...]) -> None:
    assert list(mentions) == sorted(mentions, key=lambda m: m.start)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.surface
        assert mention.surface
        assert 0 < mention.score <= 1
    for before, after in itertools.pairwise(mentions):
        assert before.end <= after.start


@pytest.mark.parametrize("lang", LANGS)
def test_corpus_mentions_are_well_formed_and_deterministic(lang: str, table: AliasTable) -> None:
    text = (CORPUS / f"{lang}.txt").read_text(encoding="utf-8")
    mentions = find_entities(text, table, lang)
    assert_well_formed(text, mentions)
    assert find_entities(text, table, lang) == mentions
    assert find_entities(text, load_aliases([STORY_ALIASES]), lang) == mentions


@pytest.mark.parametrize("lang", LANGS)
def test_corpus_finds_the_main_entities(lang: str, table: AliasTable) -> None:
    text = (CORPUS / f"{lang}.txt").read_text(encoding="utf-8")
    ids = [m.entity for m in find_entities(text, table, lang)]
    assert ids.count("musk") >= 5
    assert ids.count("microsoft") >= 1
    assert ids.count("altman") >= 5
    assert "openai" in ids


FRAGMENTS = [
    "Musk",
    "Sam Altman",
    "Sutskwei",
    "微軟",
    "マスク",
    "インドネシア",
    "Trevor",
    "“Roger that”",
    "«",
    "»",
    "「",
    "」",
    '"',
    " ",
    ". ",
    "\n",
    "–",
    "’s",
    "the",
    "Les",
    "apple",
    "EU",
    "ー",
    "ß",
    "İ",
    "Ｍｕｓｋ",
    "x",
]


@settings(max_examples=200, deadline=None)
@given(
    parts=st.lists(st.sampled_from(FRAGMENTS), max_size=30),
    lang=st.sampled_from((None, *LANGS)),
)
def test_any_text_gives_well_formed_mentions(
    parts: list[str], lang: str | None, table: AliasTable
) -> None:
    text = "".join(parts)
    assert_well_formed(text, find_entities(text, table, lang))


def test_find_entities_is_fast(table: AliasTable) -> None:
    text = "\n".join((CORPUS / f"{lang}.txt").read_text(encoding="utf-8") for lang in LANGS)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        find_entities(text, table)
        best = min(best, time.perf_counter() - started)
    assert best / (len(text) / 1000) < 0.010


# ---- alias files -----------------------------------------------------------------------


def test_shipped_table_is_general_and_well_formed() -> None:
    (path,) = default_alias_paths()
    assert path.is_file()
    shipped = load_aliases()
    ids = {entity.id for entity in shipped.entities}
    assert 20 <= len({i for i in ids if not i.startswith("territory-")}) <= 35
    assert {"microsoft", "google", "meta", "united-states", "china", "japan"} <= ids
    assert not ids & {"musk", "openai", "deepmind", "altman"}
    assert all(entity.kind in ENTITY_KINDS and entity.names for entity in shipped.entities)
    assert known(find_entities("Later Musk wrote to Microsoft.", shipped)) == [
        ("Microsoft", "microsoft")
    ]


def test_countries_and_territories_come_from_cldr() -> None:
    shipped = load_aliases()
    places = [e for e in shipped.entities if e.id.startswith("territory-")]
    assert len(places) >= 200 and all(e.kind == "place" for e in places)
    found = {(lang, text): known(find_entities(text, shipped, lang)) for lang, text in [
        ("en", "50 million in the Philippines."), ("fr", "50 millions aux Philippines."),
        ("id", "50 juta di Filipina."), ("ja", "フィリピンで5000万人。"),
        ("zh", "菲律宾有5000万人。"), ("zh", "菲律賓有5000萬人。")]}
    assert {entity for mentions in found.values() for _, entity in mentions} == {
        "territory-ph"}
    assert all(found.values())
    # A country the shipped table lists keeps its id and gains CLDR's names.
    india = next(e for e in shipped.entities if e.id == "india")
    assert {"India", "Inde", "印度", "インド"} <= set(india.names)
    assert not [e for e in places if "India" in e.names]


def test_user_file_extends_the_shipped_table(tmp_path: Path) -> None:
    user = write(
        tmp_path,
        '[entity.microsoft]\nnames = ["MSFT"]\n\n'
        '[entity.acme]\nkind = "org"\nnames = ["Acme Corp", "艾克米"]\n',
    )
    table = load_aliases([user])
    microsoft = next(e for e in table.entities if e.id == "microsoft")
    assert microsoft.kind == "org"
    assert {"Microsoft", "微軟", "MSFT"} <= set(microsoft.names)
    text = "MSFT and Microsoft bought Acme Corp (艾克米)."
    assert known(find_entities(text, table)) == [
        ("MSFT", "microsoft"),
        ("Microsoft", "microsoft"),
        ("Acme Corp", "acme"),
        ("艾克米", "acme"),
    ]
    assert known(find_entities(text, load_aliases())) == [("Microsoft", "microsoft")]


def test_later_files_override_kind_and_take_names_over(tmp_path: Path) -> None:
    first = write(
        tmp_path, '[entity.acme]\nkind = "org"\nnames = ["Acme", "Roadrunner"]\n', "a.toml"
    )
    second = write(
        tmp_path,
        '[entity.acme]\nkind = "product"\nnames = ["ACME"]\n\n'
        '[entity.roadrunner]\nkind = "person"\nnames = ["Roadrunner"]\n',
        "b.toml",
    )
    table = load_aliases([first, second])
    by_id = {entity.id: entity for entity in table.entities}
    assert by_id["acme"].kind == "product"
    assert by_id["acme"].names == ("Acme", "ACME")
    assert by_id["roadrunner"].names == ("Roadrunner",)
    assert known(find_entities("Roadrunner met Acme.", table)) == [
        ("Roadrunner", "roadrunner"),
        ("Acme", "acme"),
    ]


def test_story_file_uses_only_known_kinds(table: AliasTable) -> None:
    assert all(entity.kind in ENTITY_KINDS for entity in table.entities)
    tesla = next(e for e in table.entities if e.id == "tesla")
    assert "TSL" in tesla.names and "特斯拉" in tesla.names


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("[entity.acme\nkind = 'org'\n", "malformed TOML"),
        ("title = 'x'\n", "title: unknown key"),
        ("entity = 3\n", "entity: expected tables"),
        ("[entity.Acme]\nkind = 'org'\nnames = ['Acme']\n", "entity.Acme: id must be"),
        ("[entity.acme]\nkind = 'company'\nnames = ['Acme']\n", "entity.acme.kind: expected"),
        ("[entity.acme]\nkind = 'org'\nnames = 'Acme'\n", "entity.acme.names: expected"),
        ("[entity.acme]\nkind = 'org'\nnames = ['Acme', 3]\n", "entity.acme.names[1]"),
        ("[entity.acme]\nkind = 'org'\nnames = ['!!!']\n", "entity.acme.names[0]"),
        ("[entity.acme]\nkind = 'org'\nnames = ['Acme']\nsize = 3\n", "entity.acme.size"),
        ("[entity.acme]\nnames = ['Acme']\n", "entity.acme.kind: missing"),
        (
            "[entity.a]\nkind = 'org'\nnames = ['Acme']\n"
            "[entity.b]\nkind = 'org'\nnames = ['ACME Co']\n"
            "[entity.c]\nkind = 'org'\nnames = ['acme']\n",
            "entity.c.names: 'acme' is also a name of entity.a",
        ),
    ],
)
def test_malformed_alias_file_names_file_and_key(tmp_path: Path, body: str, problem: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(InputError) as caught:
        load_aliases([path])
    assert caught.value.path == str(path)
    assert problem in caught.value.problem


def test_missing_alias_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        load_aliases([tmp_path / "nope.toml"])
    assert caught.value.path == str(tmp_path / "nope.toml")

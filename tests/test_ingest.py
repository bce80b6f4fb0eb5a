"""Reading story versions: errors name the file, text and offsets stay exact, folders group."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from reconcile.errors import InputError, UsageError
from reconcile.ingest import load_stories, paragraph_spans, read_documents
from reconcile.model import Document, Source, Story

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "openai-musk"

EN = "The city council approved a budget of 12 million dollars on Tuesday night.\n"
FR = "Le conseil municipal a adopté un budget de 12 millions d'euros mardi soir.\n"
ID = "Dewan kota menyetujui anggaran sebesar 12 juta dolar pada Selasa malam.\n"


def read_document(path: Path, **options: Any) -> Document:
    """The one version a plain file holds."""
    (document,) = read_documents(path, **options)
    return document


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def _only_source(stories: tuple[Story, ...]) -> Source:
    assert len(stories) == 1
    assert len(stories[0].sources) == 1
    return stories[0].sources[0]


# --- read_document: errors ---------------------------------------------------------------------


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    with pytest.raises(InputError) as info:
        read_document(path, source_id="x")
    assert str(path) in str(info.value)
    assert "not found" in str(info.value)


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_document(tmp_path, source_id="x")
    assert str(info.value).startswith(f"{tmp_path}: ")
    assert "folder" in info.value.problem


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\ufeff \n".encode()])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_document(path, source_id="x")
    assert str(info.value) == f"{path}: file is empty"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError) as info:
        read_document(path, source_id="x")
    assert str(info.value) == f"{path}: looks like a binary file"


def test_invalid_utf8_says_where_and_suggests_an_encoding(tmp_path: Path) -> None:
    path = _write(tmp_path / "latin.txt", "Le café coûte 3 euros.", "latin-1")
    with pytest.raises(InputError) as info:
        read_document(path, source_id="x")
    assert str(info.value) == (
        f"{path}: is not valid UTF-8 (byte 0xe9 at offset 6); pass --encoding, e.g. --encoding gbk"
    )


def test_wrong_explicit_encoding_names_it(tmp_path: Path) -> None:
    path = _write(tmp_path / "jp.txt", "市議会は予算を承認した。", "utf-8")
    with pytest.raises(InputError) as info:
        read_document(path, source_id="x", encoding="ascii")
    assert "is not valid ascii (byte 0xe5 at offset 0)" in str(info.value)
    assert str(path) in str(info.value)


def test_unknown_encoding_is_a_usage_error(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", EN)
    with pytest.raises(UsageError):
        read_document(path, source_id="x", encoding="no-such-codec")
    with pytest.raises(UsageError):
        load_stories([path], encoding="no-such-codec")


def test_undetectable_language_asks_for_lang(tmp_path: Path) -> None:
    path = _write(tmp_path / "numbers.txt", "12 345\n678 — 9%\n")
    with pytest.raises(InputError) as info:
        read_document(path, source_id="x")
    assert str(info.value) == f"{path}: could not detect the language; pass --lang"
    assert read_document(path, source_id="x", lang="en").lang == "en"


# --- read_document: text and offsets -----------------------------------------------------------


def test_one_bom_is_stripped_and_nothing_else_changes(tmp_path: Path) -> None:
    raw = "\ufeff\ufeffTitle line\r\n\r\n  Body text of the story.\t\r\nLast line"
    path = tmp_path / "bom.txt"
    path.write_bytes(raw.encode("utf-8"))
    doc = read_document(path, source_id="bom", lang="en")
    assert doc.text == raw[1:]
    assert [doc.text[p.start : p.end] for p in doc.paragraphs] == [
        "\ufeffTitle line",
        "Body text of the story.",
        "Last line",
    ]


def test_paragraph_offsets_are_exact(tmp_path: Path) -> None:
    raw = "  First line.  \n\n\n\tSecond\u3000line\u3000\n   \nthird\rfourth\n"
    path = _write(tmp_path / "offsets.txt", raw)
    doc = read_document(path, source_id="o", lang="en")
    texts = [doc.text[p.start : p.end] for p in doc.paragraphs]
    assert texts == ["First line.", "Second\u3000line", "third", "fourth"]
    for p in doc.paragraphs:
        chunk = doc.text[p.start : p.end]
        assert chunk == chunk.strip()
        assert "\n" not in chunk
        assert p.lang == "en"


def test_paragraph_spans_skip_blank_lines() -> None:
    assert paragraph_spans("\n \n\t\n") == ()
    assert paragraph_spans("a\nb") == ((0, 1), (2, 3))


def test_detected_and_given_language(tmp_path: Path) -> None:
    path = _write(tmp_path / "fr.txt", FR)
    detected = read_document(path, source_id="fr")
    assert (detected.lang, detected.lang_origin) == ("fr", "detected")
    given = read_document(path, source_id="fr", lang="FR", lang_origin="manifest")
    assert (given.lang, given.lang_origin) == ("fr", "manifest")


@pytest.mark.parametrize(
    ("encoding", "text", "lang"),
    [
        ("gbk", "市议会周二批准了一千二百万元的新预算,工程将于明年开工。\n", "zh"),
        ("shift_jis", "市議会は火曜日に千二百万円の新しい予算を承認した。\n", "ja"),
        ("latin-1", "Le conseil a voté un budget de 12 millions d'euros à l'unanimité.\n", "fr"),
    ],
)
def test_encoding_option(tmp_path: Path, encoding: str, text: str, lang: str) -> None:
    path = _write(tmp_path / f"{lang}.txt", text, encoding)
    with pytest.raises(InputError):
        read_document(path, source_id=lang)
    doc = read_document(path, source_id=lang, encoding=encoding)
    assert doc.text == text
    assert doc.lang == lang
    source = _only_source(load_stories([path], encoding=encoding))
    assert source.error is None
    assert source.document is not None
    assert source.document.text == text


def test_utf16_with_bom_is_read_without_an_encoding(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(EN.encode("utf-16"))
    assert read_document(path, source_id="w").text == EN


# --- load_stories -----------------------------------------------------------------------------


def test_single_file_is_one_source(tmp_path: Path) -> None:
    path = _write(tmp_path / "news" / "en.txt", EN)
    stories = load_stories([path])
    source = _only_source(stories)
    assert stories[0].story_id == "news"
    assert source.source_id == "en"
    assert source.path == str(path)
    assert source.lang == "en"
    assert source.document is not None and source.document.story == "news"


def test_files_given_together_are_one_story(tmp_path: Path) -> None:
    en = _write(tmp_path / "vote" / "en.txt", EN)
    fr = _write(tmp_path / "vote" / "fr.txt", FR)
    (story,) = load_stories([fr, en])
    assert story.story_id == "vote"
    assert [s.source_id for s in story.sources] == ["en", "fr"]
    assert [s.lang for s in story.sources] == ["en", "fr"]


def test_files_from_different_folders_share_a_generic_story_and_unique_ids(
    tmp_path: Path,
) -> None:
    a = _write(tmp_path / "a" / "en.txt", EN)
    b = _write(tmp_path / "b" / "en.txt", EN)
    (story,) = load_stories([b, a])
    assert story.story_id == "story"
    assert [(s.source_id, s.path) for s in story.sources] == [("en", str(a)), ("en-2", str(b))]


def test_missing_path_becomes_a_source_with_an_error(tmp_path: Path) -> None:
    good = _write(tmp_path / "en.txt", EN)
    missing = tmp_path / "fr.txt"
    (story,) = load_stories([good, missing])
    by_id = {s.source_id: s for s in story.sources}
    assert by_id["en"].error is None
    assert by_id["fr"].document is None
    assert by_id["fr"].error is not None and str(missing) in by_id["fr"].error
    assert by_id["fr"].lang is None


def test_bad_file_in_a_folder_does_not_stop_the_others(tmp_path: Path) -> None:
    _write(tmp_path / "story" / "en.txt", EN)
    (tmp_path / "story" / "empty.txt").write_bytes(b"")
    (story,) = load_stories([tmp_path / "story"])
    by_id = {s.source_id: s for s in story.sources}
    assert by_id["en"].document is not None
    assert by_id["empty"].error == f"{tmp_path / 'story' / 'empty.txt'}: file is empty"


def test_folder_of_text_files_is_one_story(tmp_path: Path) -> None:
    folder = tmp_path / "council-vote"
    _write(folder / "fr.md", FR)
    _write(folder / "en.txt", EN)
    _write(folder / "id.text", ID)
    _write(folder / "notes.json", "{}")
    _write(folder / ".hidden.txt", EN)
    (story,) = load_stories([folder])
    assert story.story_id == "council-vote"
    assert story.path == str(folder)
    assert [(s.source_id, s.lang) for s in story.sources] == [
        ("en", "en"),
        ("fr", "fr"),
        ("id", "id"),
    ]
    for source in story.sources:
        assert source.document is not None
        assert source.document.lang_origin == "detected"


def test_folder_of_folders_is_one_story_each(tmp_path: Path) -> None:
    _write(tmp_path / "corpus" / "b-story" / "en.txt", EN)
    _write(tmp_path / "corpus" / "a-story" / "fr.txt", FR)
    _write(tmp_path / "corpus" / "a-story" / "en.txt", EN)
    (tmp_path / "corpus" / "empty-folder").mkdir()
    stories = load_stories([tmp_path / "corpus"])
    assert [s.story_id for s in stories] == ["a-story", "b-story"]
    assert [len(s.sources) for s in stories] == [2, 1]


def test_folder_without_text_files_is_an_error_naming_it(tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    _write(folder / "photo.jpg", "not text")
    source = _only_source(load_stories([folder]))
    assert source.document is None
    assert source.error is not None
    assert source.error.startswith(f"{folder}: no text files found (looked for *.html")


def test_same_stem_twice_gets_distinct_ids(tmp_path: Path) -> None:
    _write(tmp_path / "s" / "en.txt", EN)
    _write(tmp_path / "s" / "en.md", EN)
    (story,) = load_stories([tmp_path / "s"])
    assert [s.source_id for s in story.sources] == ["en", "en-2"]
    assert [Path(s.path).name for s in story.sources] == ["en.md", "en.txt"]


def test_story_ids_are_unique_across_folders(tmp_path: Path) -> None:
    _write(tmp_path / "x" / "news" / "en.txt", EN)
    _write(tmp_path / "y" / "news" / "en.txt", EN)
    stories = load_stories([tmp_path / "y" / "news", tmp_path / "x" / "news"])
    assert [s.story_id for s in stories] == ["news", "news-2"]
    assert stories[0].path == str(tmp_path / "x" / "news")


def test_loading_is_deterministic(tmp_path: Path) -> None:
    _write(tmp_path / "s" / "en.txt", EN)
    _write(tmp_path / "s" / "fr.txt", FR)
    assert load_stories([tmp_path / "s"]) == load_stories([tmp_path / "s"])


# --- the manifest -------------------------------------------------------------------------------

MANIFEST = """\
story = "budget-vote"
title = "The council votes a budget"

[[source]]
file = "version-a.txt"
lang = "fr"
outlet = "Le Quotidien"
author = "J. Martin"

[[source]]
file = "gone.txt"
lang = "id"
"""


def _manifest_story(tmp_path: Path) -> Path:
    folder = tmp_path / "folder-name"
    # The manifest says French: its word beats detection even on an English text.
    _write(folder / "version-a.txt", EN)
    _write(folder / "extra.txt", ID)
    _write(folder / "sources.toml", MANIFEST)
    return folder


def test_manifest_languages_meta_and_story_id(tmp_path: Path) -> None:
    (story,) = load_stories([_manifest_story(tmp_path)])
    assert story.story_id == "budget-vote"
    by_id = {s.source_id: s for s in story.sources}
    assert sorted(by_id) == ["extra", "gone", "version-a"]
    listed = by_id["version-a"]
    assert listed.document is not None
    assert (listed.lang, listed.document.lang_origin) == ("fr", "manifest")
    assert listed.meta == (("author", "J. Martin"), ("outlet", "Le Quotidien"))
    assert listed.document.meta == listed.meta
    assert listed.document.story == "budget-vote"
    unlisted = by_id["extra"]
    assert unlisted.document is not None
    assert (unlisted.lang, unlisted.document.lang_origin) == ("id", "detected")


def test_manifest_file_that_is_missing_is_a_source_with_an_error(tmp_path: Path) -> None:
    folder = _manifest_story(tmp_path)
    (story,) = load_stories([folder])
    gone = next(s for s in story.sources if s.source_id == "gone")
    assert gone.document is None
    assert gone.error is not None and str(folder / "gone.txt") in gone.error
    assert gone.lang == "id"


def test_lang_option_overrides_the_manifest(tmp_path: Path) -> None:
    (story,) = load_stories([_manifest_story(tmp_path)], lang="en")
    for source in story.sources:
        assert source.lang == "en"
        if source.document is not None:
            assert source.document.lang_origin == "option"


def test_malformed_manifest_names_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "broken"
    _write(folder / "en.txt", EN)
    manifest = _write(folder / "sources.toml", 'story = "x"\n\n[[source]]\nfile = \n')
    # The story is listed with the manifest's error; other stories would still be read.
    source = _only_source(load_stories([folder]))
    assert source.document is None and source.path == str(manifest)
    assert source.error is not None and source.error.startswith(f"{manifest}: ")
    assert "line 4" in source.error


@pytest.mark.parametrize(
    "manifest",
    [
        '[[source]]\nlang = "en"\n',
        '[[source]]\nfile = "en.txt"\nextra = { nested = 1 }\n',
        'source = "en.txt"\n',
    ],
)
def test_manifest_with_wrong_shape_is_an_input_error(tmp_path: Path, manifest: str) -> None:
    folder = tmp_path / "odd"
    _write(folder / "en.txt", EN)
    path = _write(folder / "sources.toml", manifest)
    source = _only_source(load_stories([folder]))
    assert source.path == str(path)
    assert source.error is not None and source.error.startswith(f"{path}: ")


def test_bundled_corpus_is_one_story_of_five_sources() -> None:
    (story,) = load_stories([CORPUS])
    assert story.story_id == "openai-musk"
    assert [(s.source_id, s.lang, s.error) for s in story.sources] == [
        ("en", "en", None),
        ("fr", "fr", None),
        ("id", "id", None),
        ("ja", "ja", None),
        ("zh", "zh", None),
    ]
    for source in story.sources:
        assert source.document is not None
        assert source.document.lang_origin == "manifest"
        assert dict(source.meta)["original"].endswith(".txt")
    assert load_stories([CORPUS.parent]) == (story,)


def test_bundled_corpus_without_manifest_is_detected_right(tmp_path: Path) -> None:
    for lang in ("en", "fr", "id", "ja", "zh"):
        shutil.copy(CORPUS / f"{lang}.txt", tmp_path / f"{lang}.txt")
    (story,) = load_stories([tmp_path])
    assert [(s.source_id, s.lang) for s in story.sources] == [
        (lang, lang) for lang in ("en", "fr", "id", "ja", "zh")
    ]

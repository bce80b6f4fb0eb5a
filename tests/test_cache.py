"""The per-version cache (reconcile.cache.VersionCache) and what the CLI imports at start."""

from __future__ import annotations

import itertools
import json
import marshal
import os
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest
from click.testing import CliRunner

from ledgerstory import edit, make_project
from reconcile import cache, diff
from reconcile.cli import cli
from reconcile.entities import load_aliases
from reconcile.ingest import load_stories
from reconcile.lang import tablecache
from reconcile.model import Document, VersionAnalysis

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "openai-musk"
SRC = ROOT / "src"
# Heavy libraries the CLI must not import before a command needs them.
HEAVY = ("rich", "babel", "pint", "langdetect", "rapidfuzz", "jsonschema")


def _documents() -> list[Document]:
    (story,) = load_stories([CORPUS])
    return [s.document for s in story.sources if s.document is not None]


def _same(a: VersionAnalysis, b: VersionAnalysis) -> bool:
    # repr also compares the fields equality leaves out (Claim.entities).
    return a == b and repr(a) == repr(b)


def test_an_analysis_survives_its_json_round_trip() -> None:
    for doc in _documents():
        analysis = diff.analyse_version(doc)
        assert analysis.claims, doc.source_id
        text = json.dumps(cache.encode_analysis(analysis), ensure_ascii=False)
        assert _same(cache.decode_analysis(json.loads(text)), analysis)


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every version the real analysis runs on (a cache miss)."""
    computed: list[str] = []
    real = diff.analyse_version

    def counted(doc: Document) -> VersionAnalysis:
        computed.append(doc.source_id)
        return real(doc)

    monkeypatch.setattr(diff, "analyse_version", counted)
    return computed


def test_a_version_is_analysed_once_then_read_from_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    computed = _counting(monkeypatch)
    docs = _documents()
    first = [cache.version_cache(tmp_path).analyse(d) for d in docs]
    assert sorted(computed) == sorted(d.source_id for d in docs)
    again = [cache.version_cache(tmp_path).analyse(d) for d in docs]
    assert len(computed) == len(docs)  # all hits
    assert all(_same(a, b) for a, b in zip(first, again, strict=True))
    assert (tmp_path / cache.CACHE_DIR / ".gitignore").is_file()


def test_a_changed_digit_language_or_paragraph_language_is_a_miss(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    computed = _counting(monkeypatch)
    doc = next(d for d in _documents() if d.lang == "fr")
    versions = cache.version_cache(tmp_path)
    versions.analyse(doc)
    changed = replace(doc, text=doc.text.replace("2016", "2017", 1))
    assert changed.text != doc.text
    assert versions.analyse(changed) == diff.analyse_version(changed)
    as_english = replace(doc, lang="en",
                         paragraphs=tuple(replace(p, lang="en") for p in doc.paragraphs))
    versions.analyse(as_english)
    one_paragraph = replace(doc, paragraphs=(replace(doc.paragraphs[0], lang="en"),
                                             *doc.paragraphs[1:]))
    versions.analyse(one_paragraph)
    # Each changed input was analysed afresh (the extra one is the comparison above).
    assert computed == [doc.source_id] * 5


def test_a_changed_data_file_code_library_or_python_is_a_miss(
        monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _documents()[0]
    before = cache.fingerprint()
    assert cache.version_key(doc, before) == cache.version_key(doc, cache.fingerprint())
    data = SRC / "reconcile" / "lang" / "data" / "fr.toml"
    info = data.stat()
    try:
        os.utime(data, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
        # This process loaded the files before the change: its results keep their key.
        assert cache.fingerprint() == before
        # A process started after it reads the changed file: a miss.
        monkeypatch.setattr(tablecache, "_LOADED_FILES", tablecache.package_files())
        assert cache.fingerprint() != before
        assert cache.version_key(doc, cache.fingerprint()) != cache.version_key(doc, before)
    finally:
        os.utime(data, ns=(info.st_atime_ns, info.st_mtime_ns))
    monkeypatch.setattr(tablecache, "_LOADED_FILES", tablecache.package_files())
    assert cache.fingerprint() == before
    assert b"babel:" in before and b"langdetect:" in before
    monkeypatch.setattr(cache, "__version__", "99.0")
    assert cache.fingerprint() != before
    monkeypatch.setattr(sys, "version", "3.99.0 (another python)")
    assert cache.fingerprint() != before


def test_a_damaged_or_foreign_entry_is_recomputed(tmp_path: Path) -> None:
    doc = _documents()[0]
    versions = cache.version_cache(tmp_path)
    good = versions.analyse(doc)
    (entry,) = (tmp_path / cache.CACHE_DIR / "versions").glob("*.json")
    for damaged in ("{not json", '{"format": 1}', json.dumps(
            {**json.loads(entry.read_text(encoding="utf-8")), "claim_fields": ["kind"]})):
        entry.write_text(damaged, encoding="utf-8")
        assert _same(versions.analyse(doc), good)
    assert _same(cache.decode_analysis(json.loads(entry.read_text(encoding="utf-8"))), good)


def test_an_unwritable_cache_folder_is_skipped(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    doc = _documents()[0]
    assert _same(cache.version_cache(blocker).analyse(doc), diff.analyse_version(doc))


def test_cached_entities_are_those_found_afresh(tmp_path: Path) -> None:
    (story,) = load_stories([CORPUS])
    aliases = load_aliases([ROOT / "claims" / "aliases.toml"])
    plain = diff.diff_story(story, aliases)
    versions = cache.version_cache(tmp_path)
    for _ in range(2):  # filled, then read
        cached = diff.diff_story(story, aliases, analyse=versions.analyse, find=versions.find)
        assert cached == plain
        assert repr(cached) == repr(plain)
    assert any((tmp_path / cache.CACHE_DIR / "entities").iterdir())


def test_check_after_an_edit_matches_a_run_without_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    story = make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["baseline", "stories/tiny"]).exit_code == 0
    edit(story / "fr.txt", "45 millions", "46 millions")
    warm = runner.invoke(cli, ["check", "stories/tiny/fr.txt"])
    assert warm.exit_code == 1 and "46 millions" in warm.stdout
    shutil.rmtree(cache.CACHE_DIR)
    fresh = runner.invoke(cli, ["check", "stories/tiny/fr.txt"])
    assert (fresh.exit_code, fresh.stdout) == (warm.exit_code, warm.stdout)
    bare = runner.invoke(cli, ["diff", "--format", "json", "--no-cache", "stories/tiny"])
    for _ in range(2):  # a miss, then the cached result
        diffed = runner.invoke(cli, ["diff", "--format", "json", "stories/tiny"])
        assert (diffed.exit_code, diffed.stdout) == (bare.exit_code, bare.stdout)
    assert any((tmp_path / cache.CACHE_DIR / "results").iterdir())


def test_a_cached_diff_is_the_diff(tmp_path: Path) -> None:
    (story,) = load_stories([CORPUS])
    alias_files = [ROOT / "claims" / "aliases.toml"]
    plain = diff.diff_story(story, load_aliases(alias_files))
    key = cache.result_key(story, alias_files, "x")
    assert cache.get_result(tmp_path, key, story) is None
    cache.put_result(tmp_path, key, plain)
    hit = cache.get_result(tmp_path, key, story)
    assert hit == plain
    assert repr(hit) == repr(plain)


def test_a_diff_key_changes_with_text_aliases_options_and_code(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    (story,) = load_stories([CORPUS])
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[entity.acme]\nnames = ["Acme"]\n', encoding="utf-8")
    key = cache.result_key(story, [aliases], "")
    assert cache.result_key(story, [aliases], "") == key
    assert cache.result_key(story, [aliases], "include_boilerplate=True") != key
    assert cache.result_key(story, [], "") != key
    source = story.sources[0]
    assert source.document is not None
    edited = replace(story, sources=(replace(source, document=replace(
        source.document, text=source.document.text.replace("2016", "2017", 1))),
        *story.sources[1:]))
    assert cache.result_key(edited, [aliases], "") != key
    aliases.write_text('[entity.acme]\nnames = ["Acme", "ACME"]\n', encoding="utf-8")
    assert cache.result_key(story, [aliases], "") != key
    monkeypatch.setattr(cache, "__version__", "99.0")
    aliases.write_text('[entity.acme]\nnames = ["Acme"]\n', encoding="utf-8")
    assert cache.result_key(story, [aliases], "") != key


def test_a_damaged_diff_entry_is_a_miss(tmp_path: Path) -> None:
    (story,) = load_stories([CORPUS])
    key = cache.result_key(story, [], "")
    entry = tmp_path / cache.CACHE_DIR / "results" / f"{key}.json"
    entry.parent.mkdir(parents=True)
    for damaged in ("[", "{}", '{"format": "reconcile.result/1", "story": "x"}',
                    '{"format": "reconcile.result/1", "story": "x", "claims": [], '
                    '"facts": [{"$": "Nope"}], "parallel": [], "witnesses": [], '
                    '"set_aside": [], "alias_files": []}'):
        entry.write_text(damaged, encoding="utf-8")
        assert cache.get_result(tmp_path, key, story) is None


def _imported(code: str) -> list[str]:
    """The heavy top-level packages a fresh interpreter has loaded after `code`."""
    probe = (f"import sys\n{code}\n"
             f"print(' '.join(sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r})))")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                          text=True, check=True, timeout=120)
    return done.stdout.split()


def test_importing_the_cli_loads_no_heavy_library() -> None:
    assert _imported("import reconcile.cli") == []


def test_help_loads_no_heavy_library() -> None:
    code = ("from reconcile.cli import main\n"
            "import contextlib, io\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    assert main(['--help']) == 0\n"
            "    assert main(['diff', '--help']) == 0")
    assert _imported(code) == []


def test_a_story_with_known_languages_never_loads_langdetect() -> None:
    code = (f"from reconcile.ingest import load_stories\n"
            f"load_stories([{str(CORPUS)!r}])")
    assert "langdetect" not in _imported(code)


def test_segment_fields_are_plain_json_values() -> None:
    # encode_analysis writes segments as they are: their fields must stay JSON values.
    from reconcile.model import Segment

    assert {f.type for f in fields(Segment)} <= {"int", "str", "bool", "SegmentKind",
                                                 "str | None"}


def test_parsed_data_files_equal_tomllib_and_follow_edits(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tomllib

    from reconcile.lang import cldrcache

    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    data_dir = SRC / "reconcile" / "lang" / "data"
    for path in sorted(data_dir.rglob("*.toml")):
        data = path.read_bytes()
        expected = tomllib.loads(data.decode("utf-8"))
        assert cldrcache.parsed_toml(data) == expected  # parsed, then stored
        assert cldrcache.parsed_toml(data) == expected  # read back
    dated = b'when = 2025-01-01\nat = 2025-01-01T10:00:00\nclock = 10:30:00\nx = ["a"]\n'
    assert cldrcache.parsed_toml(dated) == tomllib.loads(dated.decode())
    assert cldrcache.parsed_toml(dated) == tomllib.loads(dated.decode())
    assert cldrcache.parsed_toml(b'x = ["b"]\n') == {"x": ["b"]}  # other bytes, other key
    entries = sorted(tmp_path.glob("toml-*.marshal"))
    assert entries
    for entry, damage in zip(entries, itertools.cycle((b"{damaged", marshal.dumps([1]))),
                             strict=False):
        entry.write_bytes(damage)  # not marshal data, or not an entry's shape
    assert cldrcache.parsed_toml(dated) == tomllib.loads(dated.decode())
    assert cldrcache.parsed_toml(b'x = ["b"]\n') == {"x": ["b"]}
    monkeypatch.setenv("RECONCILE_CACHE_DIR", "")
    assert cldrcache.parsed_toml(b'y = 1\n') == {"y": 1}
    assert sorted(tmp_path.glob("toml-*")) == entries  # nothing written without the folder


class _CountingStore:
    """A SequenceStore in memory that counts what it answers."""

    def __init__(self) -> None:
        self.kept: dict[str, object] = {}
        self.hits = 0

    def get(self, key: str) -> object | None:
        found = self.kept.get(key)
        self.hits += found is not None
        return json.loads(json.dumps(found)) if found is not None else None

    def put(self, key: str, data: object) -> None:
        self.kept[key] = json.loads(json.dumps(data))  # as the disk store keeps it


def test_kept_pair_alignments_give_the_diff_found_afresh() -> None:
    (story,) = load_stories([CORPUS])
    aliases = load_aliases([ROOT / "claims" / "aliases.toml"])
    plain = diff.diff_story(story, aliases)
    store = _CountingStore()
    first = diff.diff_story(story, aliases, sequences=store)
    assert store.hits == 0 and len(store.kept) == 10  # five versions: ten pairs
    again = diff.diff_story(story, aliases, sequences=store)
    assert store.hits == 10
    assert repr(first) == repr(plain) and repr(again) == repr(plain)


def test_a_changed_version_realigns_only_its_pairs(tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "story"
    shutil.copytree(CORPUS, folder)
    aliases = load_aliases([ROOT / "claims" / "aliases.toml"])
    store = _CountingStore()
    (story,) = load_stories([folder])
    diff.diff_story(story, aliases, sequences=store)
    edit(folder / "fr.txt", "2016", "2017")
    (story,) = load_stories([folder])
    kept = diff.diff_story(story, aliases, sequences=store)
    assert store.hits == 6  # the pairs without fr
    assert repr(kept) == repr(diff.diff_story(story, aliases))

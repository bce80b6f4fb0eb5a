"""The on-disk cache of built language tables (lang/tablecache.py): the same tables cold or
warm, patterns rebuilt from their compiled code, a new entry when a package file changes,
safe when damaged or unwritable."""

from __future__ import annotations

import gc
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from reconcile.cli import main
from reconcile.extraction.lexicon import _build_lexicon, lexicon
from reconcile.lang import _build_profile, get_profile, tablecache


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """In-memory caches emptied before and after, so each test builds or reads anew."""
    get_profile.cache_clear()
    lexicon.cache_clear()
    yield
    get_profile.cache_clear()
    lexicon.cache_clear()


@pytest.mark.parametrize("lang", ["en", "fr", "id", "ja", "zh"])
def test_cached_tables_equal_built_ones(lang: str, tmp_path: Path, fresh: None,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    built = _build_lexicon(lang)
    cold = lexicon(lang)  # built, then stored
    assert any(p.name.startswith("tables-lexicon-") for p in tmp_path.iterdir())
    get_profile.cache_clear()
    lexicon.cache_clear()
    warm = lexicon(lang)  # read back
    assert warm is not cold
    # Pattern equality compares the compiled code: the stored code is the compiled one.
    assert warm == cold == built
    assert warm.profile == _build_profile(lang)


def test_a_pattern_is_stored_with_its_code() -> None:
    pattern = re.compile(r"(?P<n>\d+)\s*(?:km|miles)(?!\w)", re.IGNORECASE)
    code = tablecache._compiled_code(pattern)
    assert code is not None
    rebuilt = tablecache.rebuild_pattern(pattern.pattern, pattern.flags, code)
    assert rebuilt == pattern and rebuilt.groupindex == pattern.groupindex
    assert rebuilt.search("about 12 KM away") is not None
    # Code this engine cannot take is no error: the source is compiled.
    assert tablecache.rebuild_pattern(pattern.pattern, pattern.flags, ("bad",)) == pattern


def test_an_edited_package_file_is_a_new_entry(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "package"
    (package / "data").mkdir(parents=True)
    data = package / "data" / "xx.toml"
    data.write_text("a = 1\n", encoding="utf-8")
    monkeypatch.setattr(tablecache, "_PACKAGE", package)
    # What a process started now reads of its package files when it loads the module.
    monkeypatch.setattr(tablecache, "_LOADED_FILES", tablecache.package_files())
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    tablecache.fingerprint.cache_clear()
    try:
        assert tablecache.cached("test", "xx", lambda: "first") == "first"
        assert tablecache.cached("test", "xx", lambda: "second") == "first"  # read back
        data.write_text("a = 22\n", encoding="utf-8")
        os.utime(data, ns=(1, 1))
        tablecache.fingerprint.cache_clear()
        # This process loaded the old files: its tables stay under their key.
        assert tablecache.cached("test", "xx", lambda: "old code") == "first"
        # A process started after the edit loads the new files: a new entry.
        monkeypatch.setattr(tablecache, "_LOADED_FILES", tablecache.package_files())
        tablecache.fingerprint.cache_clear()
        assert tablecache.cached("test", "xx", lambda: "third") == "third"  # rebuilt
        # The entry of the old fingerprint is gone.
        assert len(list((tmp_path / "cache").glob("tables-test-*"))) == 1
    finally:
        tablecache.fingerprint.cache_clear()


def test_a_damaged_entry_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    assert tablecache.cached("test", "y", lambda: {"a": (1, 2)}) == {"a": (1, 2)}
    (entry,) = tmp_path.glob("tables-test-*")
    entry.write_bytes(b"not a pickle")
    assert tablecache.cached("test", "y", lambda: {"a": (3,)}) == {"a": (3,)}
    assert tablecache.cached("test", "y", lambda: {"a": (4,)}) == {"a": (3,)}


def test_an_unwritable_or_switched_off_cache_builds(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(blocker / "sub"))
    assert tablecache.cached("test", "z", lambda: [1]) == [1]
    assert not (blocker / "sub").exists()
    monkeypatch.setenv("RECONCILE_CACHE_DIR", "")
    assert tablecache.cached("test", "z", lambda: [2]) == [2]


def test_the_cli_leaves_a_library_callers_collector_alone(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the console script pauses and tunes the garbage collector (entry_point)."""
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    assert main(["--version"]) == 0
    assert gc.isenabled()
    assert gc.get_threshold() == threshold and gc.get_freeze_count() == frozen


def test_a_run_with_cached_tables_never_loads_babel(tmp_path: Path) -> None:
    """The first run builds the tables from CLDR (babel); later runs read them back."""
    src = Path(__file__).resolve().parents[1] / "src"
    probe = ("import sys\n"
             "from reconcile import extract_claims\n"
             "found = [(c.surface, str(c.low), c.unit) for lang, text in "
             "[('fr', 'Il a versé 12,5 millions d’euros en mars 2020.'), "
             "('ja', '2020年3月に1250万ユーロを支払った。')] "
             "for c in extract_claims(text, lang)]\n"
             "print(repr(found)); print('babel' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(src), "RECONCILE_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                           text=True, check=True, timeout=120).stdout.splitlines()
            for _ in range(2)]
    assert runs[0][0] == runs[1][0] and "12,5 millions" in runs[0][0]
    assert runs[0][1] == "True" and runs[1][1] == "False"


def test_a_keyed_slot_keeps_the_last_input(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """cached_for: the same key reads the stored value back, another key rebuilds it and
    takes the one slot (a story's alias files change; entries must not pile up)."""
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    assert tablecache.cached_for("test", "k", "first", lambda: [1]) == [1]
    assert tablecache.cached_for("test", "k", "first", lambda: [2]) == [1]
    assert tablecache.cached_for("test", "k", "second", lambda: [3]) == [3]
    assert tablecache.cached_for("test", "k", "second", lambda: [4]) == [3]
    assert len(list(tmp_path.glob("tables-test-*"))) == 1
    (entry,) = tmp_path.glob("tables-test-*")
    entry.write_bytes(b"not a pickle")
    assert tablecache.cached_for("test", "k", "second", lambda: [5]) == [5]


def test_alias_tables_cached_equal_built_ones(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from reconcile.entities import (
        _merge,
        _read_alias_file,
        _shipped_specs,
        alias_table,
        load_aliases,
    )

    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    user = tmp_path / "aliases.toml"
    user.write_text('[entity.acme]\nkind = "org"\nnames = ["Acme Corp"]\n', encoding="utf-8")
    built = alias_table(_merge([*_shipped_specs(), *_read_alias_file(user)]))
    assert load_aliases([user]) == built  # built, then stored
    assert load_aliases([user]) == built  # read back
    user.write_text('[entity.acme]\nkind = "org"\nnames = ["Acme Inc"]\n', encoding="utf-8")
    assert "Acme Inc" in next(e for e in load_aliases([user]).entities if e.id == "acme").names


@dataclass(frozen=True)
class _Table:
    """A table class with one field kept for later (test_fields_kept_for_later)."""

    small: int
    large: tuple[str, ...]


tablecache.keep_for_later(_Table, ("large",))


def test_fields_kept_for_later(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    built = _Table(1, ("a", "b"))
    assert built.large == ("a", "b")  # a built instance has its own field
    assert tablecache.cached("test-later", "x", lambda: built) is built
    warm = tablecache.cached("test-later", "x", lambda: _Table(0, ()))
    assert warm is not built
    # Stored apart, read back at the first read of the field, then held as a built one's.
    assert "large" not in vars(warm) and warm.small == 1
    assert warm.large == ("a", "b") and "large" in vars(warm)
    assert warm == built
    assert vars(warm) == vars(built)
    with pytest.raises(ValueError, match="no field"):
        tablecache.keep_for_later(_Table, ("missing",))

"""Per-process set-up a cold run reads back instead of building (issue #19): the parse of
the shipped and user alias tables, the stopwords and the alignment weights is kept with the
parsed language data files (lang/cldrcache.parsed_toml), and reads back the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import align, entities

ROOT = Path(__file__).resolve().parents[1]
USER_ALIASES = ROOT / "claims" / "aliases.toml"


def _fresh() -> None:
    entities._shipped_specs.cache_clear()
    entities._shipped_stopwords.cache_clear()
    align.default_config.cache_clear()


def test_alias_tables_and_weights_read_back_the_same(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", "")  # no cache: parsed from the TOML
    _fresh()
    built = (entities.load_aliases([USER_ALIASES]), align.default_config())
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    for _ in range(2):  # the first run writes the parses, the second reads them back
        _fresh()
        assert (entities.load_aliases([USER_ALIASES]), align.default_config()) == built
    # aliases x2, stopwords, weights, and the five language data files: their `[cldr]
    # locales` name the CLDR locales the territory names are read from
    assert len(list(tmp_path.glob("toml-*.marshal"))) == 9
    _fresh()


def test_a_malformed_alias_file_is_still_an_input_error(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    bad = tmp_path / "aliases.toml"
    bad.write_text("[entity.x\nkind = 'person'\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(entities.InputError, match="malformed TOML"):
            entities.load_aliases([bad])
    bad.write_bytes(b"[entity.x]\nkind = 'person'\nnames = ['\xff']\n")
    with pytest.raises(entities.InputError, match="not UTF-8"):
        entities.load_aliases([bad])


def test_two_installations_sharing_the_cache_keep_their_own_tables(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reconcile.lang import tablecache

    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    for name in ("one", "two"):
        package = tmp_path / name
        package.mkdir()
        (package / "mod.py").write_text(f"# {name}\n", encoding="utf-8")
    try:
        for _ in range(2):  # in turn, as a hook's environment and a checkout would run
            for name in ("one", "two"):
                monkeypatch.setattr(tablecache, "_PACKAGE", tmp_path / name)
                tablecache.fingerprint.cache_clear()
                assert tablecache.cached("test", "xx", lambda n=name: n) == name
        assert len(list((tmp_path / "cache").glob("tables-test-*"))) == 2
    finally:
        tablecache.fingerprint.cache_clear()

"""The on-disk cache of slow CLDR tables: same profile cold or warm, safe when unwritable."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.extract import lexicon
from reconcile.lang import LanguageProfile, cldrcache, get_profile


def _fresh_profile(lang: str) -> LanguageProfile:
    """A profile built now; the in-memory caches are emptied after it too, so later tests
    see a profile and its compiled lexicon built together."""
    get_profile.cache_clear()
    try:
        return get_profile(lang)
    finally:
        get_profile.cache_clear()
        lexicon.cache_clear()


def test_a_cached_profile_equals_a_rebuilt_one(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", "")
    rebuilt = _fresh_profile("fr")
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    cold = _fresh_profile("fr")
    assert sorted(p.name for p in tmp_path.iterdir())  # the tables were written
    warm = _fresh_profile("fr")
    for profile in (cold, warm):
        assert dict(profile.currency_words) == dict(rebuilt.currency_words)
        assert dict(profile.quantities.after) == dict(rebuilt.quantities.after)
        assert dict(profile.quantities.prefixes) == dict(rebuilt.quantities.prefixes)


def test_a_damaged_entry_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    assert cldrcache.cached("test", ["x"], lambda: {"a": [1, 2]}) == {"a": [1, 2]}
    (entry,) = tmp_path.iterdir()
    entry.write_text("{not json", encoding="utf-8")
    assert cldrcache.cached("test", ["x"], lambda: {"a": [3]}) == {"a": [3]}
    assert cldrcache.cached("test", ["x"], lambda: {"a": [4]}) == {"a": [3]}


def test_an_unwritable_cache_folder_is_not_used(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(blocker / "sub"))
    assert cldrcache.cached("test", ["y"], lambda: [1]) == [1]
    assert not (blocker / "sub").exists()

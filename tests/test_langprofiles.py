"""langdetect's profiles kept on disk: the same map, order and detections as langdetect's own
loader, read back from the cache folder, rebuilt when the profiles change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

from reconcile import langprofiles
from reconcile.langprofiles import SparseProfiles, load_factory, pack

TEXTS = [
    "The company said on Tuesday that it would cut 1,200 jobs by the end of the year.",
    "Le gouvernement a annoncé mardi la suppression de 1 200 postes d'ici la fin de l'année.",
    "Perusahaan itu mengatakan pada hari Selasa bahwa akan memangkas 1.200 pekerjaan.",
    "Die Regierung kündigte am Dienstag an, bis Ende des Jahres 1.200 Stellen zu streichen.",
    "El gobierno anunció el martes que recortará 1.200 empleos antes de fin de año.",
]


def _probabilities(factory: DetectorFactory, text: str) -> list[tuple[str, float]]:
    detector = factory.create()
    detector.append(text)
    return [(str(x.lang), float(x.prob)) for x in detector.get_probabilities()]


def _write_profile(folder: Path, name: str, freq: dict[str, int]) -> None:
    n_words = [sum(v for k, v in freq.items() if len(k) == n) for n in (1, 2, 3)]
    (folder / name).write_text(json.dumps({"freq": freq, "n_words": n_words, "name": name}),
                               encoding="utf-8")


@pytest.fixture(scope="module")
def langdetects_own() -> DetectorFactory:
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)
    return factory


def test_the_stored_form_gives_back_every_row_exactly(langdetects_own: DetectorFactory) -> None:
    table = SparseProfiles(pack(langdetects_own.langlist, langdetects_own.word_lang_prob_map))
    own = langdetects_own.word_lang_prob_map
    assert len(table) == len(own) > 50_000
    assert set(table) == set(own)
    for key, row in own.items():
        assert table[key] == row
    assert "no such n-gram" not in table
    with pytest.raises(KeyError):
        table["no such n-gram"]


def test_cached_profiles_detect_as_langdetects_own_loader(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        langdetects_own: DetectorFactory) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    cold = load_factory(PROFILES_DIRECTORY, 0)
    assert [p.name for p in tmp_path.iterdir() if "langdetect" in p.name]  # stored
    monkeypatch.setattr(langprofiles, "_build", lambda directory: pytest.fail("rebuilt"))
    warm = load_factory(PROFILES_DIRECTORY, 0)
    for factory in (cold, warm):
        assert factory.langlist == langdetects_own.langlist
        assert factory.seed == 0
        for text in TEXTS:
            assert _probabilities(factory, text) == _probabilities(langdetects_own, text)


def test_changed_profiles_are_read_again(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    _write_profile(profiles, "aa", {"a": 5, "b": 1, "ab": 2})
    _write_profile(profiles, "bb", {"b": 4, "c": 3, "bc": 1})
    first = load_factory(str(profiles), 0)
    assert sorted(first.langlist) == ["aa", "bb"]
    assert "ab" in first.word_lang_prob_map and "cd" not in first.word_lang_prob_map
    _write_profile(profiles, "bb", {"b": 4, "c": 3, "cd": 7, "bcd": 1})
    second = load_factory(str(profiles), 0)
    assert "cd" in second.word_lang_prob_map
    assert second.word_lang_prob_map["cd"][second.langlist.index("bb")] == 7 / 7
    # One entry for the profiles, whatever they were: the older one is replaced.
    assert len([p for p in (tmp_path / "cache").iterdir() if "langdetect" in p.name]) == 1


def test_without_a_cache_folder_langdetects_loader_is_used(
        monkeypatch: pytest.MonkeyPatch, langdetects_own: DetectorFactory) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", "")
    monkeypatch.setattr(langprofiles, "_build", lambda directory: pytest.fail("packed"))
    factory = load_factory(PROFILES_DIRECTORY, 0)
    assert isinstance(factory.word_lang_prob_map, dict)
    assert _probabilities(factory, TEXTS[1]) == _probabilities(langdetects_own, TEXTS[1])


def test_a_damaged_entry_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    langdetects_own: DetectorFactory) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    load_factory(PROFILES_DIRECTORY, 0)
    (entry,) = [p for p in tmp_path.iterdir() if "langdetect" in p.name]
    entry.write_bytes(b"not a pickle")
    factory = load_factory(PROFILES_DIRECTORY, 0)
    assert _probabilities(factory, TEXTS[0]) == _probabilities(langdetects_own, TEXTS[0])

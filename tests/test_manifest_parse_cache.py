"""A story's sources.toml is read through the cache of parsed data files (as alias files
are): the same manifest, its errors still named, and once cached read without tomllib
(issue #19)."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reconcile.errors import InputError
from reconcile.ingest import parse_manifest

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = 'story = "s"\ntitle = "T"\n\n[[source]]\nfile = "en.txt"\nlang = "en"\n'


@pytest.mark.parametrize("cached", [True, False])
def test_the_same_manifest_with_or_without_a_bom_and_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cached: bool) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache") if cached else "")
    plain, marked = tmp_path / "a.toml", tmp_path / "b.toml"
    plain.write_text(MANIFEST, encoding="utf-8")
    marked.write_bytes(codecs.BOM_UTF8 + MANIFEST.encode())
    for _ in range(2):  # parsed, then (with the cache) read back
        first, second = parse_manifest(plain), parse_manifest(marked)
        assert (first.story, first.title, first.entries) == \
            (second.story, second.title, second.entries) == ("s", "T", first.entries)
        assert [e.file for e in first.entries] == ["en.txt"]


@pytest.mark.parametrize(("data", "message"), [
    (b'story = "x"\n[[source]]\nfile = \n', "line 3"),
    (b'story = "\xff"\n', "TOML must be UTF-8"),
])
def test_a_bad_manifest_is_an_input_error_every_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes, message: str) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "sources.toml"
    path.write_bytes(data)
    for _ in range(2):  # nothing kept of a file that does not parse
        with pytest.raises(InputError, match=message):
            parse_manifest(path)


def test_a_cached_manifest_is_read_without_tomllib(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(MANIFEST, encoding="utf-8")
    probe = ("import sys\nfrom reconcile.ingest import parse_manifest\n"
             f"print(parse_manifest(__import__('pathlib').Path({str(path)!r})).story, "
             "'tomllib' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"),
           "RECONCILE_CACHE_DIR": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                           text=True, check=True, timeout=120).stdout.split()
            for _ in range(2)]
    assert runs == [["s", "True"], ["s", "False"]]

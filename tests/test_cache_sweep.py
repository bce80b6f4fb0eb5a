"""The user's cache folder stays bounded: entries of older versions and other installations
go, least recently used first (reconcile.cachefolder.sweep)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reconcile import cache, cachefolder
from reconcile.lang import tablecache

DAY = 86_400


def _entry(folder: Path, name: str, size: int, age_days: float, now: float) -> Path:
    path = folder / name
    path.write_bytes(b"x" * size)
    used = now - age_days * DAY
    os.utime(path, (used, used))  # atime and mtime: last used that long ago
    return path


@pytest.fixture
def fresh_sweeps() -> Iterator[None]:
    cachefolder.sweep_once.cache_clear()
    yield
    cachefolder.sweep_once.cache_clear()


def test_over_the_limit_the_least_recently_used_go_down_to_three_quarters(
        tmp_path: Path) -> None:
    now = time.time()
    oldest = _entry(tmp_path, "tables-a.pickle", 300, 9, now)
    older = _entry(tmp_path, "cldr-b.json", 300, 5, now)
    recent = _entry(tmp_path, "toml-c.marshal", 200, 2, now)
    newest = _entry(tmp_path, "tables-d.pickle", 200, 0, now)
    # 1,000 bytes against a limit of 800: down to 600, oldest first
    gone = cachefolder.sweep(tmp_path, max_bytes=800, now=now)
    assert gone == [oldest, older]
    assert sorted(p.name for p in tmp_path.iterdir()) == [newest.name, recent.name]


def test_under_the_limit_nothing_recent_goes(tmp_path: Path) -> None:
    now = time.time()
    for i in range(3):
        _entry(tmp_path, f"tables-{i}.pickle", 100, i, now)
    assert cachefolder.sweep(tmp_path, max_bytes=1_000, now=now) == []
    assert len(list(tmp_path.iterdir())) == 3


def test_entries_idle_too_long_go_whatever_the_size(tmp_path: Path) -> None:
    now = time.time()
    idle = _entry(tmp_path, "tables-idle.pickle", 10, cachefolder.MAX_IDLE_DAYS + 1, now)
    used = _entry(tmp_path, "tables-used.pickle", 10, cachefolder.MAX_IDLE_DAYS - 1, now)
    assert cachefolder.sweep(tmp_path, max_bytes=1_000_000, now=now) == [idle]
    assert used.exists()


def test_a_recent_read_keeps_an_old_entry(tmp_path: Path) -> None:
    now = time.time()
    path = _entry(tmp_path, "tables-read.pickle", 10, cachefolder.MAX_IDLE_DAYS + 5, now)
    written = path.stat().st_mtime
    os.utime(path, (now - DAY, written))  # read yesterday (its atime), written long ago
    assert cachefolder.sweep(tmp_path, max_bytes=1_000_000, now=now) == []
    assert path.exists()


def test_what_a_sweep_leaves_alone(tmp_path: Path) -> None:
    now = time.time()
    kept = [
        _entry(tmp_path, "generated-code-cpython-311-abc.marshal", 500, 400, now),
        _entry(tmp_path, ".tmp-123.pickle", 500, 400, now),  # being written by a run
    ]
    (tmp_path / "urls").mkdir()  # the URL cache: a folder of its own
    kept.append(_entry(tmp_path / "urls", "page", 500, 400, now))
    mine = _entry(tmp_path, "tables-just-written.pickle", 500, 400, now)
    other = _entry(tmp_path, "tables-other.pickle", 500, 400, now)
    assert cachefolder.sweep(tmp_path, keep=mine, max_bytes=10, now=now) == [other]
    assert all(p.exists() for p in [*kept, mine])


def test_a_missing_folder_sweeps_nothing(tmp_path: Path) -> None:
    assert cachefolder.sweep(tmp_path / "absent") == []


def test_building_a_table_sweeps_the_folder_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_sweeps: None) -> None:
    monkeypatch.setenv(cachefolder.ENV, str(tmp_path))
    now = time.time()
    # An entry of an installation gone long ago, and one of another still in use.
    gone = _entry(tmp_path, "tables-lexicon-0123456789ab-deadbeef-0.pickle", 10,
                  cachefolder.MAX_IDLE_DAYS + 30, now)
    other = _entry(tmp_path, "tables-lexicon-0123456789ab-feedface-0.pickle", 10, 1, now)
    assert tablecache.cached("sweep-test", "xx", lambda: {"built": 1}) == {"built": 1}
    assert not gone.exists()
    assert other.exists()
    built = tablecache.entry_path(tmp_path, "sweep-test", "xx")
    assert built.exists()
    # Later writes of the same process do not scan the folder again.
    late = _entry(tmp_path, "tables-late.pickle", 10, cachefolder.MAX_IDLE_DAYS + 30, now)
    assert tablecache.cached("sweep-test", "yy", lambda: {"built": 2}) == {"built": 2}
    assert late.exists()
    # The table is read back, not built again.
    assert tablecache.cached("sweep-test", "xx", lambda: {"built": 3}) == {"built": 1}


def test_the_project_cache_sweeps_each_kind_of_entry(
        tmp_path: Path, fresh_sweeps: None) -> None:
    now = time.time()
    snapshots = tmp_path / cache.CACHE_DIR / "snapshots"
    snapshots.mkdir(parents=True)
    versions = tmp_path / cache.CACHE_DIR / "versions"
    versions.mkdir()
    idle = cachefolder.MAX_IDLE_DAYS + 1
    old_snapshot = _entry(snapshots, "old.json", 10, idle, now)
    old_version = _entry(versions, "old.json", 10, idle, now)
    ledger = cache.Ledger(story="s", path="p", sources=(), facts=())
    cache.put(tmp_path, "new", ledger)
    assert cache.get(tmp_path, "new") == ledger
    assert not old_snapshot.exists()
    assert old_version.exists()  # another kind: swept when one of its own is written

"""The user's cache folder of built tables and compiled code (no result is kept there).

RECONCILE_CACHE_DIR names it (empty: no such cache), else $XDG_CACHE_HOME/reconcile or
~/.cache/reconcile. A module of its own, importing nothing of reconcile, so that the
console script can find it before loading anything else (reconcile.gencode).

The folder is kept bounded (sweep): its entries are keyed by the code, data and library
versions that built them, so every upgrade, and every other installation sharing the folder
(a pre-commit environment per hook revision, a checkout per branch), adds entries that its
own pruning never meets (some 10 MB an installation). When an entry is written, the least
recently used entries of the folder go until it holds at most MAX_BYTES, and entries unused
for MAX_IDLE_DAYS go whatever the size. An entry still in use that goes is only built again.
"""

from __future__ import annotations

import functools
import importlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

ENV = "RECONCILE_CACHE_DIR"
# The most the folder's entries may hold, in bytes, once an entry has been written; a sweep
# brings them down to three quarters of it, so that the next writes do not sweep again.
MAX_BYTES = 256 * 2**20
# Entries not used for this long go at the next sweep, whatever the folder holds.
MAX_IDLE_DAYS = 60
# The entries a sweep leaves alone: the generated-code file (reconcile.gencode, one file,
# its size kept by its own rule), and temporary files being written (".tmp-").
_UNSWEPT = ("generated-", ".")


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is switched off."""
    configured = os.environ.get(ENV)
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reconcile"


class Digest(Protocol):
    """What the caches use of a hashlib hash object."""

    def update(self, data: bytes, /) -> None: ...

    def hexdigest(self) -> str: ...


def sha256(data: bytes = b"") -> Digest:
    """hashlib.sha256(data), for the keys of the caches (the same digests)."""
    return _sha256_maker()(data)


@functools.cache
def _sha256_maker() -> Callable[[bytes], Digest]:
    """Python's own SHA-256: importing hashlib loads OpenSSL's libcrypto, which costs a
    short run more (about 10 M instructions) than all the hashing it does. hashlib where
    that module is named otherwise or missing (it is _sha2 from Python 3.12)."""
    for name in ("_sha256", "_sha2"):
        try:
            maker: Callable[[bytes], Digest] = importlib.import_module(name).sha256
            return maker
        except (ImportError, AttributeError):
            continue
    import hashlib

    return hashlib.sha256


def sweep(folder: Path, keep: Path | None = None, *, max_bytes: int | None = None,
          now: float | None = None) -> list[Path]:
    """Delete the least recently used entries of the cache folder until its entries hold
    at most three quarters of `max_bytes` (MAX_BYTES) when they hold more, and every entry
    unused for MAX_IDLE_DAYS; never `keep` (the entry just written). An entry's last use is
    its last write or read (the later of its mtime and atime: Linux's default relatime
    updates an entry's atime at its first read of a day). Only the folder's own files are
    looked at (not its subfolders, nor the generated-code file). Returns what was deleted,
    oldest first; a file that cannot be read or deleted is passed over."""
    limit = MAX_BYTES if max_bytes is None else max_bytes
    current = time.time() if now is None else now
    entries: list[tuple[float, int, Path]] = []
    try:
        with os.scandir(folder) as scan:
            for entry in scan:
                if entry.name.startswith(_UNSWEPT) or not entry.is_file(follow_symlinks=False):
                    continue
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                entries.append((max(info.st_mtime, info.st_atime), info.st_size,
                                Path(entry.path)))
    except OSError:
        return []
    entries.sort()
    total = sum(size for _, size, _ in entries)
    stale = current - MAX_IDLE_DAYS * 86_400
    target = limit * 3 // 4 if total > limit else total
    gone: list[Path] = []
    for used, size, path in entries:
        if path == keep or (used >= stale and total <= target):
            continue
        try:
            path.unlink()
        except OSError:
            continue
        total -= size
        gone.append(path)
    return gone


@functools.cache
def sweep_once(folder: Path, max_bytes: int | None = None) -> None:
    """sweep(folder, max_bytes=max_bytes) at the first entry a process writes to `folder`
    (the entry written is the folder's most recently used): the entries of one run (a cold
    start writes dozens) do not each scan the folder again."""
    sweep(folder, max_bytes=max_bytes)

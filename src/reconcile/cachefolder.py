"""The user's cache folder of built tables and compiled code (no result is kept there).

RECONCILE_CACHE_DIR names it (empty: no such cache), else $XDG_CACHE_HOME/reconcile or
~/.cache/reconcile. A module of its own, importing nothing of reconcile, so that the
console script can find it before loading anything else (reconcile.gencode).
"""

from __future__ import annotations

import functools
import importlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

ENV = "RECONCILE_CACHE_DIR"


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

"""The user's cache folder of built tables and compiled code (no result is kept there).

RECONCILE_CACHE_DIR names it (empty: no such cache), else $XDG_CACHE_HOME/reconcile or
~/.cache/reconcile. A module of its own, importing nothing of reconcile, so that the
console script can find it before loading anything else (reconcile.gencode).
"""

from __future__ import annotations

import os
from pathlib import Path

ENV = "RECONCILE_CACHE_DIR"


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is switched off."""
    configured = os.environ.get(ENV)
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reconcile"

"""A content-hash cache of story snapshots in .reconcile_cache/ (safe to delete at any time).

The key covers every byte the result depends on: the story folder's files, the alias files,
the options, and the reconcile code itself (name, size and mtime of each package file), so a
stale entry is never read; a hit needs no text decoding, language detection or alignment.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import tomllib
from collections.abc import Sequence
from pathlib import Path

from reconcile.ledger import Ledger, LedgerFact, Mention

CACHE_DIR = ".reconcile_cache"
_PACKAGE = Path(__file__).resolve().parent
_FORMAT = "reconcile.cache/2"


def _code_fingerprint() -> bytes:
    parts = []
    for path in sorted(_PACKAGE.rglob("*")):
        if path.suffix in (".py", ".toml") and path.is_file():
            info = path.stat()
            parts.append(f"{path.relative_to(_PACKAGE)}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(parts).encode()


def story_key(folder: Path, alias_files: Sequence[Path], options: str) -> str:
    """The hash of everything a story's snapshot depends on."""
    digest = hashlib.sha256(_FORMAT.encode())
    digest.update(_code_fingerprint())
    digest.update(options.encode())
    digest.update(str(folder.resolve()).encode())
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    for path in [*files, *alias_files]:
        data = path.read_bytes() if path.is_file() else b""
        digest.update(f"\0{path.name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def story_id_of(folder: Path) -> str:
    """The story id ingest gives a folder: its manifest's `story`, else the folder name."""
    manifest = folder / "sources.toml"
    try:
        story = tomllib.loads(manifest.read_text(encoding="utf-8")).get("story")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        story = None
    return story if isinstance(story, str) and story else (folder.resolve().name or "story")


def _entry(root: Path, key: str) -> Path:
    return root / CACHE_DIR / "snapshots" / f"{key}.json"


def get(root: Path, key: str) -> Ledger | None:
    """The cached snapshot for `key`, or None (missing or unreadable: it is recomputed)."""
    try:
        data = json.loads(_entry(root, key).read_text(encoding="utf-8"))
        return Ledger(
            story=data["story"], path=data["path"],
            sources=tuple((s, f) for s, f in data["sources"]),
            facts=tuple(
                LedgerFact(id=f["id"], kind=f["kind"], label=f["label"], status=f["status"],
                           code=f["code"],
                           mentions=tuple(Mention(*m) for m in f["mentions"]),
                           outliers=tuple(f["outliers"]))
                for f in data["facts"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def put(root: Path, key: str, snapshot: Ledger) -> None:
    """Store a snapshot; a cache that cannot be written is skipped, never an error."""
    data = {
        "story": snapshot.story, "path": snapshot.path,
        "sources": [list(s) for s in snapshot.sources],
        "facts": [{"id": f.id, "kind": f.kind, "label": f.label, "status": f.status,
                   "code": f.code, "outliers": list(f.outliers),
                   "mentions": [[m.source, m.surface, m.value, m.line, m.column]
                                for m in f.mentions]}
                  for f in snapshot.facts],
    }
    target = _entry(root, key)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        ignore = root / CACHE_DIR / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# created by reconcile; safe to delete\n*\n", encoding="utf-8")
        handle, temp = tempfile.mkstemp(suffix=".tmp", dir=target.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
        os.replace(temp, target)
    except OSError:
        return

"""An on-disk cache of the CLDR tables that are slow to read through babel's public API,
and of the parsed language data files.

Unit words and currency names are read by formatting sample values with babel (thousands of
calls per language): most of a cold start. The tables depend only on babel's CLDR data and
on the keys asked for, so they are kept as JSON in the user's cache folder, keyed by the
babel version and a hash of the request. The data files (TOML: language data, concept
lexicons, entity alias tables, alignment weights) are kept there too, parsed, keyed by a
hash of their bytes: reading JSON back is far quicker than parsing TOML, and an edited file
is a new key; they are kept as marshal data (for this Python's marshal format: the key
holds its version), which Python reads back faster still, and without importing json or
tomllib. The cache is safe to delete; a folder that cannot be
written is simply not used (the tables are then rebuilt on every run). Set
RECONCILE_CACHE_DIR to move it, or to an empty string to switch it off.
"""

from __future__ import annotations

import datetime
import marshal
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reconcile.cachefolder import cache_dir as cache_dir  # where these caches live
from reconcile.cachefolder import sha256, sweep_once

# Bump when the shape of a cached table changes.
_FORMAT = 1



def library_stamps(names: tuple[str, ...]) -> list[str]:
    """Each library's location, size and mtime, found without importing it (a cache hit
    must not pay for loading babel): what a cache keyed by them depends on."""
    import importlib.util

    stamps = []
    for name in names:
        spec = importlib.util.find_spec(name)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        if origin is None or not origin.is_file():
            stamps.append(f"{name}:-")
            continue
        info = origin.stat()
        stamps.append(f"{name}:{origin}:{info.st_size}:{info.st_mtime_ns}")
    return stamps

def cached(kind: str, request: Any, build: Callable[[], Any]) -> Any:
    """The JSON value `build()` returns for `request`, read from the cache when present.

    `request` (JSON data) must determine the value together with babel's version.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    import json

    import babel

    blob = json.dumps([_FORMAT, babel.__version__, kind, request], sort_keys=True,
                      ensure_ascii=False)
    digest = sha256(blob.encode("utf-8")).hexdigest()[:24]
    path = folder / f"cldr-{kind}-{digest}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass  # not cached yet, or a damaged entry: rebuild it below
    value = build()
    _write(path, json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return value


def _write(path: Path, data: bytes) -> None:
    """Write atomically (temporary file, then rename); an unwritable folder is skipped."""
    import tempfile  # only when an entry is new: most runs write nothing

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return
    sweep_once(path.parent)  # the folder kept bounded (reconcile.cachefolder)


# --- parsed TOML data files ------------------------------------------------------------------

# TOML values marshal lacks, tagged: {"$date": "2025-01-01"}, and datetime and time alike.
_TOML_TYPES: dict[str, Callable[[str], object]] = {
    "$datetime": datetime.datetime.fromisoformat, "$date": datetime.date.fromisoformat,
    "$time": datetime.time.fromisoformat,
}


def _tagged(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _tagged(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_tagged(v) for v in value]
    if isinstance(value, datetime.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"$date": value.isoformat()}
    if isinstance(value, datetime.time):
        return {"$time": value.isoformat()}
    return value


def _untagged(value: Any) -> Any:
    if isinstance(value, dict):
        if len(value) == 1:
            ((key, text),) = value.items()
            if key in _TOML_TYPES and isinstance(text, str):
                return _TOML_TYPES[key](text)
        return {k: _untagged(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_untagged(v) for v in value]
    return value


def parsed_toml(data: bytes) -> dict[str, Any]:
    """tomllib's reading of a data file's bytes, from the cache when those bytes were parsed
    before (the key is their hash, so an edited file is parsed again)."""
    folder = cache_dir()
    if folder is None:
        return _parse_toml(data)
    digest = sha256(b"toml/%d/%d\0" % (_FORMAT, marshal.version) + data).hexdigest()[:32]
    path = folder / f"toml-{digest}.marshal"
    try:
        stored = marshal.loads(path.read_bytes())
        if isinstance(stored, tuple) and len(stored) == 2 and isinstance(stored[0], dict):
            value: dict[str, Any] = _untagged(stored[0]) if stored[1] else stored[0]
            return value  # (untagged only when the file had dates to tag)
    except (OSError, ValueError, EOFError, TypeError):
        pass  # not cached yet, or a damaged entry: parse again below
    parsed = _parse_toml(data)
    tagged = _tagged(parsed)
    _write(path, marshal.dumps((tagged, tagged != parsed)))
    return parsed


def _parse_toml(data: bytes) -> dict[str, Any]:
    import tomllib  # only to parse: a cached file is read without it

    return tomllib.loads(data.decode("utf-8"))

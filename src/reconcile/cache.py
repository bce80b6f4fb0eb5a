"""Content-hash caches in .reconcile_cache/ (safe to delete at any time).

Two levels: the snapshot of a whole story (its facts, as `reconcile check` compares them
with the ledger), and the analysis of each version on its own (segments, claims, concepts),
so that after one file changed only that file is extracted again and the story re-aligned.
A key covers every byte the result depends on: the text (or the story folder's files, the
alias files and options), the reconcile code and language data (name, size and mtime of
each package file), the libraries that shape a result (babel's CLDR data, langdetect,
rapidfuzz, pint) and the Python version; so a stale entry is never read. An entry that
cannot be read is recomputed, and one that cannot be written is skipped, never an error.
Each kind of entry (snapshots, versions, entities, sequences, results) stays bounded: when a
run writes one, the least recently used of its folder go until it holds at most
FOLDER_BYTES, and those unused for 60 days go (reconcile.cachefolder.sweep).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reconcile import __version__
from reconcile.cachefolder import sha256, sweep_once
from reconcile.lang import cldrcache
from reconcile.lang.cldrcache import library_stamps
from reconcile.ledger import Ledger, LedgerFact, Mention
from reconcile.model import (
    Claim,
    DiffResult,
    Document,
    Fact,
    Segment,
    Story,
    Suppression,
    Verdict,
    VersionAnalysis,
)

if TYPE_CHECKING:
    from reconcile.entities import AliasTable

CACHE_DIR = ".reconcile_cache"
# The most each kind of entry may hold, in bytes: thousands of entries (the bundled story's
# results are some 100 KB, a version's analysis some 20 KB).
FOLDER_BYTES = 64 * 2**20
_FORMAT = "reconcile.cache/3"
_VERSION_FORMAT = "reconcile.version/1"
_RESULT_FORMAT = "reconcile.result/1"
# Libraries whose data or code shape a result: an upgrade (new files, new mtimes) is a miss.
_LIBRARIES = ("babel", "langdetect", "rapidfuzz", "pint")


def _code_fingerprint() -> bytes:
    # The files the language tables' key reads, as this process loaded them (a result of
    # old code is never stored under the key of files changed since).
    from reconcile.lang.tablecache import loaded_files

    return "\n".join(loaded_files()).encode()


def _library_fingerprint() -> bytes:
    """The Python version and each library's location, size and mtime (found without
    importing it: a cache hit must not pay for loading babel)."""
    return "\n".join([sys.version, *library_stamps(_LIBRARIES)]).encode()


def fingerprint() -> bytes:
    """What every cached result depends on besides its input: reconcile's code and language
    data, the libraries and the Python version."""
    return (f"reconcile {__version__}\0".encode() + _code_fingerprint() + b"\0"
            + _library_fingerprint())


def story_key(folder: Path, alias_files: Sequence[Path], options: str,
              depends: bytes | None = None) -> str:
    """The hash of everything a story's snapshot depends on (`depends`: fingerprint(),
    when the caller already has it)."""
    digest = sha256(_FORMAT.encode())
    digest.update(fingerprint() if depends is None else depends)
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
        story = cldrcache.parsed_toml(manifest.read_bytes()).get("story")
    except (OSError, ValueError):  # unreadable, not UTF-8, or not TOML
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
    _write(root, _entry(root, key), data)


def _write(root: Path, target: Path, data: object) -> None:
    """Write JSON atomically (temporary file, then rename): a reader never sees half an
    entry. A folder that cannot be written is skipped."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        ignore = root / CACHE_DIR / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# created by reconcile; safe to delete\n*\n", encoding="utf-8")
        handle, temp = tempfile.mkstemp(suffix=".tmp", dir=target.parent)
    except OSError:
        return
    try:
        # json.dumps, not json.dump: only the one-shot call takes the C encoder (the same
        # text, several times faster; a first run writes every version's analysis).
        text = json.dumps(data, ensure_ascii=False)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, target)
    except (OSError, ValueError):
        Path(temp).unlink(missing_ok=True)
        return
    # Each kind of entry kept bounded, least recently used first (an edited version's old
    # analysis, a story's old results): reconcile.cachefolder.sweep.
    sweep_once(target.parent, FOLDER_BYTES)


# --- the analysis of each version ----------------------------------------------------------

_SEGMENT_FIELDS = tuple(f.name for f in fields(Segment))
_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
_DECIMAL_FIELDS = frozenset({"low", "high"})
_TUPLE_FIELDS = frozenset({"entities"})


def version_key(doc: Document, depends: bytes) -> str:
    """The hash of one version's text, language, paragraph languages and identity, with
    `depends` (fingerprint()): everything its VersionAnalysis depends on."""
    digest = sha256(_VERSION_FORMAT.encode())
    digest.update(depends)
    digest.update(repr(replace(doc, text="")).encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(doc.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def _claim_of(row: Sequence[Any]) -> Claim:
    values = dict(zip(_CLAIM_FIELDS, row, strict=True))
    for name in _DECIMAL_FIELDS:
        values[name] = None if values[name] is None else Decimal(values[name])
    for name in _TUPLE_FIELDS:
        values[name] = tuple(values[name])
    return Claim(**values)


def encode_analysis(analysis: VersionAnalysis) -> dict[str, object]:
    """A VersionAnalysis as JSON data (Decimals as exact strings)."""
    return {
        "format": _VERSION_FORMAT,
        "segment_fields": list(_SEGMENT_FIELDS), "claim_fields": list(_CLAIM_FIELDS),
        "segments": [[getattr(s, n) for n in _SEGMENT_FIELDS] for s in analysis.segments],
        "claims": [[_plain(getattr(c, n)) for n in _CLAIM_FIELDS] for c in analysis.claims],
        "concepts": list(analysis.concepts),
    }


def decode_analysis(data: Any) -> VersionAnalysis:
    """The VersionAnalysis encode_analysis wrote; ValueError (or KeyError, TypeError) when
    the entry is damaged or of another shape."""
    if data["segment_fields"] != list(_SEGMENT_FIELDS) or \
            data["claim_fields"] != list(_CLAIM_FIELDS):
        raise ValueError("cache entry of another shape")
    claims = tuple(_claim_of(row) for row in data["claims"])
    concepts = tuple(data["concepts"])
    if len(concepts) != len(claims):
        raise ValueError("cache entry damaged")
    return VersionAnalysis(
        segments=tuple(Segment(*row) for row in data["segments"]),
        claims=claims, concepts=concepts)


def _version_entry(root: Path, key: str) -> Path:
    return root / CACHE_DIR / "versions" / f"{key}.json"


@dataclass(frozen=True)
class VersionCache:
    """diff_story's per-version stages answered from the cache under `root`: `analyse`
    (segments, claims, concepts) and `find` (the entities of each sentence, which also
    depend on the alias table and the story's capitalized words). A miss is computed with
    the plain stage and stored."""

    root: Path
    depends: bytes

    def analyse(self, doc: Document) -> VersionAnalysis:
        from reconcile.diff import analyse_version

        entry = _version_entry(self.root, version_key(doc, self.depends))
        try:
            return decode_analysis(json.loads(entry.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            pass  # not cached yet, or a damaged entry: compute it again below
        found = analyse_version(doc)
        _write(self.root, entry, encode_analysis(found))
        return found

    def has(self, doc: Document) -> bool:
        """Whether an analysis of `doc` is kept (analyse reads it back, if undamaged)."""
        return _version_entry(self.root, version_key(doc, self.depends)).is_file()

    def find(self, doc: Document, segments: Sequence[Segment], aliases: AliasTable,
             names: frozenset[str]) -> Mapping[int, frozenset[str]]:
        from reconcile.diff import entities_of_version

        digest = sha256(version_key(doc, self.depends).encode())
        digest.update(repr(aliases).encode("utf-8", "surrogatepass"))
        digest.update("\0".join(sorted(names)).encode("utf-8", "surrogatepass"))
        digest.update(repr([(s.start, s.end) for s in segments]).encode())
        entry = self.root / CACHE_DIR / "entities" / f"{digest.hexdigest()}.json"
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
            return {int(start): frozenset(found) for start, found in data.items()}
        except (OSError, ValueError, TypeError, AttributeError):
            pass
        found = entities_of_version(doc, segments, aliases, names)
        _write(self.root, entry, {str(k): sorted(v) for k, v in found.items()})
        return found


    @property
    def sequences(self) -> SequenceCache:
        """The sentence alignments of pairs of versions, kept beside the analyses."""
        return SequenceCache(self.root, self.depends)


@dataclass(frozen=True)
class SequenceCache:
    """align's SequenceStore under `root`: each pair of versions' sentence alignment, by
    the key align gives (both versions' nodes, the entity weights, the config) and the
    code fingerprint `depends`. An entry that cannot be read is None (computed again),
    one that cannot be written is skipped."""

    root: Path
    depends: bytes

    def _entry(self, key: str) -> Path:
        digest = sha256(self.depends)
        digest.update(key.encode())
        return self.root / CACHE_DIR / "sequences" / f"{digest.hexdigest()}.json"

    def get(self, key: str) -> Any | None:
        try:
            return json.loads(self._entry(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, data: Any) -> None:
        _write(self.root, self._entry(key), data)


def version_cache(root: Path, depends: bytes | None = None) -> VersionCache:
    """The per-version cache of the project at `root` (`depends`: fingerprint(), when the
    caller already has it)."""
    return VersionCache(root, fingerprint() if depends is None else depends)


# --- the diff of a whole story ---------------------------------------------------------------

# The model types a cached diff holds, by name (JSON objects tagged "$": their name).
_TYPES: dict[str, type] = {t.__name__: t for t in (Claim, Fact, Verdict, Suppression)}
_FIELD_NAMES = {name: tuple(f.name for f in fields(t)) for name, t in _TYPES.items()}


def _encode(value: object) -> object:
    """Model values as JSON data: dataclasses tagged with their type, Decimals exact."""
    if isinstance(value, Decimal):
        return {"$d": str(value)}
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    name = type(value).__name__
    if _TYPES.get(name) is type(value):
        return {"$": name, **{field: _encode(getattr(value, field))
                              for field in _FIELD_NAMES[name]}}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot cache a {name}")


def _decode(data: Any) -> Any:
    if isinstance(data, list):
        return tuple(_decode(v) for v in data)
    if isinstance(data, dict):
        if "$d" in data:
            return Decimal(data["$d"])
        values = {k: _decode(v) for k, v in data.items() if k != "$"}
        return _TYPES[data["$"]](**values)
    return data


def result_key(story: Story, alias_files: Sequence[Path], options: str,
               depends: bytes | None = None) -> str:
    """The hash of everything diff_story's result depends on: the story as read (ids,
    paths, languages, paragraph languages, texts, errors, manifest data), the alias files'
    bytes, the options and fingerprint() (`depends`, when the caller already has it)."""
    digest = sha256(_RESULT_FORMAT.encode())
    digest.update(fingerprint() if depends is None else depends)
    digest.update(options.encode())
    digest.update(repr(story).encode("utf-8", "surrogatepass"))
    for path in alias_files:
        data = path.read_bytes() if path.is_file() else b""
        digest.update(f"\0{path}\0{len(data)}\0".encode("utf-8", "surrogatepass"))
        digest.update(data)
    return digest.hexdigest()


def _result_entry(root: Path, key: str) -> Path:
    return root / CACHE_DIR / "results" / f"{key}.json"


def get_result(root: Path, key: str, story: Story) -> DiffResult | None:
    """The cached diff of `story` (its sources are the story's own), or None."""
    try:
        data = json.loads(_result_entry(root, key).read_text(encoding="utf-8"))
        if data.get("format") != _RESULT_FORMAT:
            return None
        return DiffResult(
            story=data["story"], sources=story.sources,
            claims=_decode(data["claims"]), facts=_decode(data["facts"]),
            parallel=_decode(data["parallel"]), witnesses=_decode(data["witnesses"]),
            set_aside=_decode(data["set_aside"]), alias_files=_decode(data["alias_files"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def put_result(root: Path, key: str, result: DiffResult) -> None:
    """Store a diff (its sources are not stored: the story read gives them back)."""
    try:
        data = {"format": _RESULT_FORMAT, "story": result.story,
                **{name: _encode(getattr(result, name))
                   for name in ("claims", "facts", "parallel", "witnesses", "set_aside",
                                "alias_files")}}
    except TypeError:
        return
    _write(root, _result_entry(root, key), data)

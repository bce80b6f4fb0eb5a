"""An on-disk cache of each language's built tables: its profile, the extractor's compiled
lexicon, its period patterns and its concept lexicon.

Building them is most of a cold run's set-up: babel loads its CLDR locale data and dozens of
regular expressions are compiled, every run again (Python's `re` caches compiled patterns
only per process). What is built depends only on reconcile's code and data files (the name,
size and mtime of every file of the package), babel and the Python version, so it is kept
as a pickle in the user's cache folder (cldrcache.cache_dir(): RECONCILE_CACHE_DIR, empty to
switch it off), keyed by all of those: an edited data file, code change or upgrade is a new
key, never a stale table. This is no result cache: `--no-cache` leaves it on (it holds no
text's result, only language data, the same for every input).

Pickle stores a regular expression as its source and compiles it again on load, which is the
cost to avoid; here a pattern is stored with the code CPython's `re` compiled it to and is
rebuilt by the last step of re.compile (`_sre.compile`), skipping the parse. That is
CPython-internal, so it is guarded: the code is kept only when the rebuilt pattern compares
equal to the original (Pattern equality compares the compiled code), the key holds the
exact Python version and `_sre.MAGIC`, and a pattern that cannot be rebuilt so is compiled
from its source. A damaged or unreadable entry is rebuilt; an unwritable folder is skipped.

A run reads a stored table whole, so large fields that most runs never read are kept apart
inside its entry, as bytes, and unpickled at their first read (Later, keep_for_later).
"""

from __future__ import annotations

# The pickle module's C classes and errors (what `pickle` itself exports), without the pure
# Python module beside them, which a run would load for nothing (some 5 M instructions).
import _pickle
import importlib
import importlib.util
import io
import os
import re
import sys
from array import array
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from reconcile.cachefolder import sha256, sweep_once
from reconcile.lang import cldrcache

T = TypeVar("T")

# Bump when the way tables are stored changes.
_FORMAT = 4
_PACKAGE = Path(__file__).resolve().parents[1]
# Libraries whose data shape the tables (babel: CLDR).
_LIBRARIES = ("babel",)


# The regular expression engine (no stubs: typed Any), looked up once, not for every
# pattern read back.
_SRE: Any = importlib.import_module("_sre")


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """What every cached table depends on besides its language: reconcile's code and data
    files, babel, the Python version and its regular expression engine."""
    parts = [f"tables/{_FORMAT}", sys.version, str(getattr(_SRE, "MAGIC", ""))]
    parts += _LOADED_FILES
    parts += cldrcache.library_stamps(_LIBRARIES)
    return sha256("\n".join(parts).encode("utf-8")).hexdigest()[:32]


def package_files() -> tuple[str, ...]:
    """"path:size:mtime" of every code and data file of the package (path relative to it,
    in path order), scanned now: loaded_files() is what this process's caches are keyed
    by."""
    # os.scandir, not Path.rglob or os.walk: every run computes this, and the entries of a
    # scan carry their names and types (no path joined, no folder stat per name).
    found: list[tuple[tuple[str, ...], str]] = []
    folders: list[tuple[str, tuple[str, ...]]] = [(str(_PACKAGE), ())]
    while folders:
        folder, where = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if entry.is_dir():
                if not entry.is_symlink():  # as os.walk: a linked folder is not entered
                    folders.append((entry.path, (*where, name)))
            elif name.endswith((".py", ".toml")):
                info = entry.stat()
                parts = (*where, name)
                found.append((parts, f"{'/'.join(parts)}:{info.st_size}:{info.st_mtime_ns}"))
    return tuple(text for _, text in sorted(found))


# The files as they were when this process loaded its code, not when a table is first
# wanted: code changed under a running process (an upgrade, an edit) would otherwise have
# the old code's tables stored under the new files' key and read back by the new code.
_LOADED_FILES = package_files()


def loaded_files() -> tuple[str, ...]:
    """package_files() as this process found them when it loaded reconcile's code: what
    the table and result caches key their entries by."""
    return _LOADED_FILES


def entry_path(folder: Path, kind: str, code: str) -> Path:
    """Where the `kind` tables of language `code` are kept: named by the kind, a hash of
    the code and the fingerprint, so entries of an older fingerprint can be found."""
    return folder / f"{_entry_prefix(kind, code)}{fingerprint()}.pickle"


def _entry_prefix(kind: str, code: str) -> str:
    # The installation's place is part of the name, so that two installations sharing the
    # cache folder (a pre-commit hook's environment and a development checkout) do not
    # prune each other's entries, each rebuilding its tables from CLDR on every other run.
    install = sha256(str(_PACKAGE).encode()).hexdigest()[:8]
    return f"tables-{kind}-{sha256(code.encode()).hexdigest()[:12]}-{install}-"


def cached(kind: str, code: str, build: Callable[[], T]) -> T:
    """The `kind` tables of language `code`: read from the cache folder when built before,
    else `build()` (then stored). A profile inside them is stored by its code and read
    back through get_profile, so it is neither stored twice nor built twice."""
    folder = cldrcache.cache_dir()
    if folder is None:
        return build()
    path = entry_path(folder, kind, code)
    try:
        data = path.read_bytes()
    except OSError:
        pass  # not cached yet
    else:
        try:
            value: T = _Unpickler(io.BytesIO(data)).load()
            return value
        except Exception:  # any damaged entry is rebuilt, never an error
            pass
    value = build()
    _write(path, value)
    _prune(path, _entry_prefix(kind, code))
    return value


def cached_for(kind: str, code: str, key: str, build: Callable[[], T]) -> T:
    """`build()` for an input named by `key` (what the value depends on besides the code,
    as text), kept in one slot per kind and code: another key rebuilds the value and
    takes the slot (so inputs that vary, such as a story's alias files, do not pile up)."""
    folder = cldrcache.cache_dir()
    if folder is None:
        return build()
    path = entry_path(folder, kind, code)
    try:
        stored_key, stored = _Unpickler(io.BytesIO(path.read_bytes())).load()
    except Exception:  # not cached yet, or a damaged entry: rebuilt, never an error
        pass
    else:
        if stored_key == key:
            value: T = stored
            return value
    value = build()
    _write(path, (key, value))
    _prune(path, _entry_prefix(kind, code))
    return value


def _prune(path: Path, prefix: str) -> None:
    """Delete the entries of the same tables of this installation under other fingerprints
    (an older reconcile, babel or Python): they would never be read again."""
    try:
        for old in path.parent.glob(f"{prefix}*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass


def patterns(module: str, sources: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The regular expressions `sources` compiled, read from the cache when compiled before:
    for patterns a module needs at import whose wide Unicode classes take milliseconds each
    to compile (the key holds the sources, so an edited pattern is compiled again)."""
    return cached("patterns", f"{module}\0{sources!r}",
                  lambda: tuple(re.compile(source) for source in sources))


def _write(path: Path, value: Any) -> None:
    """Pickle atomically (temporary file, then rename); an unwritable folder is skipped,
    and so is a value that cannot be pickled."""
    try:
        data = _dumps(value)
    except (_pickle.PicklingError, TypeError, AttributeError):
        return
    import tempfile  # only when a table was built: most runs write nothing

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
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


def _dumps(value: Any) -> bytes:
    """`value` pickled as the cache stores it."""
    # Only when a table was built (most runs write nothing): the pure Python pickle module
    # comes with pickletools.
    import pickletools

    buffer = io.BytesIO()
    _Pickler(buffer, value).dump(value)
    # The pickler keeps every object it writes in the memo, in case it is met again; four
    # in five never are. Dropping their memo entries (what optimize does: the pickle reads
    # back the same objects, shared as before) saves a cold diff 6 M of its 1,338 M
    # instructions.
    return pickletools.optimize(buffer.getvalue())


# --- fields read back on first use -----------------------------------------------------------

# The key, in a stored instance's __dict__, of its fields kept for later (pickled apart).
_LATER = "_tablecache_later"
# The class attribute naming a class's fields kept for later.
_LATER_FIELDS = "_tablecache_later_fields"


class Later:
    """A field of a table class read back from the cache only when it is first read.

    keep_for_later(cls, names) sets one on the class for each named field: a stored
    instance keeps those fields pickled apart, as bytes, and this descriptor unpickles
    them into the instance's __dict__ at the first read of one of them. It is a non-data
    descriptor, so an attribute read finds the instance's own field first (a built
    instance, or one whose fields are read back), and reads of the other fields of the
    class are not slowed. For large fields that most runs never read."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        state = obj.__dict__
        if _LATER not in state:
            raise AttributeError(self.name)
        state.update(_Unpickler(io.BytesIO(state[_LATER])).load())
        del state[_LATER]
        return state[self.name]


def keep_for_later(cls: type, names: tuple[str, ...]) -> None:
    """Store the fields `names` of the dataclass `cls` apart in the cache, read back on
    first use (Later)."""
    fields = getattr(cls, "__dataclass_fields__", {})
    for name in names:
        if name not in fields:
            raise ValueError(f"{cls.__name__} has no field {name!r}")
        setattr(cls, name, Later(name))
    setattr(cls, _LATER_FIELDS, names)


def _reduce_later(obj: Any, names: tuple[str, ...]) -> tuple[Any, ...]:
    """An instance of a class with fields kept for later, pickled as the default reduction
    of a dataclass (copyreg.__newobj__ and its __dict__) with those fields pickled apart."""
    import copyreg

    state = dict(obj.__dict__)
    later = {name: state.pop(name) for name in names if name in state}
    if later:
        state[_LATER] = _dumps(later)
    return copyreg.__newobj__, (type(obj),), state  # type: ignore[attr-defined]  # no stub


# --- regular expressions stored compiled -----------------------------------------------------


def rebuild_pattern(source: str, flags: int, compiled: tuple[Any, ...] | None
                    ) -> re.Pattern[str]:
    """A pattern from its stored compiled code, or from its source when there is none or
    this Python cannot take it. The code words are stored as the bytes of an array (read
    back far faster than a pickled list of thousands of ints)."""
    if compiled is not None:
        try:
            final, words, *rest = compiled
            pattern: re.Pattern[str] = _SRE.compile(source, final,
                                                    array("I", words).tolist(), *rest)
            return pattern
        except Exception:  # another engine: compile the source below
            pass
    return re.compile(source, flags)


def _compiled_code(pattern: re.Pattern[str]) -> tuple[Any, ...] | None:
    """The arguments after the source that re.compile gives `_sre.compile` for `pattern`,
    its code words packed as array bytes (rebuild_pattern unpacks them), or None when they
    cannot be found again exactly (reconcile.gencode.compiled_args)."""
    from reconcile.gencode import compiled_args

    args = compiled_args(pattern)
    if args is None:
        return None
    final, words, *rest = args
    try:
        packed = array("I", words)
    except OverflowError:
        return None
    return (final, packed.tobytes(), *rest) if packed.tolist() == words else None


def _reduce_pattern(pattern: re.Pattern[str]) -> tuple[Any, ...]:
    if not isinstance(pattern.pattern, str):
        return re.compile, (pattern.pattern, pattern.flags)
    return rebuild_pattern, (pattern.pattern, pattern.flags, _compiled_code(pattern))


def read_only(table: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    """A stored mapping proxy, read back (pickle cannot name the proxy type itself)."""
    return MappingProxyType(table)


def _reduce_proxy(proxy: MappingProxyType[Any, Any]) -> tuple[Any, ...]:
    return read_only, (dict(proxy),)


class _Pickler(_pickle.Pickler):
    """Pickles language tables: mapping proxies as their dicts, patterns with their code,
    a language profile inside other tables as its code."""

    def __init__(self, file: io.BytesIO, root: object) -> None:
        super().__init__(file, protocol=-1)  # -1: pickle.HIGHEST_PROTOCOL
        self.root = root
        self.dispatch_table = {re.Pattern: _reduce_pattern, MappingProxyType: _reduce_proxy}

    def reducer_override(self, obj: Any) -> Any:
        names = getattr(type(obj), _LATER_FIELDS, None)
        return NotImplemented if names is None else _reduce_later(obj, names)

    def persistent_id(self, obj: Any) -> Any:
        from reconcile.lang import LanguageProfile

        if obj is not self.root and type(obj) is LanguageProfile:
            return ("profile", obj.code)
        return None


class _Unpickler(_pickle.Unpickler):
    def persistent_load(self, pid: Any) -> Any:
        from reconcile.lang import get_profile

        kind, code = pid
        if kind != "profile":
            raise _pickle.UnpicklingError(f"unknown stored reference {pid!r}")
        return get_profile(code)

"""Code a run makes from text, compiled once and kept between runs of the console script.

Python 3.11 writes each dataclass's methods (__init__, __repr__, __eq__, __hash__, and for
a frozen class __setattr__ and __delattr__) as source text when the class is created, and
parses and compiles every one (a named tuple's __new__ likewise): some 300 texts in a cold
`reconcile diff`, about a tenth of its instructions. Its regular expressions (some 100,
most compiled when a module is imported) are parsed and compiled again in every process
too, another twentieth. The result depends only on the text (and the flags) for a given
Python, so, as Python keeps a module's code in a .pyc, the console script keeps it
(marshal data) in the user's cache folder (reconcile.cachefolder: RECONCILE_CACHE_DIR,
empty to switch it off), keyed by the interpreter and its version, and uses it instead of
compiling again.

Only the console script (reconcile.entry) installs this, for its own process, before it
loads click and the CLI, and reads the file at once: the `exec` the dataclasses module
calls (its one use), the `eval` collections.namedtuple calls and the `compile` of
typing.ForwardRef (a NamedTuple's or TypedDict's string annotation, some 60 a run, click's
included, each parsed and compiled again: about 11 M instructions) are shadowed by a
module attribute of the same name, and re._compiler.compile is wrapped. The code run is
the code Python would have compiled from that text (compiled the same way: none of these
modules has a __future__ import to inherit); a pattern is kept only when the one rebuilt
from what is kept compares equal to the one compiled (Pattern equality compares the
compiled code), as lang/tablecache.py keeps the patterns of the language tables. Library
callers' processes are left alone. A damaged or unreadable file is ignored; an unwritable
folder is skipped.

While installed, the dataclasses module's pattern for the first names of a string
annotation (_MODULE_IDENTIFIER_RE, matched twice for every field of every dataclass, to
tell ClassVar and InitVar fields) is also shadowed, by one that remembers its match of each
text: some 2,100 matches a cold diff, of 140 texts (8 M instructions fewer).

The file holds each text's entry as its own marshal data, and a run maps the file (mmap)
and reads only the entries it meets: a run uses some 600 of the 900 (the file also keeps
entries of other commands), where reading and decoding the whole file cost every run,
--help included, some 700 page faults. The format (native byte order: the file is this
machine's): a tag (FORMAT, naming the byte order), the number of entries n, n index hashes
(4 bytes each, the CRC-32 of the entry's key), then 2n + 1 offsets (4 bytes each) that bound
each entry's marshal data and key, then the entries, each its marshal data followed by its
key's bytes (_key_bytes; marshal ignores what follows its data, so an entry is decoded as
it lies in the map, uncopied). A lookup hashes the key, finds the first entry of that hash
through a dict made at once from the index, and takes the entry only when it ends with the
key, which has the key's length (else the next entry of that hash, if any: a collision
costs a little time, never a wrong entry). A file with another tag (an older format), or
whose offsets do not span it exactly (truncated, appended to), is ignored as a damaged one
is; the file is only ever replaced (os.replace), never written in place, so a mapped file
does not change under a run. A pattern's code is kept as the bytes of an array of code
words, which reads back far faster than a list of a thousand ints.
"""

from __future__ import annotations

import builtins
import importlib
import marshal
import mmap
import os
import re
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

# A file is rewritten with the entries of the run that rewrites it, then the others it
# held, latest run's first, up to this many times as many in all: the classes and patterns
# of the commands a user runs in turn stay, those of older versions and of one-off inputs
# (a pattern made from data) go, and reading the file stays cheap.
KEEP_FACTOR = 2
_DEBUG = 128  # re.DEBUG: such a pattern prints its parse whenever it is compiled
# A dataclass method's maker with at least this many more parameters is called by position
# (_by_position); with fewer, calling it by name costs less than the wrapper.
_MANY_NAMES = 12
# The file's first bytes: its format and byte order (a file of an older format, another
# machine's or not one of these at all is ignored). The number of entries, the index
# hashes and the offsets after it are native unsigned ints ("I").
FORMAT = b"rcgen2" + sys.byteorder[0].encode() + b"\n"
_COUNT = len(FORMAT)  # where the number of entries is
_HASHES = _COUNT + array("I").itemsize  # where the index hashes begin


def cache_file() -> Path | None:
    """Where the code is kept for this Python, or None when the cache folder is off."""
    from reconcile.cachefolder import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    # The interpreter and its exact version: bytecode and regex code are fixed within it.
    return folder / f"generated-code-{sys.implementation.cache_tag}-{sys.hexversion:x}.marshal"


def compiled_args(pattern: Any) -> tuple[Any, ...] | None:
    """The arguments after the source that re.compile gives `_sre.compile` for `pattern`
    (a str or bytes pattern), or None when they cannot be found again exactly (checked:
    the rebuilt pattern must compare equal, code included)."""
    try:
        parser: Any = importlib.import_module("re._parser")
        compiler: Any = importlib.import_module("re._compiler")
        parsed = parser.parse(pattern.pattern, pattern.flags)
        code = compiler._code(parsed, pattern.flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        args = (pattern.flags | parsed.state.flags, [int(op) for op in code],
                parsed.state.groups - 1, groupindex, tuple(indexgroup))
        if importlib.import_module("_sre").compile(pattern.pattern, *args) != pattern:
            return None
    except Exception:  # CPython internals moved: keep nothing
        return None
    return args


class CodeCache:
    """Compiled code by compile mode and source text, and regex code by pattern and flags:
    read from `path` on first use, added to as texts are met, written back by save() when
    one was new."""

    def __init__(self, path: Path, compile_pattern: Callable[[Any, Any], Any] | None = None
                 ) -> None:
        self.path = path
        # The file's entries, mapped on first use (--help: at once too, by the console script).
        self.kept: KeptFile | None = None
        # Each key met this run (read or new), in the order met, with its entry (its marshal
        # data followed by the key's bytes, as the file keeps it).
        self.used: dict[Any, Entry] = {}
        self.added = False
        self._compile_pattern = compile_pattern  # re._compiler.compile, when wrapped
        # What install() set: (module, attribute, its value before or _ABSENT, new value).
        self.shadowed: list[tuple[ModuleType, str, Any, Any]] = []

    def read(self) -> None:
        """Read the file now rather than at the first dataclass made (the console script
        does, so that the patterns and named tuples made before are kept too)."""
        self._entries()

    def _entries(self) -> KeptFile:
        if self.kept is None:
            self.kept = _read(self.path)
        return self.kept

    def _code(self, source: str, mode: str) -> CodeType:
        kept = self._entries()
        key = f"{mode}\0{source}"
        entry = self.used.get(key)
        if entry is None:
            entry = kept.find(key.encode("utf-8", "surrogatepass"))  # _key_bytes, inline
        code = _decoded_code(entry) if entry is not None else None
        if entry is None or code is None:
            code = compile(source, "<string>", mode, dont_inherit=True)
            entry = marshal.dumps(code) + _key_bytes(key)
            self.added = True
        self.used[key] = entry
        return code

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        """builtins.exec, with a source text's code taken from the cache."""
        if not isinstance(source, str):
            builtins.exec(source, globals, locals)
            return
        builtins.exec(self._code(source, "exec"), globals, locals)
        if (source.startswith("def __create_fn__(") and isinstance(locals, dict)
                and source.count(",", 0, source.find(")")) >= _MANY_NAMES):
            maker = locals.get("__create_fn__")
            if callable(maker):
                locals["__create_fn__"] = _by_position(maker)

    def eval(self, source: Any, globals: Any = None, locals: Any = None, /) -> Any:
        """builtins.eval, with a source text's code taken from the cache (once the file
        was read: by the console script at once, else for the first dataclass)."""
        if isinstance(source, str) and self.kept is not None:
            source = self._code(source, "eval")
        return builtins.eval(source, globals, locals)

    def compile_source(self, source: Any, filename: Any, mode: Any, flags: Any = 0,
                       dont_inherit: Any = False, optimize: Any = -1) -> Any:
        """builtins.compile, with the code of an expression compiled as typing.ForwardRef
        compiles it (`compile(text, "<string>", "eval")`) taken from the cache (once the
        file was read). typing has no __future__ import, so what it would inherit is
        nothing: any other call is compiled as asked, inheriting nothing either."""
        if (isinstance(source, str) and filename == "<string>" and mode == "eval"
                and not flags and optimize == -1 and self.kept is not None):
            return self._code(source, "eval")
        return builtins.compile(source, filename, mode, flags, True, optimize)

    def compile(self, pattern: Any, flags: Any = 0) -> Any:
        """re._compiler.compile, with a pattern's code (str or bytes) taken from the cache."""
        original = self._compile_pattern
        assert original is not None
        # Patterns are looked up once the file was read (read(), or for a dataclass): a
        # library caller's process that makes none compiles its few patterns.
        kept = self.kept
        if kept is None or not isinstance(pattern, (str, bytes)) or int(flags) & _DEBUG:
            return original(pattern, flags)
        key = (pattern, int(flags))
        entry = self.used.get(key)
        if entry is None:
            entry = kept.find(_key_bytes(key))
        if entry is not None:
            try:
                flags_, words, groups, groupindex, indexgroup = marshal.loads(entry)
                compiled = importlib.import_module("_sre").compile(
                    pattern, flags_, array("I", words).tolist(), groups, groupindex,
                    indexgroup)
                self.used[key] = entry
                return compiled
            except Exception:  # damaged, or not this engine's code: compile the text
                pass
        compiled = original(pattern, flags)
        args = compiled_args(compiled)
        if args is not None and (data := _pattern_data(args)) is not None:
            self.used[key] = data + _key_bytes(key)
            self.added = True
        return compiled

    def known(self) -> frozenset[Any]:
        """The keys met so far this run (a forked worker's starting point: met_since)."""
        return frozenset(self.used)

    def met_since(self, known: frozenset[Any]) -> dict[Any, bytes]:
        """The entries met this run besides `known` (a forked worker's, sent back to the
        process that forked it: adopt)."""
        return {key: bytes(entry) for key, entry in self.used.items() if key not in known}

    def adopt(self, entries: dict[Any, bytes], added: bool) -> None:
        """Keep entries another process met (a forked worker's, met_since) as if met here:
        they are saved with this run's; `added` when it compiled a text the file lacks."""
        for key, entry in entries.items():
            self.used.setdefault(key, entry)
        self.added = self.added or added

    def save(self) -> None:
        """Write the file (atomically) when this run compiled a text it did not hold."""
        if not self.added or self.kept is None:
            return
        import tempfile  # only when a text was new: most runs write nothing

        # This run's entries, then the file's in its order (each write puts its run's
        # entries first, so the file runs from the latest run to the oldest).
        keep = {_key_bytes(key): entry for key, entry in self.used.items()}
        limit = KEEP_FACTOR * len(keep)
        for key_bytes, entry in self.kept.entries():
            if len(keep) >= limit:
                break
            keep.setdefault(key_bytes, entry)
        try:
            data = _file_data(keep)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-", suffix=".marshal")
        except (OSError, ValueError, OverflowError):
            return
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, self.path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
        self.added = False


# An entry as read: a view of the mapped file, or bytes when made by this run.
Entry = bytes | memoryview


class KeptFile:
    """The entries of a file (its bytes, or a map of it), each found by its key's index
    hash and read only then."""

    def __init__(self, data: bytes | mmap.mmap = b"", hashes: array[int] | None = None,
                 bounds: array[int] | None = None) -> None:
        self.data = data
        # An entry is handed out as a view of the map, not copied: a diff meets some 0.9 MB
        # of entries, whose copies cost it 180 page faults.
        self.view = memoryview(data)
        self.hashes: array[int] = array("I") if hashes is None else hashes
        # Entry i is data[bounds[2i]:bounds[2i + 2]], its key from bounds[2i + 1] on.
        self.bounds: array[int] = array("I", [0]) if bounds is None else bounds
        # The first entry of each index hash (the index read backwards: a later entry of
        # the same hash does not replace it).
        count = len(self.hashes)
        self.first = dict(zip(reversed(self.hashes), range(count - 1, -1, -1), strict=True))

    def find(self, key: bytes) -> Entry | None:
        """The entry kept for `key` (_key_bytes): its marshal data followed by `key`."""
        wanted = zlib.crc32(key)
        entry = self.first.get(wanted)
        while entry is not None:
            bounds = self.bounds
            at = 2 * entry
            split, end = bounds[at + 1], bounds[at + 2]
            # The whole entry: marshal.loads reads the data and ignores the key after it.
            if end - split == len(key) and self.data.find(key, split, end) == split:
                return self.view[bounds[at]:end]
            try:  # another key of the same index hash (a collision)
                entry = self.hashes.index(wanted, entry + 1)
            except ValueError:
                entry = None
        return None

    def entries(self) -> Iterator[tuple[bytes, Entry]]:
        """Each entry's key and the entry, in the file's order."""
        bounds, data = self.bounds, self.data
        for at in range(0, 2 * len(self.hashes), 2):
            yield data[bounds[at + 1]:bounds[at + 2]], self.view[bounds[at]:bounds[at + 2]]


def _read(path: Path) -> KeptFile:
    """The file's entries, or none when it is missing, unreadable or not of this format."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return KeptFile()
    try:
        # Mapped, not read: only the pages of the entries met are ever touched.
        data = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # ValueError: an empty file
        return KeptFile()
    finally:
        os.close(fd)  # the map keeps its own
    return _parsed(data)


def _parsed(data: bytes | mmap.mmap) -> KeptFile:
    """The entries of a file's bytes (none when they are not of this format, or when its
    offsets do not end where the file ends: truncated, or written to by something else)."""
    size = array("I").itemsize
    if len(data) < _HASHES or data[:_COUNT] != FORMAT:
        return KeptFile()
    count = array("I", data[_COUNT:_HASHES])[0]
    offsets = _HASHES + count * size
    start = offsets + (2 * count + 1) * size
    if len(data) < start:
        return KeptFile()
    bounds = array("I", data[offsets:start])
    if bounds[0] != start or bounds[-1] != len(data):
        return KeptFile()
    return KeptFile(data, array("I", data[_HASHES:offsets]), bounds)


def _file_data(entries: dict[bytes, Entry]) -> bytes:
    """A file's bytes holding `entries` (each key's bytes: its entry, the marshal data
    followed by those bytes), in their order (OverflowError when too large for the
    format's 4-byte offsets)."""
    count = len(entries)
    position = _HASHES + (3 * count + 1) * array("I").itemsize
    bounds = array("I", [position])
    for key, entry in entries.items():
        position += len(entry)
        bounds.extend((position - len(key), position))
    parts: list[Entry] = [FORMAT, array("I", [count]).tobytes(),
             array("I", map(zlib.crc32, entries)).tobytes(), bounds.tobytes()]
    parts += entries.values()
    return b"".join(parts)


def _key_bytes(key: str | tuple[str | bytes, int]) -> bytes:
    """A key as the file keeps it: a code entry's text (mode, NUL, source) in UTF-8, or a
    pattern's flags and text ("re" for a str pattern, "rb" for bytes: no code entry's mode
    is either)."""
    if isinstance(key, str):
        return key.encode("utf-8", "surrogatepass")
    pattern, flags = key
    if isinstance(pattern, str):
        return f"re\0{flags}\0{pattern}".encode("utf-8", "surrogatepass")
    return b"rb\0%d\0" % flags + pattern


def _decoded_code(data: Entry) -> CodeType | None:
    """A kept code entry, or None when it is damaged."""
    try:
        code = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return None
    return code if isinstance(code, CodeType) else None


def _pattern_data(args: tuple[Any, ...]) -> bytes | None:
    """A pattern entry's marshal data: compiled_args with the code words as the bytes of
    an array (None when they do not fit one)."""
    flags, words, groups, groupindex, indexgroup = args
    try:
        packed = array("I", words)
    except OverflowError:
        return None
    if packed.tolist() != words:
        return None
    return marshal.dumps((flags, packed.tobytes(), groups, groupindex, indexgroup))


def _by_position(maker: Callable[..., Any]) -> Callable[..., Any]:
    # The dataclasses module's `__create_fn__(**locals)` call, made by position: its
    # parameters are the names of `locals` in order (the module writes them from
    # locals.keys()), so the call binds the same values. By name, each argument's name is
    # compared with the parameters' names one by one (a name made at run time is not the
    # identical string object), which grows with the square of a class's fields: some
    # 3 M instructions for the language profile's 142 (cold diff -1.9 M in all). A
    # comment, not a docstring: this module is loaded by every run, --help included.
    def call(**arguments: Any) -> Any:
        return maker(*arguments.values())

    return call


class _FirstNames(dict[str, Any]):
    """dataclasses._MODULE_IDENTIFIER_RE while installed: its `match` is the original
    pattern's, remembered by text (a Match is read only; the dataclasses module matches
    this pattern in _is_type alone, on string annotations: many fields share a type)."""

    def __init__(self, compiled: re.Pattern[str]) -> None:
        super().__init__()
        self.compiled = compiled
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.match = self.__getitem__  # a hit is a dict lookup, with no Python frame

    def __missing__(self, text: str) -> Any:
        found = self[text] = self.compiled.match(text)
        return found


_ABSENT = object()  # a shadowed attribute the module did not have


def _shadows(cache: CodeCache) -> list[tuple[ModuleType, str, Any]]:
    """The module attributes to set while installed, with their replacements: a builtin
    that makes code (where the module still makes code that way and has no attribute of
    that name), and the dataclasses module's annotation pattern."""
    import collections
    import dataclasses
    import typing

    found: list[tuple[ModuleType, str, Any]] = []
    if hasattr(dataclasses, "_create_fn") and not hasattr(dataclasses, "exec"):
        found.append((dataclasses, "exec", cache.exec))
    if not hasattr(collections, "eval"):
        found.append((collections, "eval", cache.eval))
    if hasattr(typing, "ForwardRef") and not hasattr(typing, "compile"):
        found.append((typing, "compile", cache.compile_source))
    pattern = getattr(dataclasses, "_MODULE_IDENTIFIER_RE", None)
    if isinstance(pattern, re.Pattern) and hasattr(dataclasses, "_is_type"):
        found.append((dataclasses, "_MODULE_IDENTIFIER_RE", _FirstNames(pattern)))
    return found


def install(*, read: bool = False) -> CodeCache | None:
    """Make dataclasses, named tuples, forward references and regular expressions use kept
    code (None: no cache folder). Call save() and then uninstall() on the result at the end
    of the run.

    `read`: read the file at once (CodeCache.read), before the dataclasses module is
    loaded, so that the patterns it and the modules it loads (inspect, tokenize) compile
    are kept too (the console script)."""
    path = cache_file()
    if path is None:
        return None
    compiler: Any = getattr(re, "_compiler", None)
    original = getattr(compiler, "compile", None)
    cache = CodeCache(path, original if callable(original) else None)
    if cache._compile_pattern is not None:
        compiler.compile = cache.compile
    if read:
        cache.read()
    # Loads dataclasses (and inspect) if not yet loaded.
    for module, name, replacement in _shadows(cache):
        cache.shadowed.append((module, name, getattr(module, name, _ABSENT), replacement))
        setattr(module, name, replacement)
    return cache


def uninstall(cache: CodeCache) -> None:
    """Give the modules back their builtins and attributes, and re its compiler."""
    for module, name, before, replacement in reversed(cache.shadowed):
        if getattr(module, name, None) is replacement:
            if before is _ABSENT:
                delattr(module, name)
            else:
                setattr(module, name, before)
    cache.shadowed.clear()
    compiler: Any = getattr(re, "_compiler", None)
    if cache._compile_pattern is not None and getattr(compiler, "compile", None) == \
            cache.compile:
        compiler.compile = cache._compile_pattern


def installed() -> CodeCache | None:
    """The cache install() put in place in this process and not yet uninstalled (it stands
    as re's compiler, or as a shadowed builtin when re's compiler could not be wrapped),
    else None."""
    import dataclasses

    compiler: Any = getattr(re, "_compiler", None)
    for maker in (getattr(compiler, "compile", None), getattr(dataclasses, "exec", None)):
        cache = getattr(maker, "__self__", None)
        if isinstance(cache, CodeCache):
            return cache
    return None

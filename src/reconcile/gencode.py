"""The compiled code of dataclass methods and named tuples, kept between runs of the
console script.

Python 3.11 writes each dataclass's methods (__init__, __repr__, __eq__, __hash__, and for
a frozen class __setattr__ and __delattr__) as source text when the class is created, and
parses and compiles every one (a named tuple's __new__ likewise): some 300 in a cold
`reconcile diff`, about a tenth of its instructions. The text depends only on the class's
fields, and compiling it gives the same code in every process, as compiling a module does;
so, as Python keeps a module's code in a .pyc, the console script keeps this code (marshal
data) in the user's cache folder (reconcile.cachefolder: RECONCILE_CACHE_DIR, empty to
switch it off), keyed by the Python version, and runs it instead of compiling the text.

Only entry_point installs it, for its own process, by shadowing the builtin the
dataclasses module calls (exec, its one use) and the one collections.namedtuple calls
(eval) with a module attribute of the same name; the code run is the code Python would
have compiled from that text (compiled the same way: neither module has a __future__
import to inherit). Library callers' processes are left alone. A damaged or unreadable
file is ignored; an unwritable folder is skipped.
"""

from __future__ import annotations

import builtins
import marshal
import os
import sys
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

# When the file holds more texts than this (many upgrades' worth), it is rewritten with
# those of the run alone.
MAX_ENTRIES = 4000


def cache_file() -> Path | None:
    """Where the code is kept for this Python, or None when the cache folder is off."""
    from reconcile.cachefolder import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    # The interpreter and its exact version: the bytecode format is fixed within it.
    return folder / f"generated-code-{sys.implementation.cache_tag}-{sys.hexversion:x}.marshal"


class CodeCache:
    """Compiled code by compile mode and source text: read from `path`, added to as texts
    are met, written back by save() when a text was new."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.known: dict[str, CodeType] | None = None  # read on first use (--help: never)
        self.used: dict[str, CodeType] = {}
        self.added = False

    def _code(self, source: str, mode: str) -> CodeType:
        if self.known is None:
            self.known = _read(self.path)
        key = f"{mode}\0{source}"
        code = self.known.get(key)
        if code is None:
            code = compile(source, "<string>", mode, dont_inherit=True)
            self.known[key] = code
            self.added = True
        self.used[key] = code
        return code

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        """builtins.exec, with a source text's code taken from the cache."""
        if isinstance(source, str):
            source = self._code(source, "exec")
        builtins.exec(source, globals, locals)

    def eval(self, source: Any, globals: Any = None, locals: Any = None, /) -> Any:
        """builtins.eval, with a source text's code taken from the cache."""
        if isinstance(source, str):
            source = self._code(source, "eval")
        return builtins.eval(source, globals, locals)

    def save(self) -> None:
        """Write the file (atomically) when this run compiled a text it did not hold."""
        if not self.added or self.known is None:
            return
        import tempfile  # only when a text was new: most runs write nothing

        keep = self.known if len(self.known) <= MAX_ENTRIES else self.used
        try:
            data = marshal.dumps(keep)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-", suffix=".marshal")
        except (OSError, ValueError):
            return
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, self.path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
        self.added = False


def _read(path: Path) -> dict[str, CodeType]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, CodeType)}


def _shadowed() -> list[tuple[ModuleType, str]]:
    """The modules whose code-making builtin is shadowed, and its name (when the module
    still makes code that way and has no such attribute of its own)."""
    import collections
    import dataclasses

    found = []
    if hasattr(dataclasses, "_create_fn") and not hasattr(dataclasses, "exec"):
        found.append((dataclasses, "exec"))
    if not hasattr(collections, "eval"):
        found.append((collections, "eval"))
    return found


def install() -> CodeCache | None:
    """Make dataclasses and named tuples run cached code (None: no cache folder). Call
    save() and then uninstall() on the result at the end of the run."""
    path = cache_file()
    if path is None:
        return None
    cache = CodeCache(path)
    for module, name in _shadowed():
        setattr(module, name, getattr(cache, name))
    return cache


def uninstall(cache: CodeCache) -> None:
    """Give the modules back the builtins."""
    import collections
    import dataclasses

    for module, name in ((dataclasses, "exec"), (collections, "eval")):
        if getattr(module, name, None) == getattr(cache, name):
            delattr(module, name)

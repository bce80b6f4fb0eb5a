"""The console script's cache of the code dataclasses and named tuples generate
(reconcile.gencode): the same classes, the same output, compiled once (issue #19)."""

from __future__ import annotations

import collections
import dataclasses
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

import pytest

from reconcile import gencode

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "openai-musk"


def _make() -> tuple[type, type]:
    @dataclasses.dataclass(frozen=True)
    class Thing:
        """A frozen dataclass with defaults and a factory, as the model's."""

        name: str
        value: Decimal | None = None
        tags: tuple[str, ...] = ()
        extra: dict[str, int] = dataclasses.field(default_factory=dict, compare=False)

    class Pair(NamedTuple):
        left: int
        right: str = "r"

    return Thing, Pair


def _methods(cls: type) -> dict[str, object]:
    names = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__",
             "__new__")
    out = {}
    for name in names:
        function = cls.__dict__.get(name)
        code = getattr(getattr(function, "__func__", function), "__code__", None)
        if code is not None:
            out[name] = (code.co_code, code.co_consts, code.co_names, code.co_varnames,
                         code.co_flags, code.co_filename, code.co_qualname)
    return out


def _with_cache(folder: Path, monkeypatch: pytest.MonkeyPatch
                ) -> tuple[tuple[type, type], gencode.CodeCache]:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(folder))
    cache = gencode.install()
    assert cache is not None
    try:
        made = _make()
    finally:
        cache.save()
        gencode.uninstall(cache)
    return made, cache


def test_cached_code_is_the_code_python_compiles(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _make()
    (first, written), (second, read) = (_with_cache(tmp_path, monkeypatch) for _ in range(2))
    assert written.added is False and read.added is False  # saved, then all read back
    assert written.used and read.used.keys() == written.used.keys()
    for made in (first, second):
        for cls, reference in zip(made, plain, strict=True):
            assert _methods(cls) == _methods(reference)
    thing, pair = second
    a = thing("x", Decimal("1.5"), ("t",))
    assert a == thing("x", Decimal("1.5"), ("t",), {"ignored": 1})
    assert hash(a) == hash(thing("x", Decimal("1.5"), ("t",)))
    assert repr(a) == repr(plain[0]("x", Decimal("1.5"), ("t",))) \
        == "_make.<locals>.Thing(name='x', value=Decimal('1.5'), tags=('t',), extra={})"
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.name = "y"  # type: ignore[misc]
    assert pair(1) == (1, "r")


def _make_wide() -> type:
    # Twenty fields: the methods' makers have enough parameters to be called by position.
    namespace: dict[str, object] = {"dataclasses": dataclasses}
    fields = "".join(f"    f{i}: int = {i}\n" for i in range(18))
    exec("@dataclasses.dataclass(frozen=True)\nclass Wide:\n    \"\"\"Wide.\"\"\"\n"
         "    head: str\n" + fields
         + "    tail: list[int] = dataclasses.field(default_factory=list, compare=False)\n",
         namespace)
    return namespace["Wide"]  # type: ignore[return-value]


def test_a_wide_dataclass_made_by_position_is_the_same(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch
                                                       ) -> None:
    plain = _make_wide()
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    wrapped: list[object] = []
    by_position = gencode._by_position
    monkeypatch.setattr(gencode, "_by_position",
                        lambda maker: wrapped.append(maker) or by_position(maker))
    for _ in range(2):  # compiled and kept, then read back
        cache = gencode.install(read=True)
        assert cache is not None
        try:
            wide = _make_wide()
        finally:
            cache.save()
            gencode.uninstall(cache)
        assert wrapped  # __init__'s maker at least
        wrapped.clear()
        assert _methods(wide) == _methods(plain)
        a = wide("h", f3=33, f17=-1)
        b = plain("h", f3=33, f17=-1)
        assert (a.head, a.f0, a.f3, a.f16, a.f17, a.tail) == ("h", 0, 33, 16, -1, [])
        assert repr(a) == repr(b)
        assert a == dataclasses.replace(a, tail=[1]) and a != dataclasses.replace(a, f0=1)
        assert hash(a) == hash(wide("h", f3=33, f17=-1))
        assert [f.name for f in dataclasses.fields(a)] == [f.name for f in
                                                           dataclasses.fields(b)]


def test_the_builtins_are_given_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                     ) -> None:
    _with_cache(tmp_path, monkeypatch)
    assert not hasattr(dataclasses, "exec")
    assert not hasattr(collections, "eval")


def test_forward_references_and_annotation_names_while_installed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re
    import typing

    pattern = dataclasses._MODULE_IDENTIFIER_RE  # type: ignore[attr-defined]
    texts = ["str | None", "typing.ClassVar[int]", " dataclasses . InitVar", "ClassVar", "1x"]
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    for _ in range(2):  # compiled and written, then read back
        cache = gencode.install(read=True)
        assert cache is not None
        try:
            shadow = dataclasses._MODULE_IDENTIFIER_RE  # type: ignore[attr-defined]
            assert shadow is not pattern and shadow.pattern == pattern.pattern
            for text in texts * 2:
                found, fresh = shadow.match(text), pattern.match(text)
                assert (found and found.groups()) == (fresh and fresh.groups())
            # As typing compiles it: that module has no __future__ import to inherit.
            forward = typing.ForwardRef("tuple[str, ...] | None")
            assert forward.__forward_code__ == compile("tuple[str, ...] | None", "<string>",
                                                       "eval", dont_inherit=True)
            with pytest.raises(SyntaxError):
                typing.ForwardRef("not an expression")
            assert typing.compile("x", "other", "eval") == compile(  # type: ignore[attr-defined]
                "x", "other", "eval", dont_inherit=True)
        finally:
            cache.save()
            gencode.uninstall(cache)
        assert dataclasses._MODULE_IDENTIFIER_RE is pattern  # type: ignore[attr-defined]
        assert not hasattr(typing, "compile")
        assert isinstance(pattern, re.Pattern)


def test_no_cache_folder_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", "")
    assert gencode.install() is None


@pytest.mark.parametrize("damage", [b"", b"not marshal", b"\xe3\x00\x01", b"[1, 2]",
                                    gencode.FORMAT, gencode.FORMAT + b"\xff" * 40])
def test_a_damaged_file_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          damage: bytes) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    path = gencode.cache_file()
    assert path is not None
    path.write_bytes(damage)
    (thing, _), cache = _with_cache(tmp_path, monkeypatch)
    assert cache.used and thing("x").name == "x"
    assert gencode.CodeCache(path)._code("1 + 1", "eval") is not None  # rewritten, readable


def test_an_unwritable_folder_is_skipped(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    (thing, _), cache = _with_cache(blocker / "sub", monkeypatch)
    assert cache.added and thing("x").name == "x"


def _diff_json(cache: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "RECONCILE_CACHE_DIR": cache}
    done = subprocess.run([sys.executable, "-m", "reconcile", "diff", "--format", "json",
                           "--no-cache", "--quiet", str(CORPUS)], env=env,
                          capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 1, done.stderr
    return done.stdout


def test_the_console_script_writes_then_reads_it_with_the_same_report(tmp_path: Path
                                                                       ) -> None:
    without = _diff_json("")
    assert _diff_json(str(tmp_path)) == without  # compiles, and writes the file
    (written,) = tmp_path.glob("generated-code-*.marshal")
    size = written.stat().st_size
    assert _diff_json(str(tmp_path)) == without  # runs the code read back
    assert written.stat().st_size == size


PATTERNS = [(r"(?P<num>\d+(?:[.,]\d+)*)\s*(?:million|milliard|juta|万|億)", 0),
            (r"[^\W\d_]+(?:-[^\W\d_]+)*", 0), (r"\b(?:about|environ|sekitar)\b", 2),
            (r"(?<![0-9])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![0-9])", 0),
            (r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]+", 0), (r"a.b", 16)]


def test_kept_patterns_are_the_patterns_python_compiles(tmp_path: Path) -> None:
    import re

    original = re._compiler.compile  # type: ignore[attr-defined]
    path = tmp_path / "code.marshal"
    first = gencode.CodeCache(path, original)
    first._entries()  # read (as a dataclass would), so patterns are kept
    for pattern, flags in PATTERNS:
        assert first.compile(pattern, flags) == original(pattern, flags)
    assert first.added
    first.save()
    again = gencode.CodeCache(path, original)
    again._entries()
    for pattern, flags in PATTERNS:
        kept = again.compile(pattern, flags)
        fresh = original(pattern, flags)
        assert kept == fresh and kept.groupindex == fresh.groupindex
        assert kept.flags == fresh.flags and kept.groups == fresh.groups
    assert not again.added  # every one read back
    assert again.compile(r"(?P<x>1)", re.DEBUG) is not None  # printed, never kept
    assert again.compile(rb"\d+", 0) == original(rb"\d+", 0)  # bytes: compiled
    assert (r"(?P<x>1)", re.DEBUG) not in again.used


def test_before_any_dataclass_nothing_is_read(tmp_path: Path) -> None:
    import re

    path = tmp_path / "code.marshal"
    path.write_bytes(b"never read")
    cache = gencode.CodeCache(path, re._compiler.compile)  # type: ignore[attr-defined]
    assert cache.compile(r"x+", 0) == re.compile(r"x+")
    assert cache.eval("1 + 1") == 2
    assert cache.kept is None


def test_the_file_keeps_the_latest_runs_entries_first(tmp_path: Path) -> None:
    import re

    path = tmp_path / "code.marshal"
    old = gencode.CodeCache(path, re._compiler.compile)  # type: ignore[attr-defined]
    for n in range(10):
        old._code(f"x = {n}", "exec")
    old.save()
    run = gencode.CodeCache(path, re._compiler.compile)  # type: ignore[attr-defined]
    run._code("x = 0", "exec")  # read back
    run._code("y = 1", "exec")  # new: the file is rewritten
    run.save()
    kept = [key for key, _ in gencode.CodeCache(path)._entries().entries()]
    # The run's two entries, then the file's, up to twice as many in all.
    assert kept == [b"exec\0x = 0", b"exec\0y = 1", b"exec\0x = 1", b"exec\0x = 2"]


def _written(path: Path, texts: list[str]) -> None:
    cache = gencode.CodeCache(path)
    for text in texts:
        cache._code(text, "exec")
    cache.save()


def _read_back(path: Path, texts: list[str]) -> gencode.CodeCache:
    cache = gencode.CodeCache(path)
    for text in texts:
        assert cache._code(text, "exec") == compile(text, "<string>", "exec",
                                                     dont_inherit=True)
    return cache


TEXTS = [f"x = {n}" for n in range(5)] + ["y = 'caf\u00e9 \u4e07'"]


def test_the_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "code.marshal"
    _written(path, TEXTS)
    data = path.read_bytes()
    assert data.startswith(gencode.FORMAT)
    kept = gencode._parsed(data)
    assert [key for key, _ in kept.entries()] == [f"exec\0{t}".encode("utf-8", "surrogatepass")
                                                  for t in TEXTS]
    assert kept.find(b"exec\0x = 9") is None and kept.find(b"exec\0x = ") is None
    again = _read_back(path, TEXTS)
    assert not again.added and len(again.used) == len(TEXTS)
    assert gencode._parsed(gencode._file_data(dict(kept.entries()))).hashes == kept.hashes


def test_a_pattern_with_a_lone_surrogate_is_kept(tmp_path: Path) -> None:
    import re

    original = re._compiler.compile  # type: ignore[attr-defined]
    path = tmp_path / "code.marshal"
    for added in (True, False):  # compiled and written, then read back
        cache = gencode.CodeCache(path, original)
        cache.read()
        assert cache.compile("[\ud800-\udbff]x", 0) == original("[\ud800-\udbff]x", 0)
        assert cache.added is added
        cache.save()


def test_keys_of_one_index_hash_are_told_apart(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    class SameHash:
        @staticmethod
        def crc32(data: bytes) -> int:
            return 7  # every key: one index hash

    monkeypatch.setattr(gencode, "zlib", SameHash)
    path = tmp_path / "code.marshal"
    _written(path, TEXTS)
    kept = gencode._read(path)
    assert set(kept.hashes) == {7} and kept.first == {7: 0}
    again = _read_back(path, TEXTS)  # each found past the others of its hash
    assert not again.added
    assert kept.find(b"exec\0x = 9") is None


@pytest.mark.parametrize("damage", ["truncated", "appended", "an entry", "the offsets",
                                    "old format"])
def test_a_damaged_file_of_this_format_is_compiled_again(tmp_path: Path,
                                                         damage: str) -> None:
    import marshal

    path = tmp_path / "code.marshal"
    _written(path, TEXTS)
    data = bytearray(path.read_bytes())
    entries = len(data) - sum(len(e) for _, e in gencode._parsed(bytes(data)).entries())
    if damage == "truncated":
        del data[-3:]
    elif damage == "appended":
        data += b"\0"
    elif damage == "an entry":  # the last byte of every entry's key
        bounds = gencode._parsed(bytes(data)).bounds
        for end in bounds[2::2]:
            data[end - 1] ^= 1
    elif damage == "the offsets":
        data[entries - 8:entries] = b"\xff" * 8
    else:
        data[:] = marshal.dumps({f"exec\0{t}": b"?" for t in TEXTS})
    path.write_bytes(bytes(data))
    again = _read_back(path, TEXTS)
    assert again.added  # compiled: nothing taken from the damaged file
    again.save()
    assert not _read_back(path, TEXTS).added  # rewritten, readable

"""A share of a story's per-version work done in a second process, forked from this one.

A cold `reconcile diff` of one story spends about half its time reading the versions
(segmentation, language tables, extraction, the entities of each sentence: what
diff_story's per-version work makes), one after another, although each version's reading
depends on that version alone. On a machine with a second CPU free, `split_map` forks one
child that reads part of the versions while this process reads the rest; the child sends
its results back through a pipe (pickled) and exits. (The sentence alignment of each pair
of versions is independent too, but in a story of the bundled size each takes 1.5-4 ms,
and a child's first writes to the memory it shares with its parent cost it as much as it
would save: measured, not shared.) The result is the same list, in the same order, as
`[fn(x) for x in items]`: the work is a pure function of each item, and whatever goes
wrong in the child (an exception, a signal, a result that cannot be pickled) only means
this process does the child's share itself, as it would have without the child, and
raises what it raises.

Only the CLI asks for it (DiffOptions.split_versions, when stories are diffed one at a
time in this process); library callers and worker processes (--jobs, Dask) never fork. A
fork is made only where it is safe and pays: on Linux, with this process's only thread
running (a thread holding a lock at the fork would leave the child stuck on it), under no
debugger, profiler or coverage tracer (they would not see the child's work), with at least
two CPUs this process may run on, and with enough text for the child's share to outweigh
the fork (MIN_SHARE).

The console script keeps generated code between runs (reconcile.gencode): what the child
compiled for its versions (their languages' patterns) is sent back with its results and
kept by this process, so the next run finds it whichever process meets it.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NoReturn, Protocol, TypeVar

if TYPE_CHECKING:
    from reconcile.gencode import CodeCache

T = TypeVar("T")
R = TypeVar("R")


class Sharer(Protocol):
    """How a stage maps its independent pieces of work (a story's versions): `in_turn`, or
    `split_map`. The result is the list of `fn(x)`, in the order of `items`, either way;
    `cost` estimates each item's work."""

    def __call__(self, fn: Callable[[T], R], items: Sequence[T],
                 cost: Callable[[T], int]) -> list[R]: ...


def in_turn(fn: Callable[[T], R], items: Sequence[T], cost: Callable[[T], int]) -> list[R]:
    """The items one after another, here (a Sharer)."""
    return [fn(x) for x in items]


# The least estimated work (in the units of `split_map`'s cost: a version's UTF-8 bytes,
# about 2.5 µs each to analyse) the items besides the largest must hold for a fork to
# pay: a fork and its pickled results cost 2-3 ms, and a version's language tables are
# loaded by the process that takes it.
MIN_SHARE = 8_000
# Bytes of an item's index in the queue, and the most items shared (their indexes must fit
# in the pipe's buffer, 64 KiB on Linux, written before the fork).
_INDEX = 4
MAX_ITEMS = 4_096


def can_fork() -> bool:
    """Whether this process may fork a worker safely and to some gain (see the module)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    if threading.active_count() != 1:
        return False
    if sys.gettrace() is not None or sys.getprofile() is not None:
        return False  # a debugger, profiler or coverage run would not see the child's work
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return cpus >= 2


def split_map(fn: Callable[[T], R], items: Sequence[T], cost: Callable[[T], int]) -> list[R]:
    """`[fn(x) for x in items]`, shared with a forked child when `can_fork()` and the work
    beyond the largest item costs at least MIN_SHARE (by `cost`).

    The items are shared as they are taken, not split beforehand: their indexes, costliest
    first, wait in a pipe both processes read from (a read of one index is atomic, so each
    is taken once), and each process takes the next when done with its last."""
    costs = [cost(x) for x in items]
    if len(items) < 2 or len(items) > MAX_ITEMS or sum(costs) - max(costs) < MIN_SHARE \
            or not can_fork():
        return [fn(x) for x in items]
    order = sorted(range(len(items)), key=lambda i: (-costs[i], i))
    try:
        queue_read, queue_write = os.pipe()
    except OSError:
        return [fn(x) for x in items]
    os.write(queue_write, b"".join(i.to_bytes(_INDEX, "little") for i in order))
    os.close(queue_write)  # every index is in: a read past the last one is the end
    code = _code_cache()
    known = code.known() if code is not None else frozenset()
    try:
        read_end, write_end = os.pipe()
    except OSError:
        read_end = write_end = -1
    pid = -1
    if read_end >= 0:
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
    if pid == 0:  # the child: what it takes, sent back whole, then gone without clean-up
        os.close(read_end)
        _child(fn, items, queue_read, write_end, code, known)
    results: dict[int, R] = {}
    sent = b""
    if pid > 0:
        os.close(write_end)
    try:
        for i in _taken(queue_read):
            results[i] = fn(items[i])
        if pid > 0:
            sent = _read_all(read_end)
    except BaseException:
        if pid > 0:
            _stop(pid)  # this process's share failed: the child's is not wanted
        raise
    finally:
        os.close(queue_read)
        if pid > 0:
            os.close(read_end)
            _reap(pid)
    done = _received(sent) if pid > 0 else None
    if done is not None:
        found, generated, added = done
        results.update(found)
        if code is not None:
            code.adopt(generated, added)
    # What the child took and did not send (it failed or was killed) is done here.
    return [results[i] if i in results else fn(items[i]) for i in range(len(items))]


def _taken(queue: int) -> Iterator[int]:
    """The indexes this process takes from the shared queue, until it is empty."""
    while len(data := os.read(queue, _INDEX)) == _INDEX:
        yield int.from_bytes(data, "little")


def _child(fn: Callable[[T], R], items: Sequence[T], queue: int, out: int,
           code: CodeCache | None, known: frozenset[Any]) -> NoReturn:
    """The forked child: compute what it takes from the queue, write it (pickled, with
    the indexes) to `out`, exit at once (no exit handler, no flush of streams the parent
    owns, no interpreter shut-down)."""
    status = 1
    try:
        found = {i: fn(items[i]) for i in _taken(queue)}
        generated = code.met_since(known) if code is not None else {}
        added = code.added if code is not None else False
        data = pickle.dumps((found, generated, added), protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(data)
        while view:
            view = view[os.write(out, view):]
        status = 0
    except BaseException:  # any failure: the parent does the share itself
        pass
    finally:
        os._exit(status)


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)


def _stop(pid: int) -> None:
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def _received(data: bytes) -> tuple[dict[int, Any], dict[Any, bytes], bool] | None:
    """The child's results, or None when it sent nothing usable (it failed or was killed)."""
    if not data:
        return None
    try:
        found, generated, added = pickle.loads(data)
    except Exception:  # a truncated message: the share is done here
        return None
    if not isinstance(found, dict) or not isinstance(generated, dict):
        return None
    return found, generated, bool(added)


def _code_cache() -> CodeCache | None:
    """The console script's generated-code cache, when installed (reconcile.gencode)."""
    from reconcile import gencode

    return gencode.installed()

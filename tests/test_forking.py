"""A story's versions analysed in two processes (reconcile.forking, issue #19): the same
results as one process, whatever the child does, and only where a fork is safe."""

from __future__ import annotations

import os
import re
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile import forking, gencode
from reconcile.cli import cli

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "openai-musk"

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="versions are shared with a forked process on Linux")


@pytest.fixture
def forkable(monkeypatch: pytest.MonkeyPatch) -> None:
    """The conditions of a console-script run, whatever pytest's own tracer or threads
    (coverage, a timeout thread) say; the CPUs are what the machine has."""
    monkeypatch.setattr(forking, "can_fork", lambda: True)


def _pid_and_square(n: int) -> tuple[int, int]:
    return os.getpid(), n * n


def _slow_pid_and_square(n: int) -> tuple[int, int]:
    time.sleep(0.02)  # long enough for the child to start and take its share
    return os.getpid(), n * n


def _size(n: int) -> int:
    return forking.MIN_SHARE  # every item worth sharing


@linux_only
def test_the_child_takes_a_share_and_the_results_are_in_order(forkable: None) -> None:
    items = list(range(12))
    found = forking.split_map(_slow_pid_and_square, items, _size)
    assert [square for _, square in found] == [n * n for n in items]
    pids = {pid for pid, _ in found}
    assert os.getpid() in pids and len(pids) == 2  # both processes did some


def test_without_a_fork_it_is_the_plain_map(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forking, "can_fork", lambda: False)
    found = forking.split_map(_pid_and_square, list(range(6)), _size)
    assert found == [(os.getpid(), n * n) for n in range(6)]


@linux_only
def test_too_little_work_is_not_shared(forkable: None) -> None:
    found = forking.split_map(_pid_and_square, [1, 2, 3], lambda n: 10)
    assert {pid for pid, _ in found} == {os.getpid()}


@linux_only
def test_what_the_child_fails_on_is_done_here(forkable: None) -> None:
    parent = os.getpid()

    def fragile(n: int) -> tuple[int, int]:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        time.sleep(0.02)  # (this process is slow: the child takes an item too)
        return _pid_and_square(n)

    found = forking.split_map(fragile, list(range(10)), _size)
    assert found == [(parent, n * n) for n in range(10)]


@linux_only
def test_a_child_killed_midway_loses_nothing(forkable: None) -> None:
    parent = os.getpid()

    def killed(n: int) -> tuple[int, int]:
        if os.getpid() != parent:
            os._exit(9)  # as if killed: nothing sent
        time.sleep(0.02)  # (this process is slow: the child takes an item too)
        return _pid_and_square(n)

    assert forking.split_map(killed, list(range(10)), _size) == \
        [(parent, n * n) for n in range(10)]


@linux_only
def test_this_process_failing_raises_and_leaves_no_child(
        forkable: None, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = os.getpid()
    forked: list[int] = []
    real_fork = os.fork

    def recorded() -> int:
        pid = real_fork()
        if pid:
            forked.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", recorded)

    def failing_here(n: int) -> int:
        if os.getpid() == parent:
            raise ValueError(f"item {n}")
        time.sleep(0.05)  # (the child is slow: this process takes an item too)
        return n

    with pytest.raises(ValueError, match="item"):
        forking.split_map(failing_here, list(range(10)), _size)
    assert len(forked) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(forked[0], os.WNOHANG)  # reaped: the child is gone


def test_no_fork_while_another_thread_runs() -> None:
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert forking.can_fork() is False
    finally:
        stop.set()
        worker.join()


def test_no_fork_under_a_tracer() -> None:
    before = sys.gettrace()
    sys.settrace(lambda *args: None)
    try:
        assert forking.can_fork() is False
    finally:
        sys.settrace(before)


@linux_only
def test_code_the_child_compiles_is_kept_by_this_process(
        forkable: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path))
    cache = gencode.install(read=True)
    assert cache is not None and gencode.installed() is cache
    parent = os.getpid()
    try:
        def compiles(n: int) -> int:
            if os.getpid() != parent:
                re.compile(f"child-only-{n}-[a-z]+")
            time.sleep(0.02)
            return n

        assert forking.split_map(compiles, list(range(8)), _size) == list(range(8))
        kept = {key[0] for key in cache.used if isinstance(key, tuple)}
        assert any(str(k).startswith("child-only-") for k in kept)
        assert cache.added
    finally:
        gencode.uninstall(cache)
    assert gencode.installed() is None


def _diff(monkeypatch: pytest.MonkeyPatch, fork: bool) -> str:
    monkeypatch.setattr(forking, "can_fork", lambda: fork)
    done = CliRunner().invoke(cli, ["diff", "--no-cache", "--format", "json",
                                     "--fail-on", "never", str(CORPUS)])
    assert done.exit_code == 0, done.output
    return done.output


@linux_only
def test_the_bundled_story_reads_the_same_in_two_processes(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = forking.split_map

    def counted(fn, items, cost):  # type: ignore[no-untyped-def]
        calls.append(len(items))
        return real(fn, items, cost)

    monkeypatch.setattr(forking, "split_map", counted)
    assert _diff(monkeypatch, True) == _diff(monkeypatch, False)
    assert calls == [5, 5]  # the five versions, each run (shared in the first)


def test_worker_processes_never_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    from reconcile.cli import _diff_options, _Engine, _Reading

    reading = _Reading()
    assert _diff_options([], [], reading, False, False, _Engine()).split_versions
    assert not _diff_options([], [], reading, False, False, _Engine(jobs=2)).split_versions
    assert not _diff_options([], [], reading, False, False,
                             _Engine(name="dask")).split_versions

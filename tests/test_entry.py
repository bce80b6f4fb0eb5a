"""The console script's start (reconcile.entry): the kept generated code is in place before
click is loaded, so even `--help` compiles its patterns once (issue #19); the console script
of older installations (reconcile.cli:entry_point) runs the same way."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reconcile import gencode

ROOT = Path(__file__).resolve().parents[1]


def _run(cache: Path, *argv: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "RECONCILE_CACHE_DIR": str(cache)}
    command = ([sys.executable, "-c", code, *argv] if code is not None
               else [sys.executable, "-m", "reconcile", *argv])
    return subprocess.run(command, env=env, capture_output=True, text=True, check=False,
                          timeout=120)


def test_help_keeps_the_patterns_click_compiles_and_reads_them_back(tmp_path: Path) -> None:
    first = _run(tmp_path, "--help")
    assert first.returncode == 0 and "diff" in first.stdout
    (kept,) = tmp_path.glob("generated-code-*.marshal")
    keys = [key for key, _ in gencode._read(kept).entries()]
    assert any(key.startswith(b"re\0") for key in keys)  # patterns, before any dataclass
    written = kept.stat().st_mtime_ns, kept.stat().st_size
    again = _run(tmp_path, "--help")
    assert again.stdout == first.stdout
    assert (kept.stat().st_mtime_ns, kept.stat().st_size) == written  # nothing new


def test_the_older_console_script_runs_the_same(tmp_path: Path) -> None:
    older = ("import sys\nsys.argv[0] = 'reconcile'\n"
             "from reconcile.cli import entry_point\nentry_point()")
    done = _run(tmp_path, "--version", code=older)
    assert done.returncode == 0
    assert done.stdout == _run(tmp_path, "--version").stdout


def test_the_process_ends_at_once_unless_something_is_left_to_run(tmp_path: Path) -> None:
    # The console script skips the interpreter's shut-down (reconcile.entry) only when
    # nothing would run in it: an exit handler still runs, and the exit code is the run's.
    base = "import sys\nsys.argv[0] = 'reconcile'\n"
    run = "from reconcile.entry import entry_point\nentry_point()"
    handler = "import atexit\natexit.register(lambda: print('handler ran'))\n"
    plain = _run(tmp_path, "--version", code=base + run)
    assert plain.returncode == 0 and plain.stdout.strip()
    with_handler = _run(tmp_path, "--version", code=base + handler + run)
    assert with_handler.stdout == plain.stdout + "handler ran\n"
    failing = _run(tmp_path, "diff", str(tmp_path / "missing"), code=base + run)
    assert failing.returncode == 2 and "missing" in failing.stderr

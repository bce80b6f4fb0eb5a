"""Start-up and check speed as whole processes, each as a ratio to `python -c pass`.

In one run, in turn (A B A B ...), so that a ratio is taken pair by pair and stays meaningful
while the machine's speed drifts:

- `reconcile --help` (issue target: within 5x of `python -c pass`);
- `reconcile diff corpus/`, with the per-version cache filled by an earlier run, and with
  `--no-cache` (target: within 20x);
- `reconcile check corpus/openai-musk/fr.txt` warm (nothing changed: the story snapshot
  answers) and cold (one digit of fr.txt changed before each run: that version is extracted
  again and the story re-aligned; target: under 0.5 s wall).

Everything runs on a temporary copy of the bundled story and its ledger, with this
checkout's src/ first on the path and its bytecode compiled beforehand, as an installed
package has it.

    python benchmarks/startup.py [--runs 9]

It prints, per command, the median, min and max wall seconds and the median ratio to the
`python -c pass` run paired with it, then the median CPU seconds (user + sys, as the
kernel accounts the child) and their median ratio. Each run is timed exactly (see _run).
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORY = "openai-musk"


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users run compiled bytecode
    return env


def _run(argv: Sequence[str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU (user + sys) seconds of one run of `argv`.

    The child is reaped by a blocking os.wait4, which returns the moment it ends (with its
    resource usage). subprocess.run(timeout=...) would wait by polling, sleeping up to
    50 ms between polls, and round every time up to its next poll (0.0155, 0.0315,
    0.0635, 0.1135, ... then every 0.05 s): a 0.32 s run read as 0.3635, `python -c pass`
    as 0.0155 whatever it took."""
    start = time.perf_counter()
    child = subprocess.Popen(list(argv), cwd=cwd, env=_env(), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait
    return wall, usage.ru_utime + usage.ru_stime


def _project(tmp: Path) -> Path:
    project = tmp / "project"
    (project / ".git").mkdir(parents=True)
    shutil.copytree(ROOT / "corpus" / STORY, project / "corpus" / STORY)
    shutil.copytree(ROOT / "claims", project / "claims")
    return project


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "src", quiet=1)
    python = sys.executable
    reconcile = [python, "-m", "reconcile"]
    with tempfile.TemporaryDirectory() as tmp:
        project = _project(Path(tmp))
        version = project / "corpus" / STORY / "fr.txt"
        original = version.read_text(encoding="utf-8")
        counter = iter(range(1, 1_000_000))

        def change_a_digit() -> None:
            # A year no run used before, so every cold run misses the cache of fr.txt.
            version.write_text(original.replace("2016", str(3000 + next(counter)), 1),
                               encoding="utf-8")

        def restore() -> None:
            version.write_text(original, encoding="utf-8")

        cases: list[tuple[str, list[str], Callable[[], None]]] = [
            ("reconcile --help", [*reconcile, "--help"], restore),
            ("reconcile diff corpus/", [*reconcile, "diff", "corpus/"], restore),
            ("reconcile diff --no-cache corpus/",
             [*reconcile, "diff", "--no-cache", "corpus/"], restore),
            (f"reconcile check (warm) corpus/{STORY}/fr.txt",
             [*reconcile, "check", f"corpus/{STORY}/fr.txt"], restore),
            (f"reconcile check (cold) corpus/{STORY}/fr.txt",
             [*reconcile, "check", f"corpus/{STORY}/fr.txt"], change_a_digit),
        ]
        baseline = [python, "-c", "pass"]
        for _, argv, prepare in cases:  # warm-up: fills the caches, loads the disk cache
            prepare()
            _run(argv, project)
        _run(baseline, project)
        times: dict[str, list[float]] = {name: [] for name, _, _ in cases}
        ratios: dict[str, list[float]] = {name: [] for name, _, _ in cases}
        cpus: dict[str, list[float]] = {name: [] for name, _, _ in cases}
        cpu_ratios: dict[str, list[float]] = {name: [] for name, _, _ in cases}
        bare: list[float] = []
        bare_cpu: list[float] = []
        for _ in range(args.runs):
            for name, argv, prepare in cases:
                prepare()
                base, base_cpu = _run(baseline, project)
                took, cpu = _run(argv, project)
                bare.append(base)
                bare_cpu.append(base_cpu)
                times[name].append(took)
                ratios[name].append(took / base)
                cpus[name].append(cpu)
                cpu_ratios[name].append(cpu / base_cpu if base_cpu else float("nan"))
        restore()
    print(f"whole processes, {args.runs} runs each, in turn with `python -c pass` (median "
          f"{statistics.median(bare):.3f} s wall, {statistics.median(bare_cpu):.3f} s CPU)")
    print(f"{'command':<52} {'median':>7} {'min':>7} {'max':>7} {'x pass':>7} "
          f"{'CPU s':>7} {'x pass':>7}")
    for name, _, _ in cases:
        t = times[name]
        print(f"{name:<52} {statistics.median(t):7.3f} {min(t):7.3f} {max(t):7.3f} "
              f"{statistics.median(ratios[name]):7.1f} {statistics.median(cpus[name]):7.3f} "
              f"{statistics.median(cpu_ratios[name]):7.1f}")


if __name__ == "__main__":
    main()

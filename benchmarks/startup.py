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
`python -c pass` run paired with it.
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


def _wall(argv: Sequence[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(list(argv), cwd=cwd, env=_env(), stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False, timeout=300)
    return time.perf_counter() - start


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
            _wall(argv, project)
        _wall(baseline, project)
        times: dict[str, list[float]] = {name: [] for name, _, _ in cases}
        ratios: dict[str, list[float]] = {name: [] for name, _, _ in cases}
        bare: list[float] = []
        for _ in range(args.runs):
            for name, argv, prepare in cases:
                prepare()
                base = _wall(baseline, project)
                took = _wall(argv, project)
                bare.append(base)
                times[name].append(took)
                ratios[name].append(took / base)
        restore()
    print(f"whole processes, wall seconds, {args.runs} runs each, in turn with "
          f"`python -c pass` (median {statistics.median(bare):.3f} s)")
    print(f"{'command':<52} {'median':>7} {'min':>7} {'max':>7} {'x pass':>7}")
    for name, _, _ in cases:
        t = times[name]
        print(f"{name:<52} {statistics.median(t):7.3f} {min(t):7.3f} {max(t):7.3f} "
              f"{statistics.median(ratios[name]):7.1f}")


if __name__ == "__main__":
    main()

"""Wall time of `reconcile check` on one changed file of the bundled story, as pre-commit runs it.

A copy of the story and its ledger goes to a temporary project; then, as whole processes:
- warm: `reconcile check corpus/openai-musk/fr.txt` on text checked before (a cache hit);
- cold: the same after one digit of fr.txt changed (each run changes it again): the story
  snapshot misses, fr.txt alone is extracted again (the other versions come from the
  per-version cache) and the story is re-aligned and compared.

    python benchmarks/check_speed.py [--runs 7]

It prints the median, min and max wall seconds of each; the target is 0.5 s.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORY = "openai-musk"


def _run(project: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users run compiled bytecode
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reconcile", "check", f"corpus/{STORY}/fr.txt"],
                   cwd=project, env=env, capture_output=True, check=False, timeout=120)
    return time.perf_counter() - start


def _show(name: str, times: list[float]) -> None:
    print(f"{name:<5} median {statistics.median(times):.3f} s   min {min(times):.3f}   "
          f"max {max(times):.3f}   ({len(times)} runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "src", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        (project / ".git").mkdir()
        shutil.copytree(ROOT / "corpus" / STORY, project / "corpus" / STORY)
        shutil.copytree(ROOT / "claims", project / "claims")
        version = project / "corpus" / STORY / "fr.txt"
        original = version.read_text(encoding="utf-8")
        _run(project)  # warm-up: fills the cache
        warm = [_run(project) for _ in range(args.runs)]
        cold = []
        for run in range(args.runs):
            # One digit changed, differently each run, so every run misses the cache.
            version.write_text(original.replace("2016", str(3000 + run), 1),
                               encoding="utf-8")
            cold.append(_run(project))
    print(f"reconcile check corpus/{STORY}/fr.txt (whole process, wall seconds)")
    _show("warm", warm)
    _show("cold", cold)


if __name__ == "__main__":
    main()

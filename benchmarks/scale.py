"""Many stories: wall time of `reconcile diff --format jsonl` on 1, 100 and 1,000 story folders,
with --jobs 1 and 2, the fitted growth exponent, the cost per story, and from it the size of
a run over a 10-million-story archive.

The archive is generated in a temporary folder from real texts: the bundled story and every
document of the dev data (../shared/devdata: FLORES and TICO-19, human translations), taken
in turn; each later round shifts every digit of a document by the round number in all its
versions alike (the versions still agree with each other, and no two stories are the same).
Each run is a whole process, as a user runs it (start-up, worker start-up included); its
peak resident memory is the largest of the process and its workers.

    python benchmarks/scale.py [--stories 1,100,1000] [--jobs 1,2] [--dask-stories 100]
                               [--devdata DIR]

It prints Markdown (a table, the fit, the sizing); benchmarks/all.py puts it in
BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "corpus" / "openai-musk"
DEVDATA = ROOT.parent / "shared" / "devdata"
ARCHIVE = 10_000_000
_DIGIT = re.compile(r"[0-9]")


def templates(devdata: Path) -> list[Path]:
    """Story folders to copy: the bundled story, then every dev data document in a seeded
    random order, so the first 100 stories mix the two dev sets as the first 1,000 do."""
    found = sorted(p.parent for p in devdata.glob("*/*/en.txt")) if devdata.is_dir() else []
    random.Random(19).shuffle(found)
    return [BUNDLED, *found]


def shifted(text: str, round_no: int) -> str:
    """Every digit shifted by the round number (same length, same forms)."""
    if round_no == 0:
        return text
    return _DIGIT.sub(lambda m: str((int(m.group(0)) + round_no) % 10), text)


def make_archive(target: Path, count: int, pool: Sequence[Path]) -> int:
    """`count` story folders under `target`; returns their total size in bytes."""
    total = 0
    for i in range(count):
        source = pool[i % len(pool)]
        folder = target / f"story-{i:07d}"
        folder.mkdir(parents=True)
        for file in sorted(source.iterdir()):
            if file.suffix == ".toml":
                shutil.copy(file, folder / file.name)
            elif file.suffix == ".txt":
                text = shifted(file.read_text(encoding="utf-8"), i // len(pool))
                (folder / file.name).write_text(text, encoding="utf-8")
                total += len(text.encode("utf-8"))
    return total


def child(folder: str, args: Sequence[str]) -> dict[str, float]:
    """Run the CLI once as a whole process; its wall time and peak memory (with workers)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [sys.executable, "-m", "reconcile", "diff", "--format", "jsonl",
               "--fail-on", "never", *args, folder]
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"scale.py: {' '.join(command)} exited {done.returncode}:\n"
                         f"{done.stderr.decode(errors='replace')[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"seconds": seconds, "cpu": cpu, "peak_mib": after.ru_maxrss / 1024,
            "bytes": len(done.stdout)}


def measure(folder: Path, args: Sequence[str]) -> dict[str, float]:
    """One timed run in a fresh helper process, so the peak memory is that run's alone."""
    out = subprocess.run([sys.executable, __file__, "--child", str(folder), "--", *args],
                         check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(out.stdout)
    return result


def fit(points: Sequence[tuple[int, float]]) -> float:
    """Least-squares slope of log(time) on log(stories): 1.0 is linear."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return (sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
            / sum((x - mx) ** 2 for x in xs))


def report(rows: list[dict[str, object]], sizes: dict[int, int], jobs: Sequence[int],
           cpus: int) -> list[str]:
    out = ["| stories | MB | --jobs | wall s | wall s per story | stories/s | CPU s "
           "| CPU s per story | CPU / wall | peak MiB |",
           "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        n = int(str(r["stories"]))
        seconds = float(str(r["seconds"]))
        cpu = float(str(r["cpu"]))
        out.append(f"| {n:,} | {sizes[n] / 1e6:.1f} | {r['engine']} | {seconds:.1f} | "
                   f"{seconds / n:.3f} | {n / seconds:.2f} | {cpu:.1f} | {cpu / n:.3f} | "
                   f"{cpu / seconds:.2f} | {float(str(r['peak_mib'])):.0f} |")
    out.append("")
    per_story: dict[int, float] = {}
    for j in jobs:
        points = [(int(str(r["stories"])), float(str(r["seconds"]))) for r in rows
                  if r["engine"] == str(j)]
        cpu_points = [(int(str(r["stories"])), float(str(r["cpu"]))) for r in rows
                      if r["engine"] == str(j)]
        if len(points) >= 2:
            (n0, t0), (n1, t1) = points[-2], points[-1]
            per_story[j] = (cpu_points[-1][1] - cpu_points[-2][1]) / (n1 - n0)
            out.append(f"- --jobs {j}: fitted exponent {fit(points):.2f} (time ∝ stories^k "
                       f"over {', '.join(f'{n:,}' for n, _ in points)}; 1.00 is linear, "
                       "less means the fixed start-up still weighs); "
                       f"{fit(points[-2:]):.2f} from {n0:,} to {n1:,}; "
                       f"marginal cost {(t1 - t0) / (n1 - n0):.3f} s wall and "
                       f"{per_story[j]:.3f} CPU s per story (start-up excluded); CPU-time "
                       f"exponent {fit(cpu_points):.2f}")
    if 1 in per_story:
        core_s = per_story[1]
        core_h = core_s * ARCHIVE / 3600
        out += ["", "### Sizing a 10-million-story archive", "",
                f"From the marginal CPU cost with --jobs 1 ({core_s:.3f} CPU s per story, "
                f"stories of {sizes[max(sizes)] / max(sizes) / 1e3:.1f} KB on average, 3-5 "
                "versions each; CPU time, not wall time, because the machine is shared: on "
                "dedicated cores wall time per worker approaches it):", "",
                f"- {ARCHIVE:,} stories × {core_s:.3f} CPU s = {core_h:,.0f} core-hours.",
                *(f"- on {c:,} cores: {core_h / c:,.1f} hours" for c in (32, 256, 1024)),
                f"- this machine ({cpus} cores): {core_h / cpus / 24:,.0f} days.",
                "- Memory: a worker holds one story at a time; peak resident memory with "
                "--jobs 1: " + ", ".join(f"{float(str(r['peak_mib'])):.0f} MiB at "
                                        f"{int(str(r['stories'])):,} stories"
                                        for r in rows if r["engine"] == "1") + ".",
                "- Output: jsonl is about "
                f"{float(str(rows[-1]['bytes'])) / int(str(rows[-1]['stories'])) / 1e3:.0f}"
                " KB per story, written in story order as each finishes."]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", default="1,100,1000", help="archive sizes to time")
    parser.add_argument("--jobs", default="1,2", help="--jobs values to time")
    parser.add_argument("--dask-stories", type=int, default=100,
                        help="also time --engine dask (a local cluster of 2 workers) on this "
                             "many stories; 0 to skip")
    parser.add_argument("--devdata", type=Path, default=DEVDATA)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.rest)))
        return 0
    counts = sorted(int(n) for n in args.stories.split(","))
    jobs = [int(j) for j in args.jobs.split(",")]
    pool = templates(args.devdata)
    rows: list[dict[str, object]] = []
    sizes: dict[int, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in counts:
            folder = Path(tmp) / f"archive-{n}"
            sizes[n] = make_archive(folder, n, pool)
            runs: list[tuple[str, list[str]]] = [(str(j), ["--jobs", str(j)]) for j in jobs]
            if n == args.dask_stories:
                runs.append(("dask 2", ["--engine", "dask", "--jobs", "2"]))
            for engine, extra in runs:
                result = measure(folder, extra)
                rows.append({"stories": n, "engine": engine, **result})
                print(f"scale.py: {n} stories, {engine}: {result['seconds']:.1f} s",
                      file=sys.stderr, flush=True)
            shutil.rmtree(folder)
    rows.sort(key=lambda r: (str(r["engine"]), int(str(r["stories"]))))
    cpus = os.cpu_count() or 1
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"Generated archives: {len(pool)} template stories (the bundled story and "
          f"{len(pool) - 1} dev data documents) taken in turn, digits shifted per round. "
          f"Whole-process wall time of `reconcile diff --format jsonl --fail-on never "
          f"--jobs N ARCHIVE` (stdout to a pipe), {cpus} cores; peak MiB is the largest "
          "process (the CLI or one worker). Load average at the end (1, 5, 15 min): "
          f"{load} (the machine is shared: with a load near its core count, --jobs 2 "
          "cannot show its speed-up).\n")
    print("\n".join(report(rows, sizes, jobs, cpus)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Run every benchmark and write BENCHMARKS.md at the repository root (`make bench`).

Each benchmark stays a script of its own, runnable alone; this one runs them one after the
other as whole processes, and puts each output in BENCHMARKS.md under the exact command
that produced it, with its wall time and exit status. A script that fails is reported as
failed (the end of its stderr) and the others still run.

    python benchmarks/all.py [--only NAME,...] [--quick] [--devdata DIR] [--output FILE]

--only reruns the named sections and keeps the others as they are in the existing file
(names: extraction, devgold, heldout, speed, check, perturbation, scale, compare).
--quick passes each script its short settings (fewer sizes, fewer runs, less text).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shlex
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "BENCHMARKS.md"


@dataclass(frozen=True)
class Bench:
    """One benchmark script: its section name and title, arguments, and short settings."""

    name: str
    title: str
    args: tuple[str, ...]
    quick: tuple[str, ...] = ()
    markdown: bool = False  # prints Markdown (else plain text, shown as a code block)
    devdata: bool = False  # takes --devdata DIR


BENCHES = (
    Bench("extraction", "Extraction on the bundled story: accuracy, speed, growth, memory",
          ("benchmarks/run.py",), ("--quick", "--runs", "3")),
    Bench("devgold", "Extraction accuracy on the development gold",
          ("benchmarks/devgold.py",)),
    Bench("heldout", "Extraction accuracy on the held-out gold",
          ("benchmarks/devgold.py", "--gold", "tests/gold/heldout")),
    Bench("speed", "Extraction throughput per core and language",
          ("benchmarks/speed.py",), ("--mb-per-lang", "1")),
    Bench("check", "`reconcile check` as pre-commit runs it", ("benchmarks/check_speed.py",),
          ("--runs", "3")),
    Bench("startup", "Start-up: --help, a cached check, a cached and an uncached diff",
          ("benchmarks/startup.py",), ("--runs", "3")),
    Bench("perturbation", "The diff: perturbation study", ("benchmarks/perturbation.py",)),
    Bench("alignscale", "Alignment cost: growth with versions and with length",
          ("benchmarks/align_scale.py",), ("--quick",)),
    Bench("stories", "Alignment on the made-up test stories: planted discrepancies found",
          ("benchmarks/stories.py",)),
    Bench("fuzzlinear", "Robustness: time grows linearly with input size",
          ("benchmarks/fuzz_linear.py",), ("--runs", "1")),
    Bench("scale", "Many stories: --jobs, Dask, the curve, a 10-million-story archive",
          ("benchmarks/scale.py",), ("--stories", "1,30,100", "--dask-stories", "30"),
          markdown=True, devdata=True),
    Bench("compare", "Compared with other tools on the same texts",
          ("benchmarks/compare_tools.py",), markdown=True),
)

# Not a measurement: how to run the archive the scale section sizes (written after it).
CLUSTER = """\
## Running a large archive on a cluster

The per-story work is one pure, picklable function (`reconcile.run.diff_story_folder`);
`reconcile diff --scheduler ADDRESS` maps it over the story folders with Dask futures
(`reconcile/distributed.py`), a few stories per worker ahead of the one being written, so
neither the client nor the cluster holds the archive, and writes the same JSON Lines as one
process (tested byte for byte on a two-worker `LocalCluster`).

1. Put the archive where every worker reads it at the same path (NFS, a cluster filesystem,
   or the same copy on every machine), one folder per story.
2. Install reconcile with the Dask extra on the client and every worker machine:
   `pip install 'reconcile[dask]'`.
3. Start a scheduler and the workers (one single-threaded worker process per core: the
   work is CPU-bound Python):

   ```
   dask scheduler --port 8786                                    # on the scheduler machine
   dask worker tcp://SCHEDULER:8786 --nworkers auto --nthreads 1  # on each worker machine
   ```

   (or the same through dask-jobqueue on SLURM/PBS, dask-kubernetes, or any Dask deployment;
   reconcile only needs the scheduler address.)
4. Run, from a machine that sees the archive at the same path:

   ```
   reconcile diff --scheduler tcp://SCHEDULER:8786 --format jsonl /archive/ > diffs.jsonl
   ```

   or from Python: `reconcile.distributed.run(paths, client)` yields the lines.
5. Split a very large archive into chunks of folders (one run per chunk, e.g. per top-level
   folder) so a failed run is retried alone; the output of each chunk is deterministic, so
   chunks can be concatenated in order.

The sizing above (core-hours from the measured CPU cost per story) gives the number of
worker cores for a target wall time; memory per worker stays that of one story.
"""

_SECTION = re.compile(r"<!-- bench:(?P<name>[\w-]+) -->\n.*?<!-- /bench:(?P=name) -->\n",
                      re.DOTALL)


def command_of(bench: Bench, quick: bool, devdata: Path | None) -> list[str]:
    args = [*bench.args, *(bench.quick if quick else ())]
    if devdata is not None and bench.devdata:
        args += ["--devdata", str(devdata)]
    return ["python", *args]


def run(bench: Bench, command: Sequence[str]) -> str:
    """The section of one benchmark: heading, command, status, output."""
    paths = [str(ROOT / "src"), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    print(f"all.py: {shlex.join(command)} ...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *command[1:]], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    status = "ok" if done.returncode == 0 else f"FAILED, exit {done.returncode}"
    print(f"all.py: {bench.name}: {status} in {seconds:.0f} s", file=sys.stderr, flush=True)
    body = done.stdout.rstrip()
    if not bench.markdown:
        body = f"```\n{body}\n```" if body else ""
    if done.returncode != 0:
        tail = "\n".join(done.stderr.rstrip().splitlines()[-15:])
        body += f"\n\nstderr (last lines):\n\n```\n{tail}\n```"
    return (f"<!-- bench:{bench.name} -->\n## {bench.title}\n\n"
            f"Command: `{shlex.join(command)}` (from the repository root; {status}, "
            f"{seconds:.0f} s wall)\n\n{body}\n<!-- /bench:{bench.name} -->\n")


def header() -> str:
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        commit = ""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (
        "# Benchmarks\n\n"
        "Written by `make bench` (`python benchmarks/all.py`; a section may come from an "
        "earlier `all.py --only NAME` run): every figure below is the output of the command "
        "named above it, run from the repository root. What each figure means: "
        "benchmarks/README.md.\n\n"
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.system()}; commit {commit or '?'}; load "
        f"average when written: {load}.\n\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated section names to rerun")
    parser.add_argument("--quick", action="store_true", help="short settings of each script")
    parser.add_argument("--devdata", type=Path, help="the dev data folder (for scale.py)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    names = {b.name for b in BENCHES}
    only = set(args.only.split(",")) if args.only else names
    if only - names:
        parser.error(f"unknown section(s): {', '.join(sorted(only - names))}")
    kept: dict[str, str] = {}
    if args.output.is_file():
        kept = {m["name"]: m.group(0)
                for m in _SECTION.finditer(args.output.read_text(encoding="utf-8"))}
    done = dict(kept)
    for bench in BENCHES:
        if bench.name not in only:
            continue
        done[bench.name] = run(bench, command_of(bench, args.quick, args.devdata))
        # Written after each section, in the order of BENCHES, so progress shows and an
        # interrupted run keeps what it measured; a section never run is left out.
        sections = [part for b in BENCHES if b.name in done
                    for part in ([done[b.name], CLUSTER] if b.name == "scale" else
                                 [done[b.name]])]
        args.output.write_text(header() + "\n".join(sections), encoding="utf-8")
    print(f"all.py: wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Alignment cost: time and peak memory against the number of versions and their length.

Versions are built from the real human translations in the dev data (../shared/devdata,
TICO-19 documents that exist in en, fr, id and zh): every document of a language, one after
another, until the wanted size, with the digits of each round shifted (no two rounds alike;
identical repeated paragraphs would look like site furniture). The documents are taken in
turn from each of the corpus's sources (PubMed, Wikipedia, Wikinews...), so a version of
any length has about the corpus's mix of genres: in id order the first 10 KB were medical
abstracts alone, with a third fewer claims per KB and per sentence than the whole, and the
length curve measured the change of genre along with the change of length. Version k is
language k mod 4; a second, third... copy of a language has every 7th number changed by one
digit, so copies are near-translations with a few real discrepancies, as in a story's
versions.

    python benchmarks/align_scale.py [--quick] [--versions 2,5,10,50] [--sizes 10,100,1000]
                                     [--repeat 5] [--id-order]

For each run it prints the claims aligned, the time of `align` (claims already extracted
and their context built, as diff_story does; CPU time of the process, which on a shared
machine does not count the neighbours' work as wall time does; the median of --repeat
runs, more for runs under a tenth of a second), and the peak memory `align` allocates
(tracemalloc, in another run, so tracing does not slow the timed ones). Then the exponent
fitted on log-log (time ~ size^k): 1 is linear, 2 quadratic. Targets: k <= 1.2 for both
curves, and memory per claim about constant (linear memory). --id-order builds the
versions as before (the documents in id order).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import math
import re
import statistics
import sys
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from reconcile.align import align  # noqa: E402
from reconcile.api import document_from_text  # noqa: E402
from reconcile.diff import _document_nodes  # noqa: E402
from reconcile.entities import AliasTable, capitalized_words, load_aliases  # noqa: E402
from reconcile.extraction.quantities import same_dimension  # noqa: E402
from reconcile.model import Node  # noqa: E402

LANGS = ("en", "fr", "id", "zh")
_DIGIT = re.compile(r"[0-9]")
_NUMBER = re.compile(r"[0-9]+")


def _devdata() -> Path:
    for base in (ROOT.parent / "shared" / "devdata", ROOT.parents[1] / "shared" / "devdata"):
        if base.is_dir():
            return base
    raise SystemExit("align_scale.py: ../shared/devdata is needed (see its README)")


def _documents(id_order: bool = False) -> dict[str, list[str]]:
    """The TICO-19 documents present in all four languages, per language: in turn from
    each source (the id's prefix: PubMed, Wikipedia_handpicked...), in id order within a
    source; or all in id order."""
    folders = sorted(d for d in (_devdata() / "tico19").iterdir()
                     if all((d / f"{lang}.txt").is_file() for lang in LANGS))
    if not id_order:
        by_source: dict[str, list[Path]] = {}
        for folder in folders:
            by_source.setdefault(folder.name.rsplit("_", 1)[0], []).append(folder)
        rounds = itertools.zip_longest(*(by_source[s] for s in sorted(by_source)))
        folders = [f for row in rounds for f in row if f is not None]
    return {lang: [(d / f"{lang}.txt").read_text(encoding="utf-8") for d in folders]
            for lang in LANGS}


def _shift(text: str, round_no: int) -> str:
    if round_no == 0:
        return text
    return _DIGIT.sub(lambda m: str((int(m.group(0)) + round_no) % 10), text)


def _perturb(text: str, copy: int) -> str:
    """Every 7th number (from an offset set by the copy) gets its last digit changed."""
    if copy == 0:
        return text
    count = 0

    def change(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        if (count + copy) % 7:
            return m.group(0)
        digits = m.group(0)
        return digits[:-1] + str((int(digits[-1]) + 1) % 10)

    return _NUMBER.sub(change, text)


def version_text(docs: dict[str, list[str]], k: int, size: int) -> str:
    """Version k of `size` UTF-8 bytes (about)."""
    lang = LANGS[k % len(LANGS)]
    parts: list[str] = []
    total = 0
    round_no = 0
    while total < size:
        for text in docs[lang]:
            part = _shift(text, round_no)
            parts.append(part)
            total += len(part.encode("utf-8"))
            if total >= size:
                break
        round_no += 1
    return _perturb("\n\n".join(parts), k // len(LANGS))


def build(docs: dict[str, list[str]], versions: int, size: int, aliases: AliasTable
          ) -> dict[str, tuple[Node, ...]]:
    texts = {f"v{k:02d}-{LANGS[k % len(LANGS)]}": version_text(docs, k, size)
             for k in range(versions)}
    capitalized = frozenset[str]().union(*(capitalized_words(t) for t in texts.values()))
    nodes = {}
    for sid, text in texts.items():
        doc = document_from_text(text, sid.split("-")[1], source_id=sid)
        nodes[sid] = _document_nodes(doc, aliases, capitalized)[1]
    return nodes


def measure(nodes: dict[str, tuple[Node, ...]], repeat: int) -> tuple[float, float]:
    """(median seconds, peak MiB allocated) of an alignment: `repeat` runs, and more (up
    to a second in all) when they are short, as the machine's noise is then the larger."""
    # Loaded once per process on first use (pint's unit registry, for quantities): not a
    # cost of this alignment's size.
    same_dimension("km", "m")
    times: list[float] = []
    while len(times) < repeat or (sum(times) < 1.0 and len(times) < 50):
        gc.collect()
        start = time.process_time()
        align(nodes)
        times.append(time.process_time() - start)
    seconds = statistics.median(times)
    gc.collect()
    tracemalloc.start()
    align(nodes)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak / 2**20


def exponent(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Least-squares slope of log y on log x."""
    lx, ly = [math.log(x) for x in xs], [math.log(max(y, 1e-6)) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    den = sum((x - mx) ** 2 for x in lx)
    return sum((x - mx) * (y - my) for x, y in zip(lx, ly, strict=True)) / den


def curve(title: str, runs: Sequence[tuple[int, int]], docs: dict[str, list[str]],
          aliases: AliasTable, by_versions: bool, repeat: int) -> None:
    print(f"\n{title}")
    print(f"{'versions':>8} {'KB/version':>10} {'claims':>8} {'align s':>9} {'peak MiB':>9} "
          f"{'KiB/claim':>9}")
    claims, seconds, peaks = [], [], []
    for versions, kb in runs:
        nodes = build(docs, versions, kb * 1000, aliases)
        total = sum(len(n) for n in nodes.values())
        took, peak = measure(nodes, repeat)
        claims.append(total)
        seconds.append(took)
        peaks.append(peak)
        print(f"{versions:>8} {kb:>10} {total:>8} {took:>9.2f} {peak:>9.1f} "
              f"{1024 * peak / max(total, 1):>9.1f}", flush=True)
    if len(runs) > 1:
        xs = [float(v if by_versions else kb) for v, kb in runs]
        print(f"fitted exponent, time vs {'versions' if by_versions else 'length'}: "
              f"{exponent(xs, seconds):.2f}; time vs claims: {exponent(claims, seconds):.2f}; "
              f"memory vs claims: {exponent(claims, peaks):.2f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", default="2,5,10,50")
    parser.add_argument("--sizes", default="10,100,1000", help="KB per version")
    parser.add_argument("--versions-kb", type=int, default=10,
                        help="KB per version of the versions curve")
    parser.add_argument("--sizes-versions", type=int, default=2,
                        help="versions of the length curve")
    parser.add_argument("--quick", action="store_true", help="versions 2,5,10; 10,100 KB")
    parser.add_argument("--repeat", type=int, default=5,
                        help="timed runs per point (the median is printed)")
    parser.add_argument("--id-order", action="store_true",
                        help="documents in id order (the first 10 KB all medical abstracts)")
    args = parser.parse_args(argv)
    versions = [int(v) for v in args.versions.split(",")]
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.quick:
        versions, sizes = [v for v in versions if v <= 10], [s for s in sizes if s <= 100]
    docs = _documents(args.id_order)
    aliases = load_aliases()
    align(build(docs, 2, 2000, aliases))  # warm-up: unit registry, lexicons, CLDR
    curve(f"Time and memory vs number of versions ({args.versions_kb} KB each)",
          [(v, args.versions_kb) for v in versions], docs, aliases, by_versions=True,
          repeat=args.repeat)
    curve(f"Time and memory vs length per version ({args.sizes_versions} versions)",
          [(args.sizes_versions, s) for s in sizes], docs, aliases, by_versions=False,
          repeat=args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

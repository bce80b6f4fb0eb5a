"""Extraction benchmarks: accuracy against the gold, speed, growth with input size, memory.

Run with `make bench` (or `.venv/bin/python benchmarks/run.py`); see benchmarks/README.md
for what each figure means. Plain-text tables on stdout; nothing is written to disk.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # goldscore and the pathological inputs

from goldscore import load_gold, score  # noqa: E402
from reconcile.api import extract_claims, extract_document  # noqa: E402
from reconcile.ingest import load_stories  # noqa: E402
from reconcile.model import Claim, Document  # noqa: E402
from test_properties import PATHOLOGICAL  # noqa: E402

STORY = "openai-musk"
LANGS = ("en", "fr", "id", "ja", "zh")

# One realistic paragraph per language (written for this benchmark, not from the corpus),
# repeated to build the synthetic texts: dense in claims, like a news digest. The numbers
# change with each repetition, as they would in real text (identical repeated paragraphs
# read like the cards of a site's list of posts).
MIXED_PARAGRAPHS = (
    "In March {year} the lab raised ${a}.{b} billion from investors, about {pct}% more than "
    "the year before, and more than {n} engineers joined within {m} months.",
    "En septembre {year}, la société a versé près de {a},{b} million de dollars à trois "
    "chercheurs, soit {pct} % de plus qu'en {prev}, et le budget a doublé l'année suivante.",
    "Pada Februari {year}, perusahaan itu menghabiskan sekitar ${n}.000 untuk gaji tiga "
    "orang, dua kali lipat dari tahun {prev}, dan merekrut lebih dari {m} peneliti.",
    "同社は{year}年6月に約{a}億{b}000万ドルを調達し、社員は{m}年間で2倍の{n}人に増えた。",
    "該公司於{year}年融資超過{n}萬美元，員工人數在{m}個月內增長了{a}倍，達到{pct}多人。",
)
GROWTH_SIZES = (10_000, 100_000, 1_000_000)
PATHOLOGICAL_SIZES = (10_000, 100_000)


def mixed_text(size: int) -> str:
    """`size` characters of the paragraphs above, numbers varying from one round to the
    next; cut at `size` (the last paragraph may end mid-sentence)."""
    parts: list[str] = []
    length = 0
    i = 0
    while length < size:
        values = {"year": 1990 + i % 35, "prev": 1989 + i % 35, "a": 1 + i % 9, "b": i % 10,
                  "pct": 10 + i % 80, "n": 100 + i % 900, "m": 2 + i % 30}
        paragraph = MIXED_PARAGRAPHS[i % len(MIXED_PARAGRAPHS)].format(**values)
        parts.append(paragraph)
        length += len(paragraph) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(h) for h in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                         for i, (c, w) in enumerate(zip(row, widths, strict=True)))

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule, *(line(row) for row in cells[1:])])


def section(title: str) -> None:
    print(f"\n{title}\n{'=' * len(title)}", flush=True)


def rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds:,.0f}" if seconds > 0 else "-"


# --- (a) accuracy -------------------------------------------------------------------------


def corpus_documents() -> list[Document]:
    (story,) = load_stories([str(ROOT / "corpus" / STORY)])
    return [s.document for s in story.sources if s.document is not None]


def accuracy(docs: Sequence[Document]) -> None:
    section("(a) Extraction accuracy against tests/gold/openai-musk")
    gold = load_gold(STORY)
    extracted = {doc.source_id: extract_document(doc) for doc in docs}
    rows: list[list[object]] = []
    every: list[Claim] = []
    for sid in sorted(extracted):
        result = score(extracted[sid], [g for g in gold if g.source == sid])
        every.extend(extracted[sid])
        rows.append([sid, result.gold, result.extracted, result.matched,
                     f"{result.precision:.3f}", f"{result.recall:.3f}",
                     len(result.false_positives), len(result.misses)])
    total = score(every, gold)
    rows.append(["all", total.gold, total.extracted, total.matched, f"{total.precision:.3f}",
                 f"{total.recall:.3f}", len(total.false_positives), len(total.misses)])
    print(table(["source", "gold", "extracted", "matched", "precision", "recall", "false+",
                 "missed"], rows))


# --- (b) wall time ------------------------------------------------------------------------


def median_seconds(action: Callable[[], object], runs: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def command() -> list[str]:
    if (ROOT / "src" / "reconcile" / "__main__.py").is_file():
        return [sys.executable, "-m", "reconcile"]
    return [str(Path(sys.executable).parent / "reconcile")]


def wall_time(docs: Sequence[Document], runs: int) -> None:
    section(f"(b) Wall time (median of {runs} runs after one warm-up)")
    chars = sum(len(d.text) for d in docs)

    def library() -> None:
        for doc in docs:
            extract_document(doc)

    def cli() -> None:
        subprocess.run([*command(), "claims", "corpus/"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    rows = []
    for label, action in (("extract_document, whole corpus", library),
                          ("`reconcile claims corpus/` (subprocess)", cli)):
        times = median_seconds(action, runs)
        med = statistics.median(times)
        rows.append([label, f"{chars:,}", f"{med:.3f}", f"{min(times):.3f}", f"{max(times):.3f}",
                     rate(chars, med)])
    print(table(["what", "chars", "median s", "min s", "max s", "chars/s"], rows))


# --- (c) growth and (d) memory --------------------------------------------------------------


def _timed_child(text: str, lang: str | None, out: mp.Queue[tuple[float, int]]) -> None:
    start = time.perf_counter()
    claims = extract_claims(text, lang)
    out.put((time.perf_counter() - start, len(claims)))


def capped_run(text: str, lang: str | None, cap: float) -> tuple[float, int] | None:
    """Seconds and claim count of one extraction in a forked child, or None past `cap`."""
    ctx = mp.get_context("fork")
    out: mp.Queue[tuple[float, int]] = ctx.Queue()
    child = ctx.Process(target=_timed_child, args=(text, lang, out))
    child.start()
    child.join(cap)
    if child.is_alive():
        child.terminate()
        child.join()
        return None
    return out.get(timeout=5) if child.exitcode == 0 else None


def growth(cap: float, sizes: Sequence[int]) -> None:
    section("(c) Growth: realistic mixed-language text (language detected per paragraph)")
    rows = []
    for size in sizes:
        text = mixed_text(size)
        budget = cap * max(1, size // 100_000)  # a linear budget: 10x the text, 10x the time
        done = capped_run(text, None, budget)
        if done is None:
            rows.append([f"{size:,}", f"> {budget:.0f}", "-", "-"])
        else:
            seconds, found = done
            rows.append([f"{size:,}", f"{seconds:.2f}", f"{found:,}", rate(size, seconds)])
    print(table(["chars", "seconds", "claims", "chars/s"], rows))


def pathological(cap: float, sizes: Sequence[int]) -> None:
    section("(c) Growth: pathological runs of tests/test_properties.py (one paragraph)")
    rows = []
    for param in PATHOLOGICAL:
        text, lang = param.values
        assert isinstance(text, str) and isinstance(lang, str)
        row: list[object] = [param.id, lang]
        for size in sizes:
            done = capped_run(text[:size], lang, cap)
            row.append(f"> {cap:.0f} s" if done is None else
                       f"{done[0]:.2f} s ({rate(size, done[0])}/s)")
        rows.append(row)
    print(table(["input", "lang", *(f"{s:,} chars" for s in sizes)], rows))
    print(f"(linear growth: the chars/s figure stays flat as the size grows; runs past "
          f"{cap:.0f} s are stopped)")


def memory(size: int) -> None:
    section("(d) Peak memory (tracemalloc) extracting the realistic text")
    text = mixed_text(size)
    tracemalloc.start()
    start = time.perf_counter()
    claims = extract_claims(text, None)
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(table(["chars", "claims", "peak MiB", "peak bytes/char", "seconds (traced)"],
                [[f"{size:,}", f"{len(claims):,}", f"{peak / 2**20:.1f}", f"{peak / size:.0f}",
                  f"{seconds:.1f}"]]))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs for (b) (default 5)")
    parser.add_argument("--cap", type=float, default=60.0,
                        help="stop a growth run after this many seconds per 100,000 "
                             "characters (default 60)")
    parser.add_argument("--quick", action="store_true",
                        help="skip the 1M-character runs and the 100k pathological runs")
    args = parser.parse_args(argv)
    growth_sizes = GROWTH_SIZES[:2] if args.quick else GROWTH_SIZES
    patho_sizes = PATHOLOGICAL_SIZES[:1] if args.quick else PATHOLOGICAL_SIZES

    print(f"reconcile benchmarks · Python {sys.version.split()[0]} · "
          f"{mp.cpu_count()} CPUs", flush=True)
    docs = corpus_documents()
    accuracy(docs)
    wall_time(docs, args.runs)
    growth(args.cap, growth_sizes)
    pathological(args.cap, patho_sizes)
    memory(growth_sizes[-1])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

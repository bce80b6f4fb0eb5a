"""Extraction throughput per language on a large generated corpus (MB/s per core, memory).

The corpus is built from the real human-translated texts in ../shared/devdata (see its
README): every document of a language, again and again, with the digits of each round
changed so no two rounds are identical (identical repeated paragraphs would rightly look
like site furniture). Documents are generated and processed one at a time, so memory is
bounded by one document, not the corpus. Each language runs in its own process, on one
core, through the whole library pipeline a user runs: paragraphs, segmentation,
boilerplate marking and extraction (`document_from_text` + `extract_document`, language
given, as with --lang).

    python benchmarks/speed.py [--mb-per-lang 10] [--langs en,fr,id,ja,zh]

It prints, per language: MB processed, wall and CPU seconds, MB/s per core (MB over the
CPU seconds of that one-process run, so other work on a shared machine does not count
against it), claims, and the peak resident memory of that process; then the CPU time of one
document at 100 KB and 1 MB (growth within a document: a ratio near 10 is linear).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The dev data sits beside the checkout; RECONCILE_DEVDATA names it from elsewhere (a worktree).
DEVDATA = Path(os.environ.get("RECONCILE_DEVDATA", ROOT.parent / "shared" / "devdata"))
LANGS = ("en", "fr", "id", "ja", "zh")
_DIGIT = re.compile(r"[0-9]")


def sources(lang: str) -> list[str]:
    files = sorted(DEVDATA.glob(f"*/*/{lang}.txt"))
    if not files:
        raise SystemExit(f"speed.py: no {lang}.txt under {DEVDATA} (the dev data is needed)")
    return [f.read_text(encoding="utf-8") for f in files]


def vary(text: str, round_no: int) -> str:
    """The text with every digit shifted by the round number (same length, same forms)."""
    if round_no == 0:
        return text
    return _DIGIT.sub(lambda m: str((int(m.group(0)) + round_no) % 10), text)


def documents(lang: str, total_bytes: int) -> Iterator[str]:
    """Documents of `lang` until `total_bytes` of UTF-8 have been yielded."""
    texts = sources(lang)
    done = 0
    round_no = 0
    while True:
        for text in texts:
            doc = vary(text, round_no)
            yield doc
            done += len(doc.encode("utf-8"))
            if done >= total_bytes:
                return
        round_no += 1


def run_language(lang: str, total_bytes: int) -> dict[str, object]:
    from reconcile.api import document_from_text, extract_document

    size = 0
    claims = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for text in documents(lang, total_bytes):
        size += len(text.encode("utf-8"))
        claims += len(extract_document(document_from_text(text, lang)))
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    one = {}
    for target in (100_000, 1_000_000):
        parts: list[str] = []
        length = 0
        for text in documents(lang, target):
            parts.append(text)
            length += len(text.encode("utf-8"))
        big = "\n\n".join(parts)
        t0 = time.process_time()
        extract_document(document_from_text(big, lang))
        one[str(target)] = time.process_time() - t0
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"lang": lang, "mb": size / 1e6, "seconds": seconds, "cpu": cpu, "claims": claims,
            "peak_mib": peak_kib / 1024, "doc_100k": one["100000"], "doc_1m": one["1000000"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb-per-lang", type=float, default=10.0)
    parser.add_argument("--langs", default=",".join(LANGS))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    total = int(args.mb_per_lang * 1e6)
    if args.child:
        print(json.dumps(run_language(args.child, total)))
        return 0
    rows = []
    for lang in args.langs.split(","):
        out = subprocess.run(
            [sys.executable, __file__, "--child", lang, "--mb-per-lang", str(args.mb_per_lang)],
            check=True, capture_output=True, text=True,
        )
        rows.append(json.loads(out.stdout))
    print("lang      MB   wall s   CPU s   MB/s/core   claims   peak MiB"
          "   1 doc 100 KB   1 doc 1 MB")
    for r in rows:
        rate = r["mb"] / r["cpu"]
        print(f"{r['lang']:<4} {r['mb']:7.1f} {r['seconds']:8.1f} {r['cpu']:7.1f} {rate:11.2f}"
              f" {r['claims']:8d} {r['peak_mib']:10.0f} {r['doc_100k']:12.2f}s"
              f" {r['doc_1m']:11.2f}s")
    total_mb = sum(float(r["mb"]) for r in rows)
    total_s = sum(float(r["seconds"]) for r in rows)
    total_cpu = sum(float(r["cpu"]) for r in rows)
    print(f"all  {total_mb:7.1f} {total_s:8.1f} {total_cpu:7.1f} {total_mb / total_cpu:11.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

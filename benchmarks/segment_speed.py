"""CPU seconds per MB of what runs before extraction, per language: `document_from_text`
(paragraphs; the language is given, so nothing is detected) and `segment` (sentences,
bullets, headings, boilerplate marking), on the corpus benchmarks/speed.py builds.

    python benchmarks/segment_speed.py [--mb-per-lang 1] [--langs en,fr,id,ja,zh] [--repeat 3]

The documents are generated first, then each stage is timed over all of them (CPU time of
this process, the best of --repeat runs: on a shared machine the best is the least
disturbed). Issue #14's budget for the whole pipeline is 0.5 s per MB (2 MB/s per core).
"""

from __future__ import annotations

import argparse
import time

# The sibling benchmark module (a script's folder is on sys.path).
from speed import LANGS, documents


def run_language(lang: str, total_bytes: int, repeat: int) -> tuple[float, float, float, int]:
    """(MB, seconds per MB of document_from_text, of segment, documents)."""
    from reconcile.api import document_from_text
    from reconcile.segment import segment

    texts = list(documents(lang, total_bytes))
    mb = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    for text in texts[:3]:  # warm: tables loaded, patterns compiled
        segment(document_from_text(text, lang))
    best_doc = best_seg = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        docs = [document_from_text(text, lang) for text in texts]
        middle = time.process_time()
        for doc in docs:
            segment(doc)
        end = time.process_time()
        best_doc, best_seg = min(best_doc, middle - start), min(best_seg, end - middle)
    return mb, best_doc / mb, best_seg / mb, len(texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb-per-lang", type=float, default=1.0)
    parser.add_argument("--langs", default=",".join(LANGS))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print("lang     MB   docs   document_from_text s/MB   segment s/MB   total s/MB")
    for lang in args.langs.split(","):
        mb, doc, seg, count = run_language(lang, int(args.mb_per_lang * 1e6), args.repeat)
        print(f"{lang:<4} {mb:6.2f} {count:6d} {doc:25.3f} {seg:14.3f} {doc + seg:12.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

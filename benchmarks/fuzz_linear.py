"""Is extraction (and the diff) linear in input size on fuzzed text? (issue #19)

Builds seeded random text from each language profile's number vocabulary (digits with
every separator, scale words, currencies, qualifiers, full-width and CJK numerals, random
Unicode) in sentences, at sizes x1, x2, x4, x8 and x16 of a base size, times
`extract_claims` on each (best of --runs), and fits time = c * size^k by least squares on
the log-log points. k near 1 is linear; k near 2 would be a quadratic blow-up. The diff is
timed the same way on two fuzzed versions sharing half their text; alignment scores pairs
of claims of different versions, so its k is expected between 1 and 2 (quadratic in the
claims of one story, never in the size of an archive).

    python benchmarks/fuzz_linear.py [--base 20000] [--runs 3] [--langs en,fr,id,ja,zh]
                                     [--no-diff]

Prints one line per language (and one for the diff): the seconds per size and k.
Writes nothing to disk.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections.abc import Callable, Sequence

from reconcile import diff_story, document_from_text, extract_claims, load_aliases
from reconcile.lang import get_profile, supported_languages
from reconcile.model import Source, Story

FACTORS = (1, 2, 4, 8, 16)
DIGITS = "0123456789０１２３４５６７８９"
SEPARATORS = (",", ".", "'", " ", "\u00a0", "\u2009", "\u202f", "，", "．")
HAN = "〇零一二三四五六七八九十百千万萬亿億兆两兩"
ENDS = {"en": ". ", "fr": ". ", "id": ". ", "ja": "。", "zh": "。"}


def vocabulary(lang: str) -> list[str]:
    p = get_profile(lang)
    words: set[str] = set()
    for table in (p.scales, p.short_scales, p.currency_words, p.currency_symbols,
                  p.qualifiers_before, p.qualifiers_after, p.durations, p.months,
                  p.multiplier_words):
        words.update(table)
    words.update((*p.percent_words, *p.percent_signs, *p.range_connectors))
    return sorted(w for w in words if w)


def fuzz_text(lang: str, size: int, seed: int) -> str:
    """About `size` characters of number soup in sentences, the same for the same seed."""
    rng = random.Random(seed)
    words = vocabulary(lang)
    end = ENDS.get(lang, ". ")
    out: list[str] = []
    length = 0
    while length < size:
        sentence: list[str] = []
        for _ in range(rng.randint(4, 14)):
            roll = rng.random()
            if roll < 0.3:
                groups = [str(rng.randint(0, 999)) for _ in range(rng.randint(1, 3))]
                piece = rng.choice(SEPARATORS).join(groups)
            elif roll < 0.6:
                piece = rng.choice(words)
            elif roll < 0.7:
                piece = "".join(rng.choice(HAN) for _ in range(rng.randint(1, 4)))
            elif roll < 0.8:
                piece = "".join(rng.choice(DIGITS) for _ in range(rng.randint(1, 5)))
            else:
                piece = "".join(chr(rng.randint(0x20, 0x2FFF)) for _ in range(rng.randint(1, 6)))
            sentence.append(piece)
        text = " ".join(sentence) + end
        if rng.random() < 0.2:
            text += "\n"
        out.append(text)
        length += len(text)
    return "".join(out)[:size]


def best_time(action: Callable[[], object], runs: int) -> float:
    best = math.inf
    for _ in range(runs):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def exponent(sizes: Sequence[int], seconds: Sequence[float]) -> float:
    """k of the least-squares fit of log(seconds) = log(c) + k * log(size)."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-9)) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / \
        sum((x - mx) ** 2 for x in xs)


def report(name: str, sizes: Sequence[int], seconds: Sequence[float]) -> None:
    times = "  ".join(f"x{s // sizes[0]}: {t:6.3f}s" for s, t in zip(sizes, seconds, strict=True))
    print(f"{name:<6} {times}   k = {exponent(sizes, seconds):.2f}", flush=True)


def diff_of(texts: Sequence[tuple[str, str]]) -> object:
    sources = tuple(
        Source(f"{lang}-{i}", f"{lang}-{i}.txt", lang,
               document_from_text(text, lang, source_id=f"{lang}-{i}"))
        for i, (lang, text) in enumerate(texts))
    return diff_story(Story("fuzz", "fuzz", sources), load_aliases())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", type=int, default=20_000,
                        help="characters at x1 (default 20000)")
    parser.add_argument("--runs", type=int, default=3, help="best of N runs (default 3)")
    parser.add_argument("--langs", default=",".join(supported_languages()))
    parser.add_argument("--no-diff", action="store_true", help="skip the diff timing")
    args = parser.parse_args(argv)
    sizes = [args.base * f for f in FACTORS]
    print(f"fuzz_linear: extract_claims on seeded fuzzed text, {args.base} chars at x1, "
          f"best of {args.runs}; k = fitted exponent of time ~ size^k (1 = linear)")
    worst = 0.0  # of extraction only: the diff is reported apart (see the docstring)
    for lang in args.langs.split(","):
        extract_claims(fuzz_text(lang, 2000, 0), lang)  # warm-up: profile and tables
        seconds = [best_time(lambda n=n, lang=lang: extract_claims(fuzz_text(lang, n, 1), lang),
                             args.runs) for n in sizes]
        report(lang, sizes, seconds)
        worst = max(worst, exponent(sizes, seconds))
    if not args.no_diff:
        # The diff at a smaller base: alignment compares claims across versions.
        dsizes = [max(1000, args.base // 4) * f for f in FACTORS]
        seconds = []
        for n in dsizes:
            shared = fuzz_text("en", n // 2, 2)
            texts = [("en", shared + fuzz_text("en", n // 2, 3)),
                     ("fr", fuzz_text("fr", n // 2, 4) + shared)]
            seconds.append(best_time(lambda texts=texts: diff_of(texts), 1))
        report("diff", dsizes, seconds)
    verdict = "linear" if worst < 1.3 else "SUPERLINEAR"
    print(f"extraction: worst k = {worst:.2f} ({verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

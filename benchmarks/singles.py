"""Lone facts on faithful translations (issue #15): the share of facts only one language
states, per devdata set, and why each is lone.

On ../shared/devdata every fact is stated alike in every language (human translations), so
a lone ("single") fact is either a real miss (another language states the same value but it
was read differently or not at all) or one-sided (the translation drops or adds the figure).

    python benchmarks/singles.py                      # run the diff on both devdata sets
    python benchmarks/singles.py --list               # plus every single fact and its cause
    python benchmarks/singles.py --json out.json ...  # score saved `reconcile diff` JSON

Causes, the first that applies:
  read-differently  another language has a claim with the same value (or date) in the same
                    document that landed in another fact (another kind or unit): a real miss
  unread-elsewhere  another language's text writes the same number in digits, unclaimed:
                    a real miss (or a number the other language writes as a non-claim)
  vague             a vague word (several, beberapa, 几): translators render it as "some"
                    or leave it out as often as not
  relative-date     a relative date ("last week", 今年) the other versions date otherwise
  one-sided         no other language states the value in digits or as a claim: the
                    translation adds or drops the figure (or spells it in words)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SETS = ("flores_devtest", "tico19")
CAUSES = ("read-differently", "unread-elsewhere", "vague", "relative-date", "one-sided")
REAL = frozenset({"read-differently", "unread-elsewhere"})

# Digits with group separators ("74 439", "1,388", "1.000") or a decimal part.
_NUMBER = re.compile(r"\d+(?:[,.\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")


@dataclass(frozen=True)
class Single:
    set: str
    story: str
    lang: str
    kind: str
    surface: str
    low: str | None
    high: str | None
    date: str | None
    cause: str


def _devdata() -> Path:
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "devdata").is_dir():
            return base / "shared" / "devdata"
    return ROOT.parent / "shared" / "devdata"


def run_diff(folder: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run(
        [sys.executable, "-m", "reconcile", "diff", "--format", "json", "--fail-on", "never",
         "--jobs", "2", "--no-cache", str(folder)],
        capture_output=True, text=True, env=env, check=True)
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def _dec(value: object) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value)).normalize()
    except InvalidOperation:
        return None


def _numbers(text: str) -> set[Decimal]:
    """Every number written in digits, read with either separator convention."""
    found: set[Decimal] = set()
    for m in _NUMBER.finditer(text):
        raw = m.group()
        for group, decimal in ((",", "."), (".", ","), (" ", ",")):
            plain = re.sub(r"[\u00a0\u202f ]", " ", raw).replace(group, "").replace(" ", "")
            value = _dec(plain.replace(decimal, "."))
            if value is not None:
                found.add(value)
    return found


def _values(m: Mapping[str, Any]) -> tuple[Decimal | None, Decimal | None, str | None]:
    return _dec(m.get("low")), _dec(m.get("high")), m.get("date")


def _cause(m: Mapping[str, Any], others: Sequence[Mapping[str, Any]],
           texts: Iterable[str]) -> str:
    low, high, date = _values(m)
    if m["kind"] == "date":
        if date is not None and any(o.get("date") == date for o in others):
            return "read-differently"
    elif any((_dec(o.get("low")), _dec(o.get("high"))) == (low, high) for o in others
             if o["kind"] != "date"):
        return "read-differently"
    wanted = {v for v in (low, high) if v is not None}
    if date is not None and date[:4].isdigit():
        wanted.add(Decimal(date[:4]))
    if wanted and any(wanted <= _numbers(t) for t in texts):
        return "unread-elsewhere"
    if m.get("qualifier") == "several":
        return "vague"
    if m["kind"] == "date" and date is None:
        return "relative-date"
    return "one-sided"


def singles(name: str, diff: Mapping[str, Any]) -> tuple[int, list[Single]]:
    """The number of facts and every single one with its cause."""
    paths = {(s["story"], s["id"]): s["path"] for s in diff["sources"] if s.get("path")}
    by_story: dict[str, list[tuple[str, Mapping[str, Any]]]] = {}
    for fact in diff["facts"]:
        for m in fact["mentions"]:
            by_story.setdefault(fact["story"], []).append((fact["id"], m))
    out: list[Single] = []
    for fact in diff["facts"]:
        if fact["status"] != "single":
            continue
        for m in fact["mentions"]:
            story = fact["story"]
            others = [o for fid, o in by_story.get(story, [])
                      if o["source"] != m["source"] and fid != fact["id"]]
            texts = [Path(p).read_text(encoding="utf-8") for (st, src), p in paths.items()
                     if st == story and src != m["source"] and Path(p).is_file()]
            out.append(Single(name, story, m["source"], m["kind"], m["surface"],
                              m.get("low") and str(m["low"]),
                              m.get("high") and str(m["high"]), m.get("date"),
                              _cause(m, others, texts)))
    return len(diff["facts"]), out


def report(results: Sequence[tuple[str, int, list[Single]]], listing: bool) -> str:
    lines = ["set                 facts  single  share   real  real-share  " +
             "  ".join(CAUSES)]
    for name, facts, lone in results:
        causes = Counter(s.cause for s in lone)
        real = sum(causes[c] for c in REAL)
        share = len(lone) / facts if facts else 0.0
        real_share = real / facts if facts else 0.0
        lines.append(f"{name:<18} {facts:>6} {len(lone):>7} {share:>6.1%} {real:>6} "
                     f"{real_share:>11.1%}  " + "  ".join(f"{causes[c]:>{len(c)}}"
                                                         for c in CAUSES))
    if listing:
        for _name, _facts, lone in results:
            for s in sorted(lone, key=lambda s: (s.cause, s.story, s.lang)):
                value = s.date if s.kind == "date" else f"{s.low}..{s.high}"
                lines.append(f"{s.cause:<17} {s.set}/{s.story}\t{s.lang}\t{s.kind}\t"
                             f"{s.surface!r}\t{value}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list every single fact")
    parser.add_argument("--json", nargs="*", metavar="FILE",
                        help="score saved `reconcile diff --format json` outputs")
    args = parser.parse_args(argv)
    results: list[tuple[str, int, list[Single]]] = []
    if args.json:
        for path in args.json:
            diff = json.loads(Path(path).read_text(encoding="utf-8"))
            results.append((Path(path).stem, *singles(Path(path).stem, diff)))
    else:
        base = _devdata()
        for name in SETS:
            results.append((name, *singles(name, run_diff(base / name))))
    print(report(results, args.list))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

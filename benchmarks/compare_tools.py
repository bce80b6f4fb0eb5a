"""What a user would otherwise pick, on the same texts: recall against our gold mentions,
values, and time, for reconcile and general recognisers of numbers, money and dates.

Texts: every file of the development gold and of the held-out gold (tests/gold/devdata,
tests/gold/heldout: whole FLORES and TICO-19 documents in en, fr, id, ja, zh, every numeric
claim annotated by hand). Tools, each given the file's language:

- reconcile: `extract_document(document_from_text(text, lang))`, nothing set aside;
- dateparser's `search.search_dates` (dates only; returns substrings, located in order);
- Microsoft Recognizers-Text (`recognizers-text-suite`): number, currency, percentage,
  dimension and date-time recognisers of the language's culture (none for Indonesian);
- quantulum3 (English only; its classifier off: the shipped one needs a matching
  scikit-learn, and the rule-based disambiguation needs no model).

None of them is a dependency of reconcile; install them in the benchmark environment only:

    pip install -e '.[bench]'   # dateparser, recognizers-text-suite, quantulum3
    python benchmarks/compare_tools.py

(Recognizers-Text 1.0.2a2 needs emoji<1: the bench extra pins it.) A gold mention is
*found* when a span the tool reports overlaps it; *number right* counts the found
mentions of one number (qualifier eq, not a date) whose overlapping span has the same
value; *date right*, the found mentions of one date whose span resolves to the same year,
month and day as far as the gold states them (dateparser fills the parts a text leaves
out from a fixed anchor, so a year alone is judged on its year). *Outside gold* counts reported
spans overlapping no gold mention: ordinals, identifiers, numbers that are no claim, and
false alarms alike (the gold annotates claims only). Time is the tool's own, summed over
the files after one warm-up call; a tool missing from the environment is listed as such.

It prints Markdown; benchmarks/all.py puts it in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from devgoldscore import DEVGOLD, HELDOUT, DevClaim, file_text, gold_files, load_dev_gold  # noqa: E402

LANGS = ("en", "fr", "id", "ja", "zh")
KINDS = ("money", "count", "percent", "date", "duration", "multiplier", "quantity")
# A fixed "now" for relative dates, so every run finds the same.
ANCHOR = dt.datetime(2020, 1, 1)


@dataclass(frozen=True)
class Span:
    """Something a tool reported: [start, end) in the text, and its value if it gave one."""

    start: int
    end: int
    value: Decimal | None = None
    when: dt.datetime | None = None


Finder = Callable[[str, str], list[Span]]

# The held-out gold's mentions (filled once by main), reported apart: the development gold
# is the set reconcile was developed on.
held_out: set[DevClaim] = set()


@dataclass(frozen=True)
class Tool:
    name: str
    langs: tuple[str, ...]
    find: Finder
    scope: str  # what it looks for


def _decimal(value: object) -> Decimal | None:
    text = re.sub(r"[^0-9.eE+-]", "", str(value))
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None


def _reconcile() -> Tool:
    from reconcile.api import document_from_text, extract_document

    def find(text: str, lang: str) -> list[Span]:
        claims = extract_document(document_from_text(text, lang), include_boilerplate=True)
        out = []
        for c in claims:
            when = None
            if c.date and re.fullmatch(r"\d{4}(-\d\d){0,2}", c.date):
                parts = [int(p) for p in c.date.split("-")] + [1, 1]
                when = dt.datetime(parts[0], parts[1], parts[2])
            out.append(Span(c.start, c.end, c.low if c.low == c.high else None, when))
        return out

    return Tool("reconcile", LANGS, find, "money, counts, percents, dates, durations, "
                "multipliers, quantities")


def _located(text: str, found: Sequence[tuple[str, object]]) -> list[tuple[int, int, object]]:
    """Substrings a tool returned without offsets, found in the text in order."""
    out = []
    at = 0
    for surface, value in found:
        start = text.find(surface, at)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            continue
        out.append((start, start + len(surface), value))
        at = start + len(surface)
    return out


def _dateparser() -> Tool:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": ANCHOR}

    def find(text: str, lang: str) -> list[Span]:
        found = search_dates(text, languages=[lang], settings=settings) or []
        return [Span(s, e, None, when if isinstance(when, dt.datetime) else None)
                for s, e, when in _located(text, found)]

    return Tool("dateparser search_dates", LANGS, find, "dates")


def _recognizers() -> Tool:
    import recognizers_suite as rs

    cultures = {"en": rs.Culture.English, "fr": rs.Culture.French,
                "ja": rs.Culture.Japanese, "zh": rs.Culture.Chinese}
    recognizers = (rs.recognize_number, rs.recognize_currency, rs.recognize_percentage,
                   rs.recognize_dimension, rs.recognize_datetime)

    def find(text: str, lang: str) -> list[Span]:
        culture = cultures.get(lang)
        if culture is None:
            return []
        out = []
        for recognize in recognizers:
            for r in recognize(text, culture):
                # ModelResult.end is the index of the last character (inclusive).
                resolution = r.resolution or {}
                value = resolution.get("value") if isinstance(resolution, dict) else None
                out.append(Span(r.start, r.end + 1, _decimal(value) if value else None,
                                _timex_date(resolution)))
        return out

    return Tool("Recognizers-Text 1.0.2a2", tuple(cultures), find,
                "numbers, currency, percentages, dimensions, date-times")


def _timex_date(resolution: object) -> dt.datetime | None:
    """The date of a Recognizers date-time resolution whose TIMEX is a plain year, month or
    day (2016, 2016-03, 2016-03-05); the parts it does not state are 1."""
    values = resolution.get("values") if isinstance(resolution, dict) else None
    if not values or not isinstance(values[0], dict):
        return None
    found = re.fullmatch(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", str(values[0].get("timex", "")))
    if found is None:
        return None
    year, month, day = found.groups()
    return dt.datetime(int(year), int(month or 1), int(day or 1))


def _quantulum() -> Tool:
    from quantulum3 import classifier, parser

    classifier.USE_CLF = False

    def find(text: str, lang: str) -> list[Span]:
        if lang != "en":
            return []
        return [Span(q.span[0], q.span[1], _decimal(q.value)) for q in parser.parse(text)]

    return Tool("quantulum3 0.10", ("en",), find, "quantities, money, percentages")


BUILDERS = (("reconcile", _reconcile), ("dateparser", _dateparser),
            ("recognizers-text-suite", _recognizers), ("quantulum3", _quantulum))


def _value_right(gold: DevClaim, span: Span) -> bool:
    if gold.kind == "date":
        if span.when is None or not gold.date or not re.fullmatch(r"\d{4}(-\d\d){0,2}",
                                                                    gold.date):
            return False
        parts = [int(p) for p in gold.date.split("-")]
        have = [span.when.year, span.when.month, span.when.day][:len(parts)]
        return have == parts
    return span.value is not None and gold.low is not None and span.value == gold.low


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    eq: int = 0  # found mentions with one number (not dates)
    right: int = 0
    dates: int = 0  # found date mentions with one date
    dates_right: int = 0
    spans: int = 0
    outside: int = 0
    seconds: float = 0.0
    chars: int = 0


def measure(tool: Tool, files: Sequence[tuple[str, str, list[DevClaim]]]
            ) -> tuple[Tally, dict[str, Tally], Tally]:
    """Totals, totals per kind, and totals over the held-out gold alone."""
    total = Tally()
    heldout = Tally()
    by_kind = {k: Tally() for k in KINDS}
    tool.find("The price rose 5% to $20 million on 3 March 2020.", "en")  # warm-up
    for text, lang, gold in files:
        if lang not in tool.langs:
            continue
        start = time.perf_counter()
        spans = tool.find(text, lang)
        total.seconds += time.perf_counter() - start
        total.chars += len(text)
        total.spans += len(spans)
        total.outside += sum(1 for s in spans
                             if not any(s.start < g.end and g.start < s.end for g in gold))
        for g in gold:
            hits = [s for s in spans if s.start < g.end and g.start < s.end]
            held = (heldout,) if g in held_out else ()
            for tally in (total, by_kind[g.kind], *held):
                tally.gold += 1
                tally.found += bool(hits)
                if not hits or g.qualifier != "eq":
                    continue
                right = any(_value_right(g, s) for s in hits)
                if g.kind == "date" and g.date:
                    tally.dates += 1
                    tally.dates_right += right
                elif g.kind != "date" and g.low is not None:
                    tally.eq += 1
                    tally.right += right
    return total, by_kind, heldout


def _pct(a: int, b: int) -> str:
    return f"{a / b:.0%}" if b else "–"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    warnings.simplefilter("ignore")  # old recognisers warn about deprecated regex and dates
    files = []
    held_out.update(load_dev_gold(HELDOUT))
    for root in (DEVGOLD, HELDOUT):
        gold = load_dev_gold(root)
        for key in gold_files(gold, root):
            files.append((file_text(key, root), key[2],
                          [g for g in gold if g.key == key]))
    tools: list[Tool] = []
    missing: list[str] = []
    for package, build in BUILDERS:
        try:
            tools.append(build())
        except ImportError as exc:
            missing.append(f"{package} ({exc})")
    gold_total = sum(len(g) for _, _, g in files)
    print(f"{len(files)} files, {sum(len(t) for t, _, _ in files) / 1e3:.0f} k characters, "
          f"{gold_total} gold mentions (tests/gold/devdata and tests/gold/heldout). Each "
          "tool is scored on the languages it supports.\n")
    results = [(tool, *measure(tool, files)) for tool in tools]
    print("| tool | looks for | languages | gold mentions | found | recall | recall, held-out "
          "gold | number right | date right | spans reported | outside gold | seconds "
          "| ms per 1k chars |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for tool, t, _, h in results:
        per_k = 1000 * t.seconds / (t.chars / 1000) if t.chars else 0.0
        print(f"| {tool.name} | {tool.scope} | {', '.join(tool.langs)} | {t.gold} | {t.found} "
              f"| {_pct(t.found, t.gold)} | {h.found}/{h.gold} ({_pct(h.found, h.gold)}) "
              f"| {t.right}/{t.eq} ({_pct(t.right, t.eq)}) "
              f"| {t.dates_right}/{t.dates} ({_pct(t.dates_right, t.dates)}) "
              f"| {t.spans} | {t.outside} | {t.seconds:.1f} | {per_k:.1f} |")
    print("\nThe gold marks what reconcile calls a claim, and the development gold is the set "
          "reconcile was developed on: its recall there is optimistic; the held-out gold "
          "(never used to tune reconcile) is the fairer figure. The other tools "
          "were not built for this task: they are measured as a user would run them.")
    print("\nRecall by kind of gold mention (found / gold, in the languages of each tool):\n")
    print("| kind | " + " | ".join(tool.name for tool, _, _, _ in results) + " |")
    print("|---|" + "---:|" * len(results))
    for kind in KINDS:
        cells = [f"{k[kind].found}/{k[kind].gold} ({_pct(k[kind].found, k[kind].gold)})"
                 for _, _, k, _ in results]
        print(f"| {kind} | " + " | ".join(cells) + " |")
    if missing:
        print("\nNot installed here (pip install -e '.[bench]'): " + "; ".join(missing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Extraction precision and recall on the development gold (tests/gold/devdata/).

Runs the extractor on every annotated FLORES / TICO-19 file (language given, not detected)
and scores it against the hand-annotated claims, per language, per kind and per form class.

    python benchmarks/devgold.py            # tables
    python benchmarks/devgold.py --errors   # tables, then every miss and false positive
    python benchmarks/devgold.py --json     # the same figures as JSON on stdout
    python benchmarks/devgold.py --gold tests/gold/heldout   # the held-out gold instead
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # devgoldscore and goldscore live with the tests

from devgoldscore import (  # noqa: E402
    DEVGOLD,
    FORMS,
    KINDS,
    LANGS,
    DevClaim,
    FileResult,
    Tally,
    claim_form,
    load_dev_gold,
    score_all,
    source_id,
    tally,
)
from reconcile.model import Claim  # noqa: E402


def _value(kind: str, low: object, high: object, date: str | None) -> str:
    return str(date) if kind == "date" else f"{low}..{high}"


def _miss_row(g: DevClaim) -> dict[str, object]:
    return {"file": source_id(g.key), "start": g.start, "end": g.end, "surface": g.surface,
            "kind": g.kind, "form": g.form, "value": _value(g.kind, g.low, g.high, g.date)}


def _fp_row(key: str, c: Claim) -> dict[str, object]:
    return {"file": key, "start": c.start, "end": c.end, "surface": c.surface, "kind": c.kind,
            "form": claim_form(c), "value": _value(c.kind, c.low, c.high, c.date)}


def _figures(t: Tally) -> dict[str, object]:
    return {"gold": t.gold, "extracted": t.extracted, "matched": t.matched,
            "precision": round(t.precision, 4), "recall": round(t.recall, 4)}


def report(results: Sequence[FileResult]) -> dict[str, object]:
    """Every figure of the benchmark as plain data (the --json output)."""
    forms = [f for f in FORMS if tally(results, form=f).gold or tally(results, form=f).extracted]
    return {
        "files": len(results),
        "documents": len({r.key[:2] for r in results}),
        "overall": _figures(tally(results)),
        "by_lang": {lang: _figures(tally(results, lang=lang)) for lang in LANGS},
        "by_kind": {kind: _figures(tally(results, kind=kind)) for kind in KINDS},
        "by_form": {form: _figures(tally(results, form=form)) for form in forms},
        "by_lang_kind": {f"{lang}/{kind}": _figures(tally(results, lang=lang, kind=kind))
                         for lang in LANGS for kind in KINDS
                         if tally(results, lang=lang, kind=kind).gold},
        "misses": [_miss_row(g) for r in results for g in r.misses],
        "false_positives": [_fp_row(source_id(r.key), c) for r in results
                            for c in r.false_positives],
    }


def _table(title: str, rows: dict[str, dict[str, object]]) -> list[str]:
    lines = [f"{title:<18}{'gold':>6}{'found':>7}{'match':>7}{'prec':>8}{'recall':>8}"]
    for name, f in rows.items():
        lines.append(f"{name:<18}{f['gold']:>6}{f['extracted']:>7}{f['matched']:>7}"
                     f"{f['precision']:>8.3f}{f['recall']:>8.3f}")
    return lines


def render(data: dict[str, object], *, errors: bool, gold: Path = DEVGOLD) -> str:
    overall = data["overall"]
    assert isinstance(overall, dict)
    shown = gold.resolve().relative_to(ROOT) if gold.resolve().is_relative_to(ROOT) else gold
    lines = [f"Gold: {data['documents']} documents, {data['files']} files ({shown})", ""]
    for title, key in (("language", "by_lang"), ("kind", "by_kind"), ("form class", "by_form")):
        table = data[key]
        assert isinstance(table, dict)
        lines += [*_table(title, table), ""]
    lines += _table("", {"overall": overall})
    misses, fps = data["misses"], data["false_positives"]
    assert isinstance(misses, list) and isinstance(fps, list)
    lines.append(f"\n{len(misses)} misses, {len(fps)} false positives"
                 + ("" if errors else " (list them with --errors)"))
    if errors:
        for label, rows in (("misses", misses), ("false positives", fps)):
            lines.append(f"\n{label}:")
            lines += [f"  {r['file']} [{r['start']}:{r['end']}] {r['kind']:<10} {r['form']:<12} "
                      f"{r['surface']!r} = {r['value']}" for r in rows]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list misses and false positives")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--gold", type=Path, default=DEVGOLD, metavar="DIR",
                        help="gold folder holding claims.jsonl and the texts "
                             "(default tests/gold/devdata; tests/gold/heldout is measurement-only)")
    args = parser.parse_args(argv)
    data = report(score_all(load_dev_gold(args.gold), root=args.gold))
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(render(data, errors=args.errors, gold=args.gold))
    return 0


if __name__ == "__main__":
    sys.exit(main())

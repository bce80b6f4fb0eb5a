"""Scoring extraction against the development gold in tests/gold/devdata/ (shared by
benchmarks/devgold.py and tests/test_dev_gold.py). Every function that reads the gold takes
its folder (`root`, default tests/gold/devdata), so the held-out gold in tests/gold/heldout/
is read the same way.

The matching rule is the bundled story's (goldscore.score): same file, overlapping
[start, end) spans, same kind, equal low/high as Decimals (the date for dates), one-to-one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from goldscore import GoldClaim, score
from reconcile.api import document_from_text, extract_document
from reconcile.model import Claim

DEVGOLD = Path(__file__).parent / "gold" / "devdata"
CLAIMS = DEVGOLD / "claims.jsonl"
HELDOUT = Path(__file__).parent / "gold" / "heldout"
LANGS = ("en", "fr", "id", "ja", "zh")
KINDS = ("money", "count", "percent", "date", "duration", "multiplier", "quantity")
QUALIFIERS = ("eq", "approx", "gt", "gte", "lt", "lte", "range", "several")
FORMS = ("digits", "grouped", "decimal", "spelled", "cjk-compound", "han", "fullwidth",
         "scale-word", "date-words", "date-numeric", "date-cjk", "range", "vague", "other")

FileKey = tuple[str, str, str]  # (set, doc, lang)


@dataclass(frozen=True)
class DevClaim:
    """One hand-annotated claim of a development file (see tests/gold/devdata/README.md)."""

    set: str
    doc: str
    lang: str
    surface: str
    start: int
    end: int
    kind: str
    low: Decimal | None
    high: Decimal | None
    qualifier: str
    unit: str | None
    date: str | None
    form: str
    note: str = ""

    @property
    def key(self) -> FileKey:
        return (self.set, self.doc, self.lang)


@dataclass(frozen=True)
class Tally:
    gold: int
    extracted: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


@dataclass(frozen=True)
class FileResult:
    key: FileKey
    gold: tuple[DevClaim, ...]
    extracted: tuple[Claim, ...]
    misses: tuple[DevClaim, ...]
    false_positives: tuple[Claim, ...]


def _dec(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def load_dev_gold(path: Path = CLAIMS) -> list[DevClaim]:
    """The claims of a gold file; `path` is a claims.jsonl or the folder holding it."""
    if path.is_dir():
        path = path / "claims.jsonl"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        out.append(DevClaim(row["set"], row["doc"], row["lang"], row["surface"], row["start"],
                            row["end"], row["kind"], _dec(row["low"]), _dec(row["high"]),
                            row["qualifier"], row["unit"], row["date"], row["form"],
                            row.get("note", "")))
    return out


def file_path(key: FileKey, root: Path = DEVGOLD) -> Path:
    set_, doc, lang = key
    return root / set_ / doc / f"{lang}.txt"


def file_text(key: FileKey, root: Path = DEVGOLD) -> str:
    return file_path(key, root).read_text(encoding="utf-8")


def gold_files(gold: Iterable[DevClaim], root: Path = DEVGOLD) -> list[FileKey]:
    """Every file of every annotated document (a file may have no claim at all)."""
    docs = sorted({(g.set, g.doc) for g in gold})
    return [(s, d, p.stem) for s, d in docs for p in sorted((root / s / d).glob("*.txt"))]


def source_id(key: FileKey) -> str:
    return "/".join(key)


def extract_file(key: FileKey, root: Path = DEVGOLD) -> list[Claim]:
    """The extractor's claims on one file, its language given (not detected); the dev texts
    have no site boilerplate, so nothing is held back as such."""
    doc = document_from_text(file_text(key, root), key[2], source_id=source_id(key))
    return extract_document(doc, include_boilerplate=True)


def _as_gold(g: DevClaim, index: int) -> GoldClaim:
    return GoldClaim(str(index), source_id(g.key), g.kind, g.surface, g.start, g.end,
                     g.low, g.high, g.date, "")


def score_file(key: FileKey, gold: Sequence[DevClaim], claims: Sequence[Claim]) -> FileResult:
    mine = [g for g in gold if g.key == key]
    wrapped = [_as_gold(g, i) for i, g in enumerate(mine)]
    result = score(claims, wrapped)
    missed = {int(m.id) for m in result.misses}
    return FileResult(key, tuple(mine), tuple(claims),
                      tuple(g for i, g in enumerate(mine) if i in missed), result.false_positives)


def score_all(gold: Sequence[DevClaim],
              extracted: Mapping[FileKey, Sequence[Claim]] | None = None,
              root: Path = DEVGOLD) -> list[FileResult]:
    """Score every gold file of the gold folder `root`; runs the extractor unless `extracted`
    is given."""
    keys = gold_files(gold, root)
    claims = extracted if extracted is not None else {k: extract_file(k, root) for k in keys}
    return [score_file(k, gold, claims.get(k, ())) for k in keys]


_HAN_DIGITS = set("〇零一二两兩三四五六七八九十百千")
_CJK_SCALES = set("万萬亿億")
_SCALE_WORDS = re.compile(r"\d\s*(million|milliard|billion|trillion|juta|miliar|triliun)", re.I)
_GROUPED = re.compile(r"\d[,. \u00a0\u202f\u2009]\d{3}(?!\d)")


def form_of(surface: str, kind: str, qualifier: str, value: Decimal | None) -> str:
    """The form class of a claim's surface (used for the gold and for false positives)."""
    if qualifier == "range":
        return "range"
    if qualifier == "several":
        return "vague"
    if any("\uff10" <= ch <= "\uff19" for ch in surface):
        return "fullwidth"
    has_digit = any("0" <= ch <= "9" for ch in surface)
    if kind == "date":
        if any(ch in "年月日" for ch in surface):
            return "date-cjk"
        return "date-words" if re.search(r"[^\W\d_]{3,}", surface) else "date-numeric"
    if has_digit and any(ch in _CJK_SCALES for ch in surface):
        return "cjk-compound"
    if not has_digit:
        return "han" if any(ch in _HAN_DIGITS for ch in surface) else "spelled"
    if _SCALE_WORDS.search(surface):
        return "scale-word"
    if value is not None and int(value.as_tuple().exponent) < 0:
        return "decimal"
    return "grouped" if _GROUPED.search(surface) else "digits"


def claim_form(c: Claim) -> str:
    return form_of(c.surface, c.kind, c.qualifier, c.low if c.low is not None else c.high)


def tally(results: Iterable[FileResult], *, lang: str | None = None, kind: str | None = None,
          form: str | None = None) -> Tally:
    """Counts over the files, restricted to one language, kind and/or form class. A false
    positive has no gold form; it is counted under the form class of its own surface."""
    gold = extracted = matched = 0
    for r in results:
        if lang is not None and r.key[2] != lang:
            continue
        g = [c for c in r.gold if (kind is None or c.kind == kind)
             and (form is None or c.form == form)]
        hit = len(g) - sum(1 for m in r.misses if m in g)
        fps = [c for c in r.false_positives if (kind is None or c.kind == kind)
               and (form is None or claim_form(c) == form)]
        gold += len(g)
        matched += hit
        extracted += hit + len(fps)
    return Tally(gold, extracted, matched)

"""Well-formedness checks shared by the development and held-out golds (tests/gold/*/)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

from devgoldscore import (
    FORMS,
    KINDS,
    LANGS,
    QUALIFIERS,
    DevClaim,
    file_path,
    file_text,
    gold_files,
    source_id,
)

DURATION_UNITS = {"year", "month", "week", "day", "hour", "minute", "second"}
ISO_PARTIAL = r"\d{4}(-\d{2}(-\d{2})?)?"
DATE = re.compile(rf"{ISO_PARTIAL}(/{ISO_PARTIAL})?")
# qualifier: (has a low bound, has a high bound)
BOUNDS: dict[str, tuple[bool, bool]] = {
    "eq": (True, True), "approx": (True, True), "range": (True, True),
    "several": (True, True), "gt": (True, False), "gte": (True, False),
    "lt": (False, True), "lte": (False, True)}


def check_offsets(gold: Sequence[DevClaim], root: Path) -> None:
    texts = {key: file_text(key, root) for key in {g.key for g in gold}}
    for g in gold:
        assert texts[g.key][g.start:g.end] == g.surface, g


def check_files(gold: Sequence[DevClaim], root: Path, *, flores_has_all: bool) -> None:
    """Every file ends with a newline; a document has en/id/zh at least (and all five
    languages for FLORES when `flores_has_all`)."""
    files = gold_files(gold, root)
    for key in files:
        assert file_path(key, root).read_bytes().endswith(b"\n"), key
    for set_, doc in {(g.set, g.doc) for g in gold}:
        langs = {k[2] for k in files if k[:2] == (set_, doc)}
        assert {"en", "id", "zh"} <= langs <= set(LANGS), (set_, doc, langs)
        if flores_has_all and set_ == "flores_devtest":
            assert langs == set(LANGS), (set_, doc, langs)


def check_order(gold: Sequence[DevClaim]) -> None:
    for key in {g.key for g in gold}:
        spans = [(g.start, g.end) for g in gold if g.key == key]
        assert spans == sorted(spans), source_id(key)
        for (_, end), (start, _) in pairwise(spans):
            assert end <= start, (source_id(key), end, start)


def check_field(gold: Sequence[DevClaim], field: str) -> None:
    allowed = {"kind": KINDS, "qualifier": QUALIFIERS, "form": FORMS}[field]
    bad = [g for g in gold if getattr(g, field) not in allowed]
    assert not bad, bad


def check_values(gold: Sequence[DevClaim]) -> None:
    for g in gold:
        if g.kind == "date":
            assert g.low is None and g.high is None and g.unit is None, g
            assert g.date is None or DATE.fullmatch(g.date), g
            assert g.qualifier in ("eq", "range"), g
            continue
        assert g.date is None, g
        assert (g.low is not None, g.high is not None) == BOUNDS[g.qualifier], g
        if g.qualifier in ("eq", "approx"):
            assert g.low == g.high, g
        if g.qualifier in ("range", "several"):
            assert g.low is not None and g.high is not None and g.low < g.high, g


def check_units(gold: Sequence[DevClaim], *, counts_need_unit: bool) -> None:
    for g in gold:
        if g.kind == "money":
            assert g.unit is not None and re.fullmatch(r"[A-Z]{3}", g.unit), g
        elif g.kind == "percent":
            assert g.unit in ("percent", "percentage point"), g
        elif g.kind == "duration":
            assert g.unit in DURATION_UNITS, g
        elif g.kind == "multiplier":
            assert g.unit == "times", g
        elif g.kind == "quantity" or (counts_need_unit and g.kind == "count"):
            assert g.unit, g

"""The held-out gold (tests/gold/heldout/) is well-formed.

This set is for measurement only (see its README): these tests check the annotation, never
the extractor's scores on it, so nothing pushes anyone to tune rules towards it. Score it with
`python benchmarks/devgold.py --gold tests/gold/heldout`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

import pytest

from devgoldscore import (
    DEVGOLD,
    FORMS,
    HELDOUT,
    KINDS,
    LANGS,
    QUALIFIERS,
    DevClaim,
    file_path,
    file_text,
    gold_files,
    load_dev_gold,
    source_id,
)

MIN_MENTIONS = 350
MIN_PER_LANG = 35
DURATION_UNITS = {"year", "month", "week", "day", "hour", "minute"}
ISO_PARTIAL = r"\d{4}(-\d{2}(-\d{2})?)?"
DATE = re.compile(rf"{ISO_PARTIAL}(/{ISO_PARTIAL})?")
# The source texts live outside the repository, in a `shared/devdata` beside an ancestor.
DEVDATA = next((p / "shared" / "devdata" for p in Path(__file__).resolve().parents
                if (p / "shared" / "devdata").is_dir()), Path("shared") / "devdata")


@pytest.fixture(scope="module")
def gold() -> list[DevClaim]:
    return load_dev_gold(HELDOUT)


def test_offsets_point_into_the_copied_texts(gold: Sequence[DevClaim]) -> None:
    texts = {key: file_text(key, HELDOUT) for key in {g.key for g in gold}}
    for g in gold:
        assert texts[g.key][g.start:g.end] == g.surface, g


def test_every_file_of_a_document_is_there(gold: Sequence[DevClaim]) -> None:
    for key in gold_files(gold, HELDOUT):
        assert file_path(key, HELDOUT).read_bytes().endswith(b"\n"), key
    for set_, doc in {(g.set, g.doc) for g in gold}:
        langs = {k[2] for k in gold_files(gold, HELDOUT) if k[:2] == (set_, doc)}
        assert {"en", "id", "zh"} <= langs <= set(LANGS), (set_, doc, langs)
        if set_ == "flores_devtest":
            assert langs == set(LANGS), (set_, doc, langs)


def test_no_document_is_shared_with_the_development_gold(gold: Sequence[DevClaim]) -> None:
    dev = {(g.set, g.doc) for g in load_dev_gold(DEVGOLD)}
    assert not dev & {(g.set, g.doc) for g in gold}


@pytest.mark.skipif(not DEVDATA.is_dir(), reason="devdata checkout not present")
def test_texts_are_byte_identical_to_devdata(gold: Sequence[DevClaim]) -> None:
    for key in gold_files(gold, HELDOUT):
        set_, doc, lang = key
        original = DEVDATA / set_ / doc / f"{lang}.txt"
        assert original.read_bytes() == file_path(key, HELDOUT).read_bytes(), key


def test_claims_are_in_text_order_and_never_overlap(gold: Sequence[DevClaim]) -> None:
    for key in {g.key for g in gold}:
        spans = [(g.start, g.end) for g in gold if g.key == key]
        assert spans == sorted(spans), source_id(key)
        for (_, end), (start, _) in pairwise(spans):
            assert end <= start, (source_id(key), end, start)


@pytest.mark.parametrize("field", ["kind", "qualifier", "form"])
def test_fields_take_known_values(gold: Sequence[DevClaim], field: str) -> None:
    allowed = {"kind": KINDS, "qualifier": QUALIFIERS, "form": FORMS}[field]
    bad = [g for g in gold if getattr(g, field) not in allowed]
    assert not bad, bad


def test_values_agree_with_kind_and_qualifier(gold: Sequence[DevClaim]) -> None:
    bounds: dict[str, tuple[bool, bool]] = {  # qualifier: (has low, has high)
        "eq": (True, True), "approx": (True, True), "range": (True, True),
        "several": (True, True), "gt": (True, False), "gte": (True, False),
        "lt": (False, True), "lte": (False, True)}
    for g in gold:
        if g.kind == "date":
            assert g.low is None and g.high is None and g.unit is None, g
            assert g.date is None or DATE.fullmatch(g.date), g
            assert g.qualifier in ("eq", "range"), g
            continue
        assert g.date is None, g
        assert (g.low is not None, g.high is not None) == bounds[g.qualifier], g
        if g.qualifier in ("eq", "approx"):
            assert g.low == g.high, g
        if g.qualifier in ("range", "several"):
            assert g.low is not None and g.high is not None and g.low < g.high, g


def test_units_follow_the_conventions(gold: Sequence[DevClaim]) -> None:
    for g in gold:
        if g.kind == "money":
            assert g.unit is not None and re.fullmatch(r"[A-Z]{3}", g.unit), g
        elif g.kind == "percent":
            assert g.unit in ("percent", "percentage point"), g
        elif g.kind == "duration":
            assert g.unit in DURATION_UNITS, g
        elif g.kind == "multiplier":
            assert g.unit == "times", g
        elif g.kind in ("quantity", "count"):
            assert g.unit, g


def test_counts_cover_every_language_and_kind(gold: Sequence[DevClaim]) -> None:
    assert len(gold) >= MIN_MENTIONS
    assert {g.set for g in gold} == {"flores_devtest", "tico19"}
    assert {g.kind for g in gold} == set(KINDS)
    for lang in LANGS:
        mine = [g for g in gold if g.lang == lang]
        assert len(mine) >= MIN_PER_LANG, lang
        assert {"count", "date", "duration", "money", "quantity"} <= {g.kind for g in mine}, lang


def test_parallel_versions_agree_on_values(gold: Sequence[DevClaim]) -> None:
    """A cross-check of the annotation: every non-date value of a document is stated in
    English too (as a value of the same kind), except vague amounts and noted renderings."""
    english = {(g.set, g.doc, g.kind, g.low, g.high) for g in gold if g.lang == "en"}
    for g in gold:
        if g.lang == "en" or g.kind == "date" or g.qualifier == "several" or g.note:
            continue
        assert (g.set, g.doc, g.kind, g.low, g.high) in english, g


def test_parallel_versions_agree_on_dates(gold: Sequence[DevClaim]) -> None:
    english = {(g.set, g.doc, g.date) for g in gold if g.lang == "en" and g.kind == "date"}
    for g in gold:
        if g.kind == "date" and g.lang != "en":
            assert (g.set, g.doc, g.date) in english, g

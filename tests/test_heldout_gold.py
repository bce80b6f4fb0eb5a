"""The held-out gold (tests/gold/heldout/) is well-formed.

This set is for measurement only (see its README): these tests check the annotation, never
the extractor's scores on it, so nothing pushes anyone to tune rules towards it. Score it with
`python benchmarks/devgold.py --gold tests/gold/heldout`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from devgoldscore import (
    DEVGOLD,
    HELDOUT,
    KINDS,
    LANGS,
    DevClaim,
    file_path,
    gold_files,
    load_dev_gold,
)
from goldchecks import (
    check_field,
    check_files,
    check_offsets,
    check_order,
    check_units,
    check_values,
)

MIN_MENTIONS = 350
MIN_PER_LANG = 35
# The source texts live outside the repository, in a `shared/devdata` beside an ancestor.
DEVDATA = next((p / "shared" / "devdata" for p in Path(__file__).resolve().parents
                if (p / "shared" / "devdata").is_dir()), Path("shared") / "devdata")


@pytest.fixture(scope="module")
def gold() -> list[DevClaim]:
    return load_dev_gold(HELDOUT)


def test_offsets_point_into_the_copied_texts(gold: Sequence[DevClaim]) -> None:
    check_offsets(gold, HELDOUT)


def test_every_file_of_a_document_is_there(gold: Sequence[DevClaim]) -> None:
    check_files(gold, HELDOUT, flores_has_all=True)


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
    check_order(gold)


@pytest.mark.parametrize("field", ["kind", "qualifier", "form"])
def test_fields_take_known_values(gold: Sequence[DevClaim], field: str) -> None:
    check_field(gold, field)


def test_values_agree_with_kind_and_qualifier(gold: Sequence[DevClaim]) -> None:
    check_values(gold)


def test_units_follow_the_conventions(gold: Sequence[DevClaim]) -> None:
    check_units(gold, counts_need_unit=True)


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

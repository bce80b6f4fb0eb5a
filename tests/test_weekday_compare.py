"""A weekday named alone (extraction/weekdays.py) is a day of the week up to the story's
date, or of the week after it where its sentence says so: compared with another version's
day it agrees on the same weekday a week apart (the tense was read from a few words), and
it has nothing to compare with a year, a month or a period."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reconcile.compare import relation
from reconcile.extraction.days import WEEKDAY
from reconcile.model import Claim


def day(iso: str, *, weekday: bool = False) -> Claim:
    return Claim(kind="date", surface=iso, start=0, end=len(iso), sentence=iso, lang="en",
                 low=None, high=None, qualifier="eq", unit=None, date=iso,
                 relative=WEEKDAY if weekday else None)


@pytest.mark.parametrize(("a", "b", "want"), [
    (day("2024-03-12", weekday=True), day("2024-03-12"), "agree"),
    (day("2024-03-19", weekday=True), day("2024-03-12"), "agree"),  # a week apart
    (day("2024-03-12", weekday=True), day("2024-03-13"), "conflict"),  # another weekday
    (day("2024-03-12", weekday=True), day("2024-03-26"), "conflict"),  # two weeks apart
    (day("2024-03-12", weekday=True), replace(day("2024"), date="2024"), None),
    (day("2024-03-12", weekday=True), replace(day("2024-03"), date="2024-03"), None),
])
def test_weekday_relation(a: Claim, b: Claim, want: str | None) -> None:
    assert relation(a, b) == want
    assert relation(b, a) == want


def test_a_day_without_a_weekday_compares_as_before() -> None:
    assert relation(day("2024-03-19"), day("2024-03-12")) == "conflict"

"""A changed figure in a sentence that two translations order differently: the sentences
are not aligned in sequence, and the changed value gives no evidence, but another fact
already pairs the two sentences ("48 hours" and "48小时") and each holds one length
alone: the two lengths are one fact, and the change is found (it stayed two singles)."""

from __future__ import annotations

import pytest

from acme import make_story
from reconcile.diff import diff_story
from reconcile.entities import AliasTable, load_aliases

EN = ("The army deployed 12,000 soldiers and 40 helicopters. In 2019, floods in the same "
      "region killed 74 people.\n\nRainfall reached {mm} millimetres in 48 hours, more than "
      "the usual total for a whole month.")
ZH = ("军方已出动1.2万名士兵和40架直升机。48小时内降雨量达350毫米，超过往常一整个月的总量。"
      "2019年，同一地区的洪灾曾造成74人死亡。")


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return load_aliases()


def _lengths(mm: str, aliases: AliasTable) -> list[tuple[str, dict[str, str]]]:
    result = diff_story(make_story({"en": EN.format(mm=mm), "zh": ZH}), aliases)
    return [(f.status, {c.source: c.surface for c in f.claims})
            for f in result.facts if f.kind == "quantity"]


@pytest.mark.parametrize(("mm", "status"), [
    ("530", "conflict"),  # two digits swapped
    ("410", "conflict"),  # no known slip
    ("355", "soft"),  # within the ±2 % a republication may round
])
def test_a_changed_length_in_reordered_sentences_is_found(mm: str, status: str,
                                                          aliases: AliasTable) -> None:
    assert _lengths(mm, aliases) == [(status, {"en": f"{mm} millimetres", "zh": "350毫米"})]


def test_the_same_length_agrees(aliases: AliasTable) -> None:
    assert _lengths("350", aliases) == [("agree", {"en": "350 millimetres", "zh": "350毫米"})]

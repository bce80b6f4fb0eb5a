"""Alignment of a changed figure in translations (the perturbation study's classes): a
count whose first digit changed in one translation stays with its counterparts (a count's
noun is a word of its language, not a unit that must be equal) and is the conflict naming
that version."""

from __future__ import annotations

import pytest

from acme import make_story
from reconcile.diff import diff_story
from reconcile.entities import AliasTable, load_aliases

CLINICS = {
    "en": "The survey began in March 2021 with 40 nurses. The 100 clinics of the network "
          "will take part in it. Each clinic sends 12 samples a week.",
    "fr": "L'enquête a commencé en mars 2021 avec 40 infirmières. Les 100 cabinets du "
          "réseau y participeront. Chaque cabinet envoie 12 échantillons par semaine.",
    "id": "Survei dimulai pada Maret 2021 dengan 40 perawat. Seratus klinik jaringan itu "
          "akan ikut serta. Setiap klinik mengirim 12 sampel per minggu.",
    "zh": "调查于 2021 年 3 月开始，有 40 名护士参与。该网络的 100 家诊所将参与其中。"
          "每家诊所每周送检 12 份样本。",
}


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return load_aliases()


@pytest.mark.parametrize(("source", "old", "new"), [
    ("fr", "100 cabinets", "200 cabinets"),
    ("en", "100 clinics", "200 clinics"),
    ("zh", "100 家", "300 家"),
])
def test_a_count_whose_first_digit_changed_is_a_conflict_naming_the_version(
        aliases: AliasTable, source: str, old: str, new: str) -> None:
    story = {**CLINICS, source: CLINICS[source].replace(old, new)}
    result = diff_story(make_story(story), aliases)
    (conflict,) = [f for f in result.facts if f.status == "conflict"]
    assert {c.source for c in conflict.claims} == {"en", "fr", "id", "zh"}
    assert conflict.verdict.outliers == (source,)


def test_the_unchanged_story_agrees(aliases: AliasTable) -> None:
    result = diff_story(make_story(CLINICS), aliases)
    assert [f for f in result.facts if f.status != "agree"] == []
